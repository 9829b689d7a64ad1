import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../../format';
import { costTrendOption, goalsMetShare, kpiChanges, type YearKpis } from './overview-charts';

// The demo municipality's key figures 2025 and 2026 (as the API answers them).
const y2025: YearKpis = { year: 2025, digitalisationCostSek: 28_056_546, costPerPupilSek: 3423, devices: 6634, oneToOneCoverage: 0.972, peoplePerSupportFte: 2145.5, staffTrainedShare: 0.629, goalResultsMeasured: 90, goalResultsMet: 25 };
const y2026: YearKpis = { year: 2026, digitalisationCostSek: 28_612_022, costPerPupilSek: 3456, devices: 6715, oneToOneCoverage: 0.976, peoplePerSupportFte: 2166.7, staffTrainedShare: 0.751, goalResultsMeasured: 86, goalResultsMet: 32 };

describe('what changed since last year', () => {
  it('gives costs in percent, shares in percentage points, and says whether the direction is good news', () => {
    const changes = kpiChanges(y2026, y2025, ['costPerPupil', 'coverage', 'peoplePerFte', 'trained', 'goalsMet']);
    expect(changes.map((c) => [c.key, plainSpaces(c.text ?? ''), c.direction, c.tone])).toEqual([
      ['costPerPupil', '+1,0 %', 'up', 'neutral'],
      ['coverage', '+0,4 procentenheter', 'up', 'good'],
      ['peoplePerFte', '+1,0 %', 'up', 'bad'],
      ['trained', '+12,2 procentenheter', 'up', 'good'],
      ['goalsMet', '+9,4 procentenheter', 'up', 'good'],
    ]);
  });

  it('has no change without a previous year or a value', () => {
    const [change] = kpiChanges({ ...y2026, staffTrainedShare: null }, y2025, ['trained']);
    expect(change).toMatchObject({ text: null, direction: null, tone: 'neutral' });
    expect(kpiChanges(y2026, undefined, ['cost'])[0]?.text).toBeNull();
  });

  it('counts goals met among the measured (school, goal) pairs', () => {
    expect(goalsMetShare(y2026)).toBeCloseTo(32 / 86);
    expect(goalsMetShare({ goalResultsMeasured: 0, goalResultsMet: 0 })).toBeNull();
  });
});

describe('costTrendOption', () => {
  it('draws budget, outcome and forecast in tkr and the cost per pupil on its own axis, described in words', () => {
    const option = costTrendOption(
      [
        { year: 2025, budgetSek: 27_860_739, outcomeSek: 28_056_546, forecastSek: null, perPupilSek: 3423 },
        { year: 2027, budgetSek: null, outcomeSek: null, forecastSek: 29_371_018, perPupilSek: 3512 },
      ],
      { budget: 'Budget', outcome: 'Utfall', forecast: 'Prognos', perPupil: 'Per elev', tkr: 'tkr', kr: 'kr', title: 'Kostnad' },
    ) as { series: { name: string; data: (number | null)[] }[]; aria: { label: { description: string } } };
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Budget', [27_861, null]],
      ['Utfall', [28_057, null]],
      ['Prognos', [null, 29_371]],
      ['Per elev', [3423, 3512]],
    ]);
    expect(plainSpaces(option.aria.label.description)).toContain('2025 budget 27 861 tkr, utfall 28 057 tkr, per elev 3 423 kr');
  });
});
