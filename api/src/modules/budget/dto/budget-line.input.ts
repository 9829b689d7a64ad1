import { IsIn, IsInt, IsOptional, MaxLength, Min, Max } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_YEAR, MIN_YEAR } from '../../../graphql/types/year.js';
import { BudgetCategory, BudgetKind } from '../budget.enums.js';

@InputType({ description: 'En budgetrad att skapa eller ersätta.' })
export class BudgetLineInput {
  @Field(() => Int)
  @IsInt({ message: 'year måste vara ett heltal.' })
  @Min(MIN_YEAR, { message: `year måste vara ${MIN_YEAR}–${MAX_YEAR}.` })
  @Max(MAX_YEAR, { message: `year måste vara ${MIN_YEAR}–${MAX_YEAR}.` })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Skolenheten; utelämna för den centrala enheten.' })
  @IsOptional()
  schoolUnitId?: string | null;

  @Field(() => BudgetCategory)
  @IsIn(Object.values(BudgetCategory))
  category!: BudgetCategory;

  @Field(() => BudgetKind)
  @IsIn(Object.values(BudgetKind))
  kind!: BudgetKind;

  @Field(() => GraphQLSafeInt, { description: 'Hela kronor, inte negativt.' })
  @IsInt({ message: 'amountSek måste vara hela kronor.' })
  @Min(0, { message: 'amountSek får inte vara negativt.' })
  amountSek!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'note får vara högst 500 tecken.' })
  note?: string | null;
}
