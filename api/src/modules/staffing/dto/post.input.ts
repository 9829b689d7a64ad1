import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNumber, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, InputType } from 'type-graphql';

export const SERVICE_AREA_CODES = ['PEDAGOGICAL_SUPPORT', 'TRAINING', 'PLATFORM_ADMIN', 'ASSISTIVE_TOOLS', 'PROCUREMENT', 'DATA_PROTECTION'];

@InputType({ description: 'Andel av en tjänsts tid inom ett tjänsteområde.' })
export class TimeShareInput {
  @Field(() => String)
  @IsIn(SERVICE_AREA_CODES, { message: `serviceAreaCode måste vara en av ${SERVICE_AREA_CODES.join(', ')}.` })
  serviceAreaCode!: string;

  @Field(() => Float, { description: 'Andel 0–1 med högst tre decimaler.' })
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'share får ha högst tre decimaler.' })
  @Min(0.001, { message: 'share måste vara större än 0.' })
  @Max(1, { message: 'share får vara högst 1.' })
  share!: number;
}

@InputType({ description: 'En tjänst i stödenheten med sin tidsfördelning.' })
export class PostInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'title måste vara 1–200 tecken.' })
  title!: string;

  @Field(() => Float, { description: 'Tjänstgöringsgrad 0–1 med högst två decimaler.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'fte får ha högst två decimaler.' })
  @Min(0, { message: 'fte får inte vara negativt.' })
  @Max(1, { message: 'fte får vara högst 1,0 per tjänst.' })
  fte!: number;

  @Field(() => GraphQLSafeInt, { description: 'Årskostnad inklusive PO, hela kronor.' })
  @IsInt({ message: 'annualCostSek måste vara hela kronor.' })
  @Min(0, { message: 'annualCostSek får inte vara negativt.' })
  annualCostSek!: number;

  @Field(() => [TimeShareInput], { description: 'Andelarna måste summera till exakt 1 (100 %).' })
  @ArrayMinSize(1, { message: 'timeSplit måste ha minst ett tjänsteområde.' })
  @ArrayMaxSize(SERVICE_AREA_CODES.length)
  @ValidateNested()
  timeSplit!: TimeShareInput[];
}
