import { Field, InputType, Int } from 'type-graphql';
import { ImportKind } from '../import.enums.js';

@InputType({ description: 'En fil att importera, base64-kodad i anropet (högst 20 MB avkodad).' })
export class ImportFileInput {
  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => String, { description: 'Filens namn; ändelsen (.csv eller .xlsx) måste stämma med innehållet.' })
  fileName!: string;

  @Field(() => String, { description: 'Filens innehåll, base64-kodat.' })
  contentBase64!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Skolenhetsregistret: året elevantalen gäller, om filen inte själv anger det (t.ex. 2025 för läsåret 2025/26).',
  })
  year?: number | null;
}
