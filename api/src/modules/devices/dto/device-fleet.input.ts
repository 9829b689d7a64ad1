import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_YEAR, MIN_YEAR } from '../../../graphql/types/year.js';
import { DeviceType, DeviceUserGroup } from '../devices.enums.js';

const yearRule = { message: `måste vara ett årtal ${MIN_YEAR}–${MAX_YEAR}.` };

@InputType({ description: 'Ett leasat enhetsbestånd att skapa eller ersätta.' })
export class DeviceFleetInput {
  @Field(() => ID)
  schoolUnitId!: string;

  @Field(() => Int)
  @IsInt(yearRule)
  @Min(MIN_YEAR, yearRule)
  @Max(MAX_YEAR, yearRule)
  year!: number;

  @Field(() => DeviceType)
  @IsIn(Object.values(DeviceType))
  deviceType!: DeviceType;

  @Field(() => DeviceUserGroup)
  @IsIn(Object.values(DeviceUserGroup))
  userGroup!: DeviceUserGroup;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'deviceCount får inte vara negativt.' })
  @Max(100_000)
  deviceCount!: number;

  @Field(() => Int, { description: 'Hela kronor per enhet och månad.' })
  @IsInt()
  @Min(0, { message: 'leaseCostPerMonthSek får inte vara negativt.' })
  @Max(100_000)
  leaseCostPerMonthSek!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'leaseTermMonths måste vara 1–120 månader.' })
  @Max(120, { message: 'leaseTermMonths måste vara 1–120 månader.' })
  leaseTermMonths!: number;

  @Field(() => Int)
  @IsInt(yearRule)
  @Min(MIN_YEAR, yearRule)
  @Max(MAX_YEAR, yearRule)
  leaseStartYear!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'replacementCycleYears måste vara 1–10 år.' })
  @Max(10, { message: 'replacementCycleYears måste vara 1–10 år.' })
  replacementCycleYears!: number;

  @Field(() => Boolean)
  @IsBoolean()
  oneToOne!: boolean;
}
