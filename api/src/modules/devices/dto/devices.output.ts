import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { SchoolUnit } from '../../schools/school-unit.entity.js';
import { DeviceType } from '../devices.enums.js';

@ObjectType({ description: 'En skolenhets enheter ett år och dess 1:1-täckning.' })
export class DeviceCoverage {
  @Field(() => SchoolUnit)
  schoolUnit!: SchoolUnit;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Alla barn och elever på enheten.' })
  pupils!: number;

  @Field(() => Int, { description: 'Elever i årskurserna som 1:1-satsningen omfattar (åk 7–9 och gymnasiet).' })
  coveredPupils!: number;

  @Field(() => Int, { description: 'Elevdatorer i 1:1-satsningen.' })
  oneToOneDevices!: number;

  @Field(() => Float, { nullable: true, description: '1:1-täckning = elevdatorer / elever i de omfattade årskurserna (1,0 = full); null utan sådana elever.' })
  oneToOneCoverage!: number | null;

  @Field(() => Int, { description: 'Delade elevenheter (utanför 1:1).' })
  sharedPupilDevices!: number;

  @Field(() => Float, { nullable: true, description: 'Elever utanför 1:1 per delad enhet, en decimal.' })
  pupilsPerSharedDevice!: number | null;

  @Field(() => Int, { description: 'Personalens enheter.' })
  staffDevices!: number;

  @Field(() => Int)
  devices!: number;

  @Field(() => GraphQLSafeInt, { description: 'Leasingkostnad för året: Σ antal × pris per månad × 12, hela kronor.' })
  annualLeaseCostSek!: number;
}

@ObjectType({ description: 'En sida enheter och 1:1-täckning per skolenhet.' })
export class DeviceCoverageConnection extends Connection(DeviceCoverage) {}

@ObjectType({ description: 'Antal och kostnad för en enhetstyp.' })
export class DeviceTypeCount {
  @Field(() => DeviceType)
  deviceType!: DeviceType;

  @Field(() => Int)
  devices!: number;

  @Field(() => GraphQLSafeInt, { description: 'Leasingkostnad per år, hela kronor.' })
  annualLeaseCostSek!: number;

  @Field(() => GraphQLSafeInt, { description: 'Värdet av nya leasingavtal för enheterna: antal × pris per månad × avtalstid.' })
  contractValueSek!: number;
}

@ObjectType({ description: 'Kommunens enheter ett år.' })
export class DeviceSummary {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  devices!: number;

  @Field(() => Int)
  oneToOneDevices!: number;

  @Field(() => Int, { description: 'Elever i åk 7–9 och gymnasiet.' })
  coveredPupils!: number;

  @Field(() => Float, { nullable: true, description: '1:1-täckning i hela kommunen (1,0 = full).' })
  oneToOneCoverage!: number | null;

  @Field(() => Int)
  sharedPupilDevices!: number;

  @Field(() => Int)
  staffDevices!: number;

  @Field(() => GraphQLSafeInt)
  annualLeaseCostSek!: number;

  @Field(() => [DeviceTypeCount])
  byType!: DeviceTypeCount[];
}

@ObjectType({ description: 'Enheter vars leasing löper ut och ska bytas ett år, och vad de kostar att ersätta.' })
export class ReplacementWave {
  @Field(() => Int, { description: 'Året enheterna ska bytas: leasingstart + utbytescykel.' })
  dueYear!: number;

  @Field(() => Int)
  devices!: number;

  @Field(() => GraphQLSafeInt, { description: 'Värdet av nya leasingavtal till dagens pris: antal × pris per månad × avtalstid.' })
  contractValueSek!: number;

  @Field(() => GraphQLSafeInt, { description: 'Leasingkostnad per år för de enheterna till dagens pris.' })
  annualLeaseCostSek!: number;

  @Field(() => [DeviceTypeCount])
  byType!: DeviceTypeCount[];
}
