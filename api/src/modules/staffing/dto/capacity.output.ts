import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Ett nationellt delmål (kort form, utan text).' })
export class SubGoalRef {
  @Field(() => String, { description: 'Delmålets nummer, t.ex. "2.2".' })
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType({ description: 'Ett av stödenhetens tjänsteområden och de nationella delmål dess arbete tjänar.' })
export class ServiceArea {
  @Field(() => String, { description: 'PEDAGOGICAL_SUPPORT, TRAINING, PLATFORM_ADMIN, ASSISTIVE_TOOLS, PROCUREMENT eller DATA_PROTECTION.' })
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [SubGoalRef])
  subGoals!: SubGoalRef[];
}

@ObjectType({ description: 'Stödenhetens kapacitet inom ett tjänsteområde.' })
export class ServiceAreaCapacity {
  @Field(() => ServiceArea)
  serviceArea!: ServiceArea;

  @Field(() => Float, { description: 'Årsarbetare: Σ tjänstgöringsgrad × andel av tiden.' })
  fte!: number;

  @Field(() => Int, { description: 'Timmar per år: årsarbetare × produktiva timmar per årsarbetare, avrundat.' })
  hours!: number;

  @Field(() => Float, { description: 'Andel av enhetens hela tid (0–1).' })
  shareOfUnit!: number;
}

@ObjectType({ description: 'Andel av en tjänsts tid inom ett tjänsteområde.' })
export class TimeShare {
  @Field(() => String)
  serviceAreaCode!: string;

  @Field(() => String)
  serviceAreaTitle!: string;

  @Field(() => Float, { description: 'Andel 0–1; en tjänsts andelar summerar till 1.' })
  share!: number;
}
