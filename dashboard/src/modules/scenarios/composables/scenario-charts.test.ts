import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../../format';
import { matrixCells, riskLevel, riskMatrixOption, waitText, waterfallBars, waterfallOption, waterfallSteps } from './scenario-charts';

const labels = { gross: 'Brutto', shifted: 'Överflyttat', net: 'Netto' };

describe('the waterfall from gross to net saving', () => {
  it('starts at the gross saving, takes the shifted cost away and ends at the net saving (tkr)', () => {
    const steps = waterfallSteps({ grossSavingSek: 747_278, shiftedCostSek: 451_315, netSavingSek: 295_963 }, labels);
    expect(steps.map((s) => [s.label, s.from, s.to, s.kind])).toEqual([
      ['Brutto', 0, 747, 'total'],
      ['Överflyttat', 747, 296, 'decrease'],
      ['Netto', 0, 296, 'total'],
    ]);
    expect(waterfallBars(steps)).toEqual({ base: [0, 296, 0], positive: [747, 451, 296], negative: [0, 0, 0] });
  });

  it('draws a step that crosses zero as two pieces when the shifted cost exceeds the saving', () => {
    const steps = waterfallSteps({ grossSavingSek: 200_000, shiftedCostSek: 500_000, netSavingSek: -300_000 }, labels);
    expect(waterfallBars(steps)).toEqual({ base: [0, 0, 0], positive: [200, 200, 0], negative: [0, -300, -300] });
  });

  it('labels each step and describes the chart in words', () => {
    const option = waterfallOption(waterfallSteps({ grossSavingSek: 747_278, shiftedCostSek: 451_315, netSavingSek: 295_963 }, labels), 'Vattenfall') as {
      aria: { label: { description: string } };
      series: unknown[];
    };
    expect(plainSpaces(option.aria.label.description)).toBe('Vattenfall: Brutto 747 tkr; Överflyttat −451 tkr; Netto 296 tkr.');
    expect(option.series).toHaveLength(3);
  });
});

describe('the risk matrix', () => {
  const risks = [
    { area: 'SUPPORT_RESPONSE', likelihood: 4, consequence: 4, score: 16 },
    { area: 'EQUITY', likelihood: 1, consequence: 4, score: 4 },
    { area: 'WORKLOAD', likelihood: 1, consequence: 4, score: 4 },
  ];

  it('puts each risk, numbered as in the list, into its cell', () => {
    expect([...matrixCells(risks).entries()]).toEqual([
      ['4-4', [1]],
      ['1-4', [2, 3]],
    ]);
  });

  it('draws 25 cells, each valued likelihood × consequence', () => {
    const option = riskMatrixOption(risks, { title: 'Riskmatris', likelihood: 'Sannolikhet', consequence: 'Konsekvens', areaName: (a) => a }) as {
      series: { data: { value: number[]; label: { formatter: string } }[] }[];
    };
    const data = option.series[0]?.data ?? [];
    expect(data).toHaveLength(25);
    expect(data.find((d) => d.value[0] === 3 && d.value[1] === 0)).toEqual({ value: [3, 0, 4], label: { formatter: '2, 3' } });
  });

  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [12, 'high'],
    [16, 'veryHigh'],
    [25, 'veryHigh'],
  ])('score %i is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });
});

describe('waitText', () => {
  const words = { unbounded: 'Kön växer utan gräns', noCapacity: 'Inget stöd finns kvar', hours: 'arbetstimmar' };
  it('never prints a number when the queue is saturated', () => {
    expect(waitText('SATURATED', 123, words)).toBe('Kön växer utan gräns');
    expect(waitText('NO_CAPACITY', null, words)).toBe('Inget stöd finns kvar');
    expect(waitText('OK', 12.864, words)).toBe('12,9 arbetstimmar');
  });
});
