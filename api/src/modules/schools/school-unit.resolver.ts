import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root, Authorized } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { factKey } from '../../graphql/loaders.js';
import './school-unit.loaders.js';
import { readYear } from '../../graphql/types/year.js';
import { CategoryCost } from '../budget/dto/cost.output.js';
import { DeviceFleet } from '../devices/device-fleet.entity.js';
import { DeviceCoverage } from '../devices/dto/devices.output.js';
import { GoalAchievement } from '../goals/dto/goal.output.js';
import { IndicatorValueOutput } from '../indicators/dto/indicator.output.js';
import { SchoolUnit, SchoolYearFact } from './school-unit.entity.js';
import { findSchoolUnit } from './school-unit.service.js';

/** A school unit and its profile: every field below is batched per request, so a list of units costs no query per unit. */
@Resolver(() => SchoolUnit)
export class SchoolUnitResolver {
  private async yearOf(year: number | undefined, ctx: GraphQLContext): Promise<number> {
    return readYear(year, (await ctx.municipality()).budgetYear);
  }

  private async factFor(unit: SchoolUnit, year: number | undefined, ctx: GraphQLContext) {
    const resolvedYear = year ?? (await ctx.municipality()).budgetYear;
    return ctx.loaders.schoolYearFact.load(factKey(unit.id, resolvedYear));
  }

  @Authorized(Role.VIEWER)
  @Query(() => SchoolUnit, { nullable: true, description: 'En av den inloggades skolenheter; null för en okänd enhet eller en annan kommuns.' })
  async schoolUnit(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<SchoolUnit | null> {
    return findSchoolUnit(ctx.em, (await ctx.municipality()).id, id);
  }

  @FieldResolver(() => Int, { description: 'Antal barn/elever året (standard: budgetåret); 0 om året saknar data.' })
  async pupils(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<number> {
    return (await this.factFor(unit, year, ctx))?.pupils ?? 0;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Socioekonomiskt index året (1,0 = riksgenomsnittet).' })
  async socioeconomicIndex(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<number | null> {
    return (await this.factFor(unit, year, ctx))?.socioeconomicIndex ?? null;
  }

  @FieldResolver(() => [SchoolYearFact], { description: 'Enhetens fakta år för år, äldsta först.' })
  facts(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext): Promise<SchoolYearFact[]> {
    return ctx.loaders.schoolFactsByUnit.load(unit.id);
  }

  @FieldResolver(() => [DeviceFleet], { description: 'Enhetens leasade enheter ett år (standard: budgetåret).' })
  async devices(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<DeviceFleet[]> {
    return ctx.loaders.devicesByUnitYear.load(factKey(unit.id, await this.yearOf(year, ctx)));
  }

  @FieldResolver(() => DeviceCoverage, { nullable: true, description: 'Enheter och 1:1-täckning ett år; null om året saknar data.' })
  async deviceCoverage(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<DeviceCoverage | null> {
    return ctx.loaders.deviceCoverageByUnitYear.load(factKey(unit.id, await this.yearOf(year, ctx)));
  }

  @FieldResolver(() => [CategoryCost], { description: 'Enhetens kostnader per kostnadsslag ett år, med utfall mot budget och per elev.' })
  async costs(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<CategoryCost[]> {
    return ctx.loaders.costsByUnitYear.load(factKey(unit.id, await this.yearOf(year, ctx)));
  }

  @FieldResolver(() => [IndicatorValueOutput], { description: 'Enhetens nyckeltalsvärden, alla år eller ett år.' })
  async indicatorValues(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<IndicatorValueOutput[]> {
    const values = await ctx.loaders.indicatorValuesByUnit.load(unit.id);
    if (year == null) return values;
    const resolvedYear = readYear(year, year);
    return values.filter((value) => value.year === resolvedYear);
  }

  @FieldResolver(() => [GoalAchievement], { description: 'Enhetens måluppfyllelse för kommunens mål ett år (standard: budgetåret).' })
  async goalAchievement(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<GoalAchievement[]> {
    return ctx.loaders.goalAchievementByUnitYear.load(factKey(unit.id, await this.yearOf(year, ctx)));
  }
}
