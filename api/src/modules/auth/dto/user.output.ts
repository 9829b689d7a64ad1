import { ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { User } from '../user.entity.js';

@ObjectType({ description: 'En sida användare.' })
export class UserConnection extends Connection(User) {}
