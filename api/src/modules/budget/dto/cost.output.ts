import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { SchoolUnit } from '../../schools/school-unit.entity.js';
import { BudgetCategory, BudgetKind } from '../budget.enums.js';

@ObjectType({ description: 'Budget, utfall och prognos för en grupp budgetrader, med avvikelse och kostnad per elev.' })
export class CostFigures {
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Budget, hela kronor; null om ingen budget finns.' })
  budgetSek!: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Utfall, hela kronor; null före bokslut.' })
  outcomeSek!: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Prognos, hela kronor.' })
  forecastSek!: number | null;

  @Field(() => GraphQLSafeInt, { description: 'Det bästa kända beloppet: utfall om det finns, annars prognos, annars budget.' })
  amountSek!: number;

  @Field(() => BudgetKind, { description: 'Vilket av beloppen amountSek är.' })
  amountKind!: BudgetKind;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Utfall minus budget (positivt = överskridande); null utan båda.' })
  deviationSek!: number | null;

  @Field(() => Float, { nullable: true, description: 'Avvikelsen i procent av budget, en decimal.' })
  deviationPercent!: number | null;

  @Field(() => Int, { description: 'Elever (barn) som kostnaden fördelas på.' })
  pupils!: number;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'amountSek per elev, hela kronor; null utan elever.' })
  perPupilSek!: number | null;
}

@ObjectType({ description: 'Kostnader ett år.' })
export class YearCost extends CostFigures {
  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: 'Kostnader för ett kostnadsslag ett år.' })
export class CategoryCost extends CostFigures {
  @Field(() => BudgetCategory)
  category!: BudgetCategory;
}

@ObjectType({ description: 'Kostnader för en ägare (en skolenhet eller den centrala enheten) ett år.' })
export class OwnerCost extends CostFigures {
  @Field(() => SchoolUnit, { nullable: true, description: 'Skolenheten; null för den centrala enheten.' })
  schoolUnit!: SchoolUnit | null;

  @Field(() => String, { description: 'Skolenhetens namn, eller "Central enhet".' })
  ownerName!: string;
}

@ObjectType({ description: 'En sida kostnader per ägare.' })
export class OwnerCostConnection extends Connection(OwnerCost) {}
