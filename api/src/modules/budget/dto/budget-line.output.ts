import { ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/types/connection.js';
import { BudgetLine } from '../budget-line.entity.js';

@ObjectType({ description: 'En sida budgetrader.' })
export class BudgetLineConnection extends Connection(BudgetLine) {}
