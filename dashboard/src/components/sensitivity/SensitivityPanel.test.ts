import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../format';
import { createAppI18n } from '../../i18n';
import type { SensitivityView, TornadoRowView } from '../../modules/sensitivity/types';
import SensitivityPanel from './SensitivityPanel.vue';

const row = (assumptionId: string, name: string, effect: number, resultAtLow: number, resultAtHigh: number): TornadoRowView => ({
  assumptionId,
  name,
  unit: 'h/h',
  source: 'Antagande.',
  value: 1.5,
  low: 1,
  high: 3,
  resultAtLow,
  resultAtHigh,
  effect,
  flips: resultAtHigh < 0,
});

const analysis: SensitivityView = {
  summaryYear: 2027,
  tornadoes: [
    {
      result: 'NET_SAVING_SEK',
      value: 302_415,
      rows: [
        row('staffHoursPerUnmetSupportHour', 'Lärartimmar per ej mött stödtimme', 593_152, 450_703, -142_449),
        row('teacherMonthlySalarySek', 'Lärares månadslön', 67_957, 336_393, 268_436),
        row('trainingHoursPerTeacher', 'Lärarens egen tid för kompetensmodulerna', 0, 302_415, 302_415),
      ],
    },
  ],
  ranges: [
    { result: 'NET_SAVING_SEK', value: 302_415, low: -895_686, high: 747_278, unbounded: false, flips: true, explanation: 'Nettobesparing är 302 tkr, men …' },
    { result: 'EXPECTED_WAIT_HOURS', value: null, low: 2.9, high: null, unbounded: true, flips: true, explanation: 'Ingen väntetid kan anges …' },
  ],
  breakEven: [{ assumptionId: 'staffHoursPerUnmetSupportHour', state: 'BREAK_EVEN', breakEvenValue: 2.52, insideRange: true, explanation: 'Nettobesparingen blir negativ om …' }],
};

const mountPanel = (locale: 'sv' | 'en') =>
  mount(SensitivityPanel, { props: { analysis }, global: { plugins: [createAppI18n(locale)], stubs: { VChart: true } } });

describe('SensitivityPanel', () => {
  it('lists the assumptions that move the result, largest first, and leaves out those that move nothing', () => {
    const rows = mountPanel('sv').findAll('[data-testid="tornado-row"]').map((r) => plainSpaces(r.find('th').text()));
    expect(rows).toEqual(['Lärartimmar per ej mött stödtimme', 'Lärares månadslön']);
  });

  it('shows each interval next to the point value in Swedish format, with what flips', () => {
    const w = mountPanel('sv');
    const net = w.find('[data-testid="range-NET_SAVING_SEK"]');
    expect(plainSpaces(net.find('[data-testid="range-value"]').text())).toBe('302 tkr');
    expect(plainSpaces(net.find('[data-testid="range-interval"]').text())).toBe('−896 tkr – 747 tkr');
    expect(net.text()).toContain('Ja');
    const wait = w.find('[data-testid="range-EXPECTED_WAIT_HOURS"]');
    expect(plainSpaces(wait.find('[data-testid="range-value"]').text())).toBe('ingen siffra');
    expect(plainSpaces(wait.find('[data-testid="range-interval"]').text())).toBe('2,9 h och uppåt utan gräns');
    expect(w.find('[data-testid="break-even"]').text()).toContain('Nettobesparingen blir negativ om');
  });

  it('speaks English when asked, and says the model’s sentences are Swedish', () => {
    const w = mountPanel('en');
    expect(w.find('h2').text()).toBe('How sure are the figures?');
    expect(w.text()).toContain('The model’s explanations and the names of its assumptions are in Swedish.');
    expect(w.find('[data-testid="range-NET_SAVING_SEK"] th').text()).toBe('Net saving');
  });
});
