import { ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { SchoolUnit } from '../school-unit.entity.js';

@ObjectType({ description: 'En sida skolenheter.' })
export class SchoolUnitConnection extends Connection(SchoolUnit) {}
