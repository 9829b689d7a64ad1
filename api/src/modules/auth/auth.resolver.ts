import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public } from '../../graphql/authorization.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { login, logout } from './auth.service.js';
import { Role } from './role.js';
import { User } from './user.entity.js';
import { CreateUserInput } from './dto/user.input.js';
import { UserConnection } from './dto/user.output.js';
import { changeUserRole, createUser, listUsers, setUserActive } from './user.service.js';

/** The signed-in user; never null here because every caller of these has passed @Authorized. */
const actor = (ctx: GraphQLContext) => ctx.user!;

@Resolver(() => User)
export class AuthResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'Den inloggade användaren; null utan inloggning.' })
  me(@Ctx() ctx: GraphQLContext): User | null {
    return ctx.user;
  }

  @Authorized(Role.VIEWER)
  @Query(() => Municipality, { name: 'municipality', description: 'Den inloggades egen kommun.' })
  ownMunicipality(@Ctx() ctx: GraphQLContext): Promise<Municipality> {
    return ctx.municipality();
  }

  @Public()
  @Mutation(() => User, { description: 'Loggar in och sätter en sessionskaka (httpOnly).' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    const signedIn = await login(ctx.em, { email, password, ip: ctx.http.ip }, ctx.authSettings);
    ctx.http.setSessionCookie(signedIn.token, signedIn.expiresAt);
    ctx.signedIn(signedIn.user);
    return signedIn.user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Avslutar sessionen (återkallas i databasen) och tar bort kakan. Alltid true.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await logout(ctx.em, ctx.http.sessionToken, ctx.user, ctx.http.ip);
    ctx.http.clearSessionCookie();
    return true;
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Den egna kommunens användare, sorterade på e-postadress.' })
  async users(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<UserConnection> {
    return listUsers(ctx.em, (await ctx.municipality()).id, { first, after });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Skapar en användare i den egna kommunen med en roll och ett startlösenord.' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return createUser(ctx.em, (await ctx.municipality()).id, actor(ctx), input, ctx.authSettings.scryptLog2N);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Byter en användares roll. Den egna rollen kan inte ändras.' })
  async changeUserRole(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => Role) role: Role,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return changeUserRole(ctx.em, (await ctx.municipality()).id, actor(ctx), id, role);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Inaktiverar en användare och avslutar alla dess sessioner.' })
  async deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return setUserActive(ctx.em, (await ctx.municipality()).id, actor(ctx), id, false);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Låter en inaktiverad användare logga in igen.' })
  async reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return setUserActive(ctx.em, (await ctx.municipality()).id, actor(ctx), id, true);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Municipality> {
    // Users are only ever shown within the caller's own municipality (row-level security hides any other).
    const own = await ctx.municipality();
    if (user.municipalityId !== own.id) throw new Error('a user of another municipality reached the response');
    return own;
  }
}
