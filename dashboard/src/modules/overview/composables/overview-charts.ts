import type { EChartsCoreOption } from 'echarts/core';
import { animate, axisText, palette } from '../../../charts/echarts';
import { formatDecimal, formatKr, formatShare, formatTkr, MISSING } from '../../../format';

/** The key figures of one year, as the overview compares them. */
export interface YearKpis {
  year: number;
  digitalisationCostSek: number;
  costPerPupilSek?: number | null;
  devices: number;
  oneToOneCoverage?: number | null;
  peoplePerSupportFte?: number | null;
  staffTrainedShare?: number | null;
  goalResultsMeasured: number;
  goalResultsMet: number;
}

export type KpiKey = 'cost' | 'costPerPupil' | 'devices' | 'coverage' | 'peoplePerFte' | 'trained' | 'goalsMet';

/** The share of (school, goal) pairs that meet their target; null when nothing was measured. */
export function goalsMetShare(k: Pick<YearKpis, 'goalResultsMeasured' | 'goalResultsMet'>): number | null {
  return k.goalResultsMeasured > 0 ? k.goalResultsMet / k.goalResultsMeasured : null;
}

export function kpiValue(k: YearKpis, key: KpiKey): number | null {
  switch (key) {
    case 'cost':
      return k.digitalisationCostSek;
    case 'costPerPupil':
      return k.costPerPupilSek ?? null;
    case 'devices':
      return k.devices;
    case 'coverage':
      return k.oneToOneCoverage ?? null;
    case 'peoplePerFte':
      return k.peoplePerSupportFte ?? null;
    case 'trained':
      return k.staffTrainedShare ?? null;
    case 'goalsMet':
      return goalsMetShare(k);
  }
}

export function formatKpi(key: KpiKey, value: number): string {
  switch (key) {
    case 'cost':
      return formatTkr(value);
    case 'costPerPupil':
      return formatKr(value);
    case 'devices':
      return formatDecimal(Math.round(value));
    case 'peoplePerFte':
      return formatDecimal(Math.round(value));
    case 'coverage':
    case 'trained':
    case 'goalsMet':
      return formatShare(value);
  }
}

/** A key figure as the overview shows it, a dash when there is none. */
export const showKpi = (key: KpiKey, value: number | null | undefined) => (value == null ? MISSING : formatKpi(key, value));

/** Whether a rise is good news: more cost is not, more coverage is. Neutral for counts. */
const RISE_IS: Record<KpiKey, 'good' | 'bad' | 'neutral'> = {
  cost: 'neutral',
  costPerPupil: 'neutral',
  devices: 'neutral',
  coverage: 'good',
  peoplePerFte: 'bad',
  trained: 'good',
  goalsMet: 'good',
};

export interface KpiChange {
  key: KpiKey;
  current: number | null;
  previous: number | null;
  /** Shares change in percentage points, the rest in percent of the previous value. */
  text: string | null;
  direction: 'up' | 'down' | 'same' | null;
  tone: 'good' | 'bad' | 'neutral';
}

const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/**
 * "What changed" between two years for each key figure: the change as a Swedish text (`+2,3 %` or, for shares,
 * `+12,2 procentenheter`), its direction and whether that direction is good news.
 */
export function kpiChanges(current: YearKpis, previous: YearKpis | undefined, keys: KpiKey[], pointsWord = 'procentenheter'): KpiChange[] {
  return keys.map((key) => {
    const now = kpiValue(current, key);
    const before = previous ? kpiValue(previous, key) : null;
    if (now === null || before === null) return { key, current: now, previous: before, text: null, direction: null, tone: 'neutral' };
    const isShare = key === 'coverage' || key === 'trained' || key === 'goalsMet';
    const delta = isShare ? (now - before) * 100 : before === 0 ? 0 : ((now - before) / before) * 100;
    const rounded = Math.round(delta * 10) / 10;
    const direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same';
    const rise = RISE_IS[key];
    const tone = direction === 'same' || rise === 'neutral' ? 'neutral' : (direction === 'up') === (rise === 'good') ? 'good' : 'bad';
    const text = `${oneDecimal.format(rounded).replace('-', '−')} ${isShare ? pointsWord : '%'}`.replace(/\u00a0/g, ' ');
    return { key, current: now, previous: before, text, direction, tone };
  });
}

