import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver, Authorized } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { actorOf } from '../auth/auth.context.js';
import { GoalInput } from './dto/goal.input.js';
import { createGoal, deleteGoal, updateGoal } from './goal.service.js';

@ObjectType({ description: 'Ett sparat mål; läs hela målet och dess status genom Municipality.goals.' })
export class SavedGoal {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;
}

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

@Resolver(() => SavedGoal)
export class GoalMutationResolver {
  @Authorized(Role.ANALYST)
  @Mutation(() => SavedGoal, { description: 'Skapar ett av kommunens egna mål med målvärden per år.' })
  async createGoal(@Ctx() ctx: GraphQLContext, @Arg('input', () => GoalInput) input: GoalInput): Promise<SavedGoal> {
    return createGoal(ctx.em, await caller(ctx), input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => SavedGoal, { description: 'Ersätter ett måls värden och målvärden.' })
  async updateGoal(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('input', () => GoalInput) input: GoalInput): Promise<SavedGoal> {
    return updateGoal(ctx.em, await caller(ctx), id, input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort ett mål och dess målvärden.' })
  async deleteGoal(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteGoal(ctx.em, await caller(ctx), id);
  }
}
