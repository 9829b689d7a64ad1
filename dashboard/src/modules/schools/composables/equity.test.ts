import { describe, expect, it } from 'vitest';
import { rankingOption, rankSchools, scatterOption, spreadOption, type SchoolEquityNode } from './equity';

const node = (name: string, index: number, belowThreshold: boolean, socioeconomicIndex: number | null = 1): SchoolEquityNode => ({
  index,
  belowThreshold,
  hasLocalItCoordinator: false,
  socioeconomicIndex,
  components: { deviceCoverage: 1, supportAccess: 0.5, staffCompetence: 0.8, maturity: 0.6 },
  school: { id: name, name },
});

// The API lists the schools lowest index first.
const fromApi = [node('Låg', 0.41, true, 0.8), node('Mitt', 0.7, false, null), node('Hög', 0.86, false, 1.2)];

describe('rankSchools', () => {
  it('ranks best first and keeps the API’s index and threshold flag', () => {
    expect(rankSchools(fromApi).map((s) => [s.rank, s.school.name, s.index, s.belowThreshold])).toEqual([
      [1, 'Hög', 0.86, false],
      [2, 'Mitt', 0.7, false],
      [3, 'Låg', 0.41, true],
    ]);
  });
});

describe('the chart options', () => {
  const labels = { title: 'Index', threshold: 'Tröskel', below: 'under tröskeln' };

  it('draws the ranking with the API’s threshold and describes it for screen readers', () => {
    const option = rankingOption(rankSchools(fromApi), labels, 0.55) as { aria: { label: { description: string } }; series: { markLine: { data: { xAxis: number }[]; label: { formatter: string } } }[] };
    expect(option.series[0]?.markLine.data).toEqual([{ xAxis: 0.55 }]);
    expect(option.series[0]?.markLine.label.formatter).toBe('Tröskel 0,55');
    expect(option.aria.label.description).toBe('Index: 1. Hög 0,86; 2. Mitt 0,7; 3. Låg 0,41 (under tröskeln).');
  });

  it('plots the schools with a socioeconomic index, those below the threshold apart', () => {
    const option = scatterOption(rankSchools(fromApi), { title: 'S', x: 'SES', y: 'Index', below: 'under', above: 'över' }, 0.6) as { series: { data: { name: string }[] }[] };
    expect(option.series.map((s) => s.data.map((p) => p.name))).toEqual([['Hög'], ['Låg']]);
  });

  it('draws the coefficient of variation and Gini per year', () => {
    const option = spreadOption(
      [
        { year: 2025, coefficientOfVariation: 0.2345, gini: 0.1111 },
        { year: 2026, coefficientOfVariation: 0.2, gini: 0.1 },
      ],
      { title: 'Spridning', cv: 'CV', gini: 'Gini' },
    ) as { aria: { label: { description: string } }; series: { data: number[] }[] };
    expect(option.series.map((s) => s.data)).toEqual([
      [0.235, 0.2],
      [0.111, 0.1],
    ]);
    expect(option.aria.label.description).toBe('Spridning: 2025 CV 0,24, Gini 0,11; 2026 CV 0,2, Gini 0,1.');
  });
});