export interface CostYear {
  year: number;
  budgetSek?: number | null;
  outcomeSek?: number | null;
  forecastSek?: number | null;
  perPupilSek?: number | null;
}

/** Budget and outcome (or forecast) per year as bars in tkr, cost per pupil as a line on its own axis. */
export function costTrendOption(rows: CostYear[], labels: { budget: string; outcome: string; forecast: string; perPupil: string; tkr: string; kr: string; title: string }): EChartsCoreOption {
  const years = rows.map((r) => String(r.year));
  const tkr = (v: number | null | undefined) => (v == null ? null : Math.round(v / 1000));
  const description = `${labels.title}: ${rows
    .map((r) => `${r.year} ${labels.budget.toLowerCase()} ${r.budgetSek == null ? '–' : formatTkr(r.budgetSek)}, ${labels.outcome.toLowerCase()} ${r.outcomeSek == null ? '–' : formatTkr(r.outcomeSek)}${r.forecastSek == null ? '' : `, ${labels.forecast.toLowerCase()} ${formatTkr(r.forecastSek)}`}, ${labels.perPupil.toLowerCase()} ${r.perPupilSek == null ? '–' : formatKr(r.perPupilSek)}`)
    .join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    color: [palette[0], palette[2], palette[1], palette[3]],
    legend: { bottom: 0, textStyle: { color: axisText } },
    grid: { left: 8, right: 8, top: 36, bottom: 36, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years, axisLabel: { color: axisText } },
    yAxis: [
      { type: 'value', name: labels.tkr, nameTextStyle: { color: axisText }, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
      { type: 'value', name: labels.kr, nameTextStyle: { color: axisText }, splitLine: { show: false }, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    ],
    series: [
      { name: labels.budget, type: 'bar', data: rows.map((r) => tkr(r.budgetSek)), tooltip: { valueFormatter: (v: unknown) => (v == null ? '–' : `${formatDecimal(Number(v))} tkr`) } },
      { name: labels.outcome, type: 'bar', data: rows.map((r) => tkr(r.outcomeSek)), tooltip: { valueFormatter: (v: unknown) => (v == null ? '–' : `${formatDecimal(Number(v))} tkr`) } },
      { name: labels.forecast, type: 'bar', data: rows.map((r) => tkr(r.forecastSek)), tooltip: { valueFormatter: (v: unknown) => (v == null ? '–' : `${formatDecimal(Number(v))} tkr`) } },
      { name: labels.perPupil, type: 'line', yAxisIndex: 1, data: rows.map((r) => r.perPupilSek ?? null), symbolSize: 8, tooltip: { valueFormatter: (v: unknown) => (v == null ? '–' : formatKr(Number(v))) } },
    ],
  };
}

/** Shares over the years (coverage, staff trained, goals met) as lines in percent. */
export function shareTrendOption(series: { name: string; values: (number | null)[] }[], years: number[], title: string): EChartsCoreOption {
  const description = `${title}: ${series
    .map((s) => `${s.name}: ${s.values.map((v, i) => `${years[i]} ${v == null ? '–' : formatShare(v)}`).join(', ')}`)
    .join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    color: [palette[0], palette[2], palette[1]],
    legend: { bottom: 0, textStyle: { color: axisText } },
    grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v == null ? '–' : `${formatDecimal(Number(v))} %`) },
    xAxis: { type: 'category', data: years.map(String), axisLabel: { color: axisText } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: axisText, formatter: (v: number) => `${v} %` } },
    series: series.map((s) => ({ name: s.name, type: 'line', symbolSize: 8, connectNulls: false, data: s.values.map((v) => (v == null ? null : Math.round(v * 1000) / 10)) })),
  };
}
