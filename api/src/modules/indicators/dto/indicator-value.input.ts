import { IsInt, IsNumber, IsString, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MAX_YEAR, MIN_YEAR } from '../../../graphql/types/year.js';

@InputType({ description: 'En skolenhets värde för ett nyckeltal ett år (ersätter ett befintligt värde).' })
export class IndicatorValueInput {
  @Field(() => ID)
  schoolUnitId!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 40)
  indicatorId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(MIN_YEAR, { message: `year måste vara ${MIN_YEAR}–${MAX_YEAR}.` })
  @Max(MAX_YEAR, { message: `year måste vara ${MIN_YEAR}–${MAX_YEAR}.` })
  year!: number;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'value får ha högst två decimaler.' })
  value!: number;
}
