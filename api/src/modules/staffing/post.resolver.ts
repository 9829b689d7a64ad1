import { Arg, Ctx, ID, Mutation, Resolver, Authorized } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { actorOf } from '../auth/auth.context.js';
import { PostInput } from './dto/post.input.js';
import { createPost, deletePost, updatePost } from './post.service.js';
import { SupportPost } from './support-unit.entity.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

@Resolver(() => SupportPost)
export class PostMutationResolver {
  @Authorized(Role.ANALYST)
  @Mutation(() => SupportPost, { description: 'Lägger till en tjänst i stödenheten med sin tidsfördelning.' })
  async createPost(@Ctx() ctx: GraphQLContext, @Arg('input', () => PostInput) input: PostInput): Promise<SupportPost> {
    return createPost(ctx.em, await caller(ctx), input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => SupportPost, { description: 'Ersätter en tjänsts titel, tjänstgöringsgrad, kostnad och tidsfördelning.' })
  async updatePost(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('input', () => PostInput) input: PostInput): Promise<SupportPost> {
    return updatePost(ctx.em, await caller(ctx), id, input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort en tjänst och dess tidsfördelning.' })
  async deletePost(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deletePost(ctx.em, await caller(ctx), id);
  }
}
