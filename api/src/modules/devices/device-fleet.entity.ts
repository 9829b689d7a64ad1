import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DeviceType, DeviceUserGroup } from './devices.enums.js';

@ObjectType({ description: 'Leasade enheter av en typ på en skolenhet ett år, för en användargrupp.' })
@Entity({ tableName: 'device_fleet' })
export class DeviceFleet {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid' })
  municipalityId!: string;

  @Property({ type: 'uuid' })
  schoolUnitId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => DeviceType)
  @Property({ type: 'string' })
  deviceType!: DeviceType;

  @Field(() => DeviceUserGroup, { description: 'Vilka som använder enheterna: elever i vilka årskurser, eller personal.' })
  @Property({ type: 'string' })
  userGroup!: DeviceUserGroup;

  @Field(() => Int)
  @Property({ type: 'integer' })
  deviceCount!: number;

  @Field(() => Int, { description: 'Leasingkostnad per enhet och månad, hela kronor.' })
  @Property({ type: 'integer' })
  leaseCostPerMonthSek!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  leaseTermMonths!: number;

  @Field(() => Int, { description: 'Året leasingavtalet började.' })
  @Property({ type: 'integer' })
  leaseStartYear!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  replacementCycleYears!: number;

  @Field(() => Boolean, { description: 'Ingår i 1:1-satsningen (en egen elevdator).' })
  @Property({ type: 'boolean' })
  oneToOne!: boolean;
}
