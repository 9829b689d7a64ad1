import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../../format';
import { coverageOption, deviationText, deviationTone, wavesOption } from './budget-charts';

describe('budget deviation', () => {
  it.each([
    [195_807, 0.7, '+196 tkr (+0,7 %)', 'bad'],
    [-24_507, -0.2, '−25 tkr (−0,2 %)', 'good'],
    [3037, 0, '+3 tkr (0,0 %)', 'bad'],
    [400, 0, '0 tkr (0,0 %)', 'neutral'],
    [null, null, '–', 'neutral'],
  ])('%s kr (%s %%) reads %s and is %s', (sek, percent, text, tone) => {
    expect(plainSpaces(deviationText(sek, percent))).toBe(text);
    expect(deviationTone(sek)).toBe(tone);
  });
});

describe('coverageOption', () => {
  it('draws only schools with pupils in the 1:1 years, in percent, below full coverage in another colour', () => {
    const option = coverageOption(
      [
        { name: 'Solrosens förskola', oneToOneCoverage: null },
        { name: 'Tallbackaskolan 7–9', oneToOneCoverage: 0.93 },
        { name: 'Hagaskolan 7–9', oneToOneCoverage: 1 },
      ],
      'Täckning',
      'Full',
    ) as { yAxis: { data: string[] }; series: { data: { value: number; itemStyle: { color: string } }[] }[]; aria: { label: { description: string } } };
    expect(option.yAxis.data).toEqual(['Hagaskolan 7–9', 'Tallbackaskolan 7–9']);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([100, 93]);
    expect(option.series[0]?.data[0]?.itemStyle.color).not.toBe(option.series[0]?.data[1]?.itemStyle.color);
    expect(plainSpaces(option.aria.label.description)).toBe('Täckning: Tallbackaskolan 7–9 93,0 %; Hagaskolan 7–9 100,0 %.');
  });
});

describe('wavesOption', () => {
  it('shows devices and the value of new contracts (tkr) per due year', () => {
    const option = wavesOption([{ dueYear: 2027, devices: 2359, contractValueSek: 11_689_572 }], { devices: 'Enheter', value: 'Värde', title: 'Vågor' }) as {
      series: { data: number[] }[];
      aria: { label: { description: string } };
    };
    expect(option.series.map((s) => s.data)).toEqual([[2359], [11_690]]);
    expect(plainSpaces(option.aria.label.description)).toBe('Vågor: 2027 2 359 enheter, 11 690 tkr.');
  });
});
