import { Field, Int, ObjectType } from 'type-graphql';
import { ImportKind, ImportRowAction } from '../import.enums.js';

@ObjectType({ description: 'Ett fel i filen: blad, rad, kolumn och orsak (på svenska).' })
export class ImportRowError {
  @Field(() => String, { nullable: true, description: 'Kalkylbladets namn; null för CSV.' })
  sheet!: string | null;

  @Field(() => Int, { description: 'Radnumret som kalkylprogrammet visar (rubrikraden räknas); 0 för hela filen.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Kolumnens rubrik i filen.' })
  column!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'Vad en rad i filen gör (förhandsvisning) eller gjorde (import).' })
export class ImportRowResult {
  @Field(() => String, { nullable: true })
  sheet!: string | null;

  @Field(() => Int)
  row!: number;

  @Field(() => ImportRowAction)
  action!: ImportRowAction;

  @Field(() => String, { description: 'Radens naturliga nyckel, t.ex. "72310458 2026 Utfall Personal".' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Varför raden hoppas över eller är fel, eller vad som ändras.' })
  message!: string | null;
}

@ObjectType({ description: 'Resultatet av en förhandsvisning eller import.' })
export class ImportReport {
  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => Int, { description: 'Datarader som lästes (rubrikrader räknas inte).' })
  rows!: number;

  @Field(() => Int)
  creates!: number;

  @Field(() => Int)
  updates!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Rader som inte gäller din kommun, skolformer som inte tas in och Koladas rader per kön (bara totalen tas in).' })
  skipped!: number;

  @Field(() => [ImportRowError], { description: 'Felen, högst 1 000 (errorCount säger hur många de är).' })
  errors!: ImportRowError[];

  @Field(() => Int, { description: 'Antal fel i hela filen.' })
  errorCount!: number;

  @Field(() => Boolean, { description: 'Sant när importen skrevs; falskt för förhandsvisning och när något fel hindrade den.' })
  committed!: boolean;

  @Field(() => [ImportRowResult], { description: 'Rad för rad vad som händer, högst 5 000 rader (fel först).' })
  rowResults!: ImportRowResult[];

  @Field(() => Boolean, { description: 'Sant när rowResults inte rymmer alla rader.' })
  rowResultsTruncated!: boolean;

  @Field(() => String, { description: 'Hur filen lästes, t.ex. "CSV, Windows-1252, semikolon".' })
  format!: string;
}
