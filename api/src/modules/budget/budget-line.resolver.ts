import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs, type ConnectionShape } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { actorOf } from '../auth/auth.context.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { BudgetLine } from './budget-line.entity.js';
import { costsByCategory, costsByOwner, costsByYear, createBudgetLine, deleteBudgetLine, listBudgetLines, updateBudgetLine } from './budget-line.service.js';
import { BudgetLineInput } from './dto/budget-line.input.js';
import { BudgetLineConnection } from './dto/budget-line.output.js';
import { CategoryCost, OwnerCostConnection, YearCost } from './dto/cost.output.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

/** Budget lines and the costs summed from them: fields on Municipality, and the lines' changes. */
@Resolver(() => Municipality)
export class BudgetLineResolver {
  @FieldResolver(() => [YearCost], { description: 'Kostnader per år (standard: alla år), med utfall mot budget och kostnad per elev.' })
  costsByYear(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('fromYear', () => Int, { nullable: true }) fromYear?: number,
    @Arg('toYear', () => Int, { nullable: true }) toYear?: number,
  ): Promise<YearCost[]> {
    return costsByYear(ctx.em, municipality.id, readYear(fromYear, 2000, 'fromYear'), readYear(toYear, 2100, 'toYear'));
  }

  @FieldResolver(() => [CategoryCost], { description: 'Kostnader per kostnadsslag ett år (standard: budgetåret).' })
  costsByCategory(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<CategoryCost[]> {
    return costsByCategory(ctx.em, municipality.id, readYear(year, municipality.budgetYear));
  }

  @FieldResolver(() => OwnerCostConnection, { description: 'Kostnader per ägare ett år: först den centrala enheten, sedan skolenheterna.' })
  costsByOwner(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<OwnerCostConnection> {
    return costsByOwner(ctx.em, municipality.id, readYear(year, municipality.budgetYear), readPageArgs(first, after));
  }

  @FieldResolver(() => BudgetLineConnection, { description: 'Budgetraderna ett år (standard: budgetåret), för att granska och redigera.' })
  budgetLines(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('schoolUnitId', () => ID, { nullable: true }) schoolUnitId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<BudgetLine>> {
    return listBudgetLines(ctx.em, municipality.id, { year: readYear(year, municipality.budgetYear), schoolUnitId, first, after });
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => BudgetLine, { description: 'Skapar en budgetrad. Samma ägare, år, slag och kostnadsslag en gång: annars CONFLICT.' })
  async createBudgetLine(@Ctx() ctx: GraphQLContext, @Arg('input', () => BudgetLineInput) input: BudgetLineInput): Promise<BudgetLine> {
    return createBudgetLine(ctx.em, await caller(ctx), input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => BudgetLine, { description: 'Ersätter en budgetrads värden.' })
  async updateBudgetLine(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => BudgetLineInput) input: BudgetLineInput,
  ): Promise<BudgetLine> {
    return updateBudgetLine(ctx.em, await caller(ctx), id, input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort en budgetrad.' })
  async deleteBudgetLine(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteBudgetLine(ctx.em, await caller(ctx), id);
  }
}
