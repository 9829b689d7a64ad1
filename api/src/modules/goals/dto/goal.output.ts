import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { Indicator } from '../../indicators/dto/indicator.output.js';
import { SchoolUnit } from '../../schools/school-unit.entity.js';
import { SubGoalRef } from '../../staffing/dto/capacity.output.js';

@ObjectType({ description: 'Ett delmål i den nationella digitaliseringsstrategin för skolväsendet (2017).' })
export class SubGoal {
  @Field(() => String, { description: 'T.ex. "1.3".' })
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [String], { description: 'Stödenhetens tjänsteområden vars arbete tjänar delmålet.' })
  serviceAreaCodes!: string[];
}

@ObjectType({ description: 'Ett fokusområde i den nationella digitaliseringsstrategin för skolväsendet (2017).' })
export class FocusArea {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [SubGoal])
  subGoals!: SubGoal[];
}

@ObjectType({ description: 'Målvärdet ett år.' })
export class GoalTarget {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  target!: number;
}

@ObjectType({ description: 'Ett av kommunens egna mål: tjänar ett nationellt delmål och mäts med ett nyckeltal, med målvärde per år.' })
export class Goal {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => SubGoalRef)
  subGoal!: SubGoalRef;

  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => [GoalTarget])
  targets!: GoalTarget[];
}

@ObjectType({ description: 'Ett mål ett år över kommunens skolenheter: hur många som mäts och når målvärdet.' })
export class GoalStatus {
  @Field(() => Goal)
  goal!: Goal;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Årets målvärde; null om inget är satt.' })
  target!: number | null;

  @Field(() => Int, { description: 'Skolenheter med ett värde detta år.' })
  schoolsMeasured!: number;

  @Field(() => Int, { description: 'Skolenheter som når målvärdet.' })
  schoolsMet!: number;

  @Field(() => Float, { nullable: true, description: 'Andel av de mätta enheterna som når målvärdet (0–1).' })
  shareMet!: number | null;

  @Field(() => Float, { nullable: true, description: 'Medelvärdet över de mätta enheterna (ovägt), två decimaler.' })
  meanActual!: number | null;
}

@ObjectType({ description: 'En sida mål med status.' })
export class GoalStatusConnection extends Connection(GoalStatus) {}

@ObjectType({ description: 'Utfall mot mål ett år.' })
export class GoalTrendPoint {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  actual!: number;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Når målvärdet; null utan målvärde.' })
  met!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Förändring mot föregående mätning.' })
  change!: number | null;
}

@ObjectType({ description: 'En skolenhets måluppfyllelse för ett mål: utfall mot målvärde ett år och utvecklingen över åren.' })
export class GoalAchievement {
  @Field(() => SchoolUnit)
  schoolUnit!: SchoolUnit;

  @Field(() => Goal)
  goal!: Goal;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Årets utfall; null om enheten inte mätts i år.' })
  actual!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Når målvärdet; null utan utfall eller målvärde.' })
  met!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Avstånd till målvärdet, positivt = bättre än målet.' })
  gap!: number | null;

  @Field(() => [GoalTrendPoint], { description: 'Utfall mot mål alla år till och med året.' })
  trend!: GoalTrendPoint[];
}

@ObjectType({ description: 'En sida måluppfyllelse per skolenhet och mål.' })
export class GoalAchievementConnection extends Connection(GoalAchievement) {}

/** What a goal's mutation returns: the goal's id and code; clients read the rest through Municipality.goals. */
@ObjectType({ description: 'Ett sparat mål; läs hela målet och dess status genom Municipality.goals.' })
export class SavedGoal {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;
}
