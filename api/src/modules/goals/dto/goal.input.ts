import { ArrayMaxSize, IsInt, IsNumber, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { MAX_YEAR, MIN_YEAR } from '../../../graphql/types/year.js';

@InputType({ description: 'Målvärdet ett år.' })
export class GoalTargetInput {
  @Field(() => Int)
  @IsInt()
  @Min(MIN_YEAR, { message: `year måste vara ${MIN_YEAR}–${MAX_YEAR}.` })
  @Max(MAX_YEAR, { message: `year måste vara ${MIN_YEAR}–${MAX_YEAR}.` })
  year!: number;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'target får ha högst två decimaler.' })
  target!: number;
}

@InputType({ description: 'Ett av kommunens egna mål med målvärden per år.' })
export class GoalInput {
  @Field(() => String, { description: 'Kort kod, unik i kommunen, t.ex. "M7".' })
  @IsString()
  @Length(1, 20, { message: 'code måste vara 1–20 tecken.' })
  code!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 300, { message: 'title måste vara 1–300 tecken.' })
  title!: string;

  @Field(() => String, { description: 'Det nationella delmålet, t.ex. "1.3".' })
  @Matches(/^[1-9]\.[1-9]$/, { message: 'subGoalCode ska se ut som "1.3".' })
  subGoalCode!: string;

  @Field(() => String)
  @IsString()
  indicatorId!: string;

  @Field(() => [GoalTargetInput])
  @ArrayMaxSize(101)
  @ValidateNested()
  targets!: GoalTargetInput[];
}
