/**
 * Checks the base data before `prepareBase`: the adapter from the database should refuse (or repair) what the
 * model cannot use rather than let it produce odd figures. Fields are paths into MunicipalityInput.
 */
import { hasAtMostTwoDecimals } from './levers.js';
import type { ValidationError } from './levers.js';
import { BUDGET_CATEGORIES, SERVICE_AREAS } from './types.js';
import type { MunicipalityInput } from './types.js';

const isShare = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
const isCount = (x: number) => Number.isFinite(x) && x >= 0;

export function validateInput(input: MunicipalityInput): ValidationError[] {
  const errors: ValidationError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  const schoolIds = new Set<string>();
  input.schoolUnits.forEach((s, i) => {
    if (schoolIds.has(s.id)) err(`schoolUnits.${i}.id`, `Skolenheten "${s.id}" finns två gånger.`);
    schoolIds.add(s.id);
    if (s.years.length === 0) err(`schoolUnits.${i}.years`, `${s.name} saknar uppgifter för alla år.`);
    s.years.forEach((f, k) => {
      const at = `schoolUnits.${i}.years.${k}`;
      for (const key of ['pupils', 'oneToOnePupils', 'teachers', 'teachersFte', 'schoolLeaders'] as const) if (!isCount(f[key])) err(`${at}.${key}`, 'Antalet måste vara 0 eller mer.');
      if (f.oneToOnePupils > f.pupils) err(`${at}.oneToOnePupils`, 'Fler elever i 1:1 än elever totalt.');
      if (!isShare(f.staffTrainedShare)) err(`${at}.staffTrainedShare`, 'Andelen måste ligga mellan 0 och 1.');
      if (!isShare(f.maturityScore)) err(`${at}.maturityScore`, 'Mognadsvärdet ska vara normerat till 0–1.');
    });
  });
  const postIds = new Set<string>();
  input.supportUnit.posts.forEach((p, i) => {
    const at = `supportUnit.posts.${i}`;
    if (postIds.has(p.id)) err(`${at}.id`, `Tjänsten "${p.id}" finns två gånger.`);
    postIds.add(p.id);
    if (!isCount(p.fte) || !hasAtMostTwoDecimals(p.fte)) err(`${at}.fte`, 'Årsarbetare anges som 0 eller mer med högst två decimaler.');
    if (!Number.isSafeInteger(p.annualCostSek) || p.annualCostSek < 0) err(`${at}.annualCostSek`, 'Årskostnaden anges i hela kronor, 0 eller mer.');
    let sum = 0;
    for (const [area, share] of Object.entries(p.timeShares)) {
      if (!(SERVICE_AREAS as readonly string[]).includes(area)) err(`${at}.timeShares.${area}`, 'Okänt verksamhetsområde.');
      else if (!isShare(share ?? 0) || !hasAtMostTwoDecimals(share ?? 0)) err(`${at}.timeShares.${area}`, 'Andelen ska ligga mellan 0 och 1 med högst två decimaler.');
      sum += Math.round((share ?? 0) * 100);
    }
    if (sum !== 100) err(`${at}.timeShares`, `Tidsandelarna summerar till ${sum} %, inte 100 %.`);
  });
  input.budgetLines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.amountSek)) err(`budgetLines.${i}.amountSek`, 'Beloppet anges i hela kronor.');
    if (!(BUDGET_CATEGORIES as readonly string[]).includes(l.category)) err(`budgetLines.${i}.category`, 'Okänd kostnadskategori.');
    if (l.ownerKind === 'SCHOOL' && !schoolIds.has(l.ownerId)) err(`budgetLines.${i}.ownerId`, `Okänd skolenhet "${l.ownerId}".`);
  });
  input.deviceFleets.forEach((f, i) => {
    const at = `deviceFleets.${i}`;
    if (!schoolIds.has(f.schoolUnitId)) err(`${at}.schoolUnitId`, `Okänd skolenhet "${f.schoolUnitId}".`);
    if (!Number.isInteger(f.count) || f.count < 0) err(`${at}.count`, 'Antalet enheter är ett heltal, 0 eller mer.');
    if (!Number.isSafeInteger(f.leaseCostPerMonthSek) || f.leaseCostPerMonthSek < 0) err(`${at}.leaseCostPerMonthSek`, 'Leasingkostnaden anges i hela kronor, 0 eller mer.');
    if (!Number.isInteger(f.leaseTermMonths) || f.leaseTermMonths < 1) err(`${at}.leaseTermMonths`, 'Leasingperioden är minst en hel månad.');
    if (!Number.isInteger(f.replacementCycleYears) || f.replacementCycleYears < 1) err(`${at}.replacementCycleYears`, 'Utbytescykeln är minst ett helt år.');
  });
  if (!isCount(input.rollout.unitsRemaining) || !isCount(input.rollout.monthsPlanned)) err('rollout', 'Enheter och månader måste vara 0 eller mer.');
  if (!isShare(input.trainingTarget.share)) err('trainingTarget.share', 'Målet är en andel mellan 0 och 1.');
  return errors;
}
