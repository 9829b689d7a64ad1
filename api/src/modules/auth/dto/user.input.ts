import { Field, InputType } from 'type-graphql';
import { Role } from '../role.js';

@InputType({ description: 'En ny användare i den egna kommunen.' })
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { description: 'Startlösenord, minst 12 tecken; lämnas till användaren på säkert sätt.' })
  password!: string;
}
