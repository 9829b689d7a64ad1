/** A scenario's levers in plain Swedish, for people who never saw the input form. */
import { assertUnreachable, formatNumber, formatPercent, formatTkr, leverFromYear } from '../../../model/index.js';
import type { Lever, MunicipalityInput } from '../../../model/index.js';
import { BUDGET_CATEGORY_LABEL, SERVICE_AREA_LABEL } from './labels.js';

const fte = (x: number) => `${formatNumber(Math.abs(x), 2)} ${Math.abs(x) === 1 ? 'årsarbetare' : 'årsarbetare'}`;

const gradeList = (grades: readonly number[]) => {
  if (grades.length === 0) return 'inga årskurser';
  const name = (g: number) => (g === -1 ? 'förskola' : g === 0 ? 'förskoleklass' : g <= 9 ? `åk ${g}` : `gymnasiet år ${g - 9}`);
  return grades.map(name).join(', ');
};

export function describeLever(lever: Lever, input: MunicipalityInput, baseYear: number): string {
  const from = `från ${leverFromYear(lever, baseYear)}`;
  const post = (id: string) => input.supportUnit.posts.find((p) => p.id === id)?.title ?? 'okänd tjänst';
  const school = (id: string | undefined) => (id === undefined ? 'alla skolenheter' : (input.schoolUnits.find((s) => s.id === id)?.name ?? 'okänd skolenhet'));
  switch (lever.kind) {
    case 'changePostFte':
      return lever.deltaFte < 0
        ? `Minska ${post(lever.postId)} med ${fte(lever.deltaFte)} ${from}.`
        : `Utöka ${post(lever.postId)} med ${fte(lever.deltaFte)} ${from}.`;
    case 'movePostTime':
      return `Flytta ${formatPercent(lever.share)} av tiden för ${post(lever.postId)} från ${SERVICE_AREA_LABEL[lever.fromArea]} till ${SERVICE_AREA_LABEL[lever.toArea]} ${from}.`;
    case 'changeBudget': {
      const scope =
        lever.scope.kind === 'school' ? school(lever.scope.schoolUnitId) : lever.scope.kind === 'group' ? `gruppen ${lever.scope.group}` : lever.scope.kind === 'central' ? 'de centrala enheterna' : 'alla enheter';
      const category = BUDGET_CATEGORY_LABEL[lever.category];
      if (lever.amountSek !== undefined) {
        return `${lever.amountSek < 0 ? 'Minska' : 'Öka'} budgeten för ${category} för ${scope} med ${formatTkr(Math.abs(lever.amountSek))} per år ${from}.`;
      }
      const percent = lever.percent ?? 0;
      return `${percent < 0 ? 'Minska' : 'Öka'} budgeten för ${category} för ${scope} med ${formatNumber(Math.abs(percent), 1)} % ${from}.`;
    }
    case 'changeDevices': {
      const parts: string[] = [];
      if (lever.leaseCostPerMonthSek !== undefined) parts.push(`leasingkostnad ${formatNumber(lever.leaseCostPerMonthSek, 0)} kr per enhet och månad`);
      if (lever.replacementCycleYears !== undefined) parts.push(`utbytescykel ${lever.replacementCycleYears} år`);
      if (lever.oneToOneGrades !== undefined) parts.push(`1:1 för ${gradeList(lever.oneToOneGrades)}`);
      return `Ändra elevenheterna för ${school(lever.schoolUnitId)}: ${parts.join(', ') || 'ingen ändring'} ${from}.`;
    }
    case 'changeTrainingTarget':
      return `Ändra målet för digital kompetens till ${formatPercent(lever.targetShare)} utbildade lärare${lever.targetYear ? ` år ${lever.targetYear}` : ''} ${from}.`;
    default:
      return assertUnreachable(lever);
  }
}
