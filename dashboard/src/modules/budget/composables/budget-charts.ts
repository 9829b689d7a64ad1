import type { EChartsCoreOption } from 'echarts/core';
import { animate, axisText, palette } from '../../../charts/echarts';
import { formatDecimal, formatPercent, formatShare, formatSignedTkr, formatTkr, MISSING } from '../../../format';

/** "+196 tkr (0,7 %)": outcome minus budget, positive = over budget; a dash when either is missing. */
export function deviationText(deviationSek: number | null | undefined, deviationPercent: number | null | undefined): string {
  if (deviationSek == null) return MISSING;
  const percent = deviationPercent == null ? '' : ` (${deviationPercent > 0 ? '+' : deviationPercent < 0 ? '−' : ''}${formatPercent(Math.abs(deviationPercent))})`;
  return `${formatSignedTkr(deviationSek)}${percent}`;
}

/** Over budget is shown in red, under in green; within ±0,5 tkr nothing. */
export function deviationTone(deviationSek: number | null | undefined): 'good' | 'bad' | 'neutral' {
  if (deviationSek == null || Math.round(deviationSek / 1000) === 0) return 'neutral';
  return deviationSek > 0 ? 'bad' : 'good';
}

export interface CategoryRow {
  label: string;
  budgetSek?: number | null;
  outcomeSek?: number | null;
  forecastSek?: number | null;
}

/** Budget against outcome (or forecast where there is no outcome) per category, horizontal bars in tkr. */
export function categoryOption(rows: CategoryRow[], labels: { budget: string; outcome: string; title: string }): EChartsCoreOption {
  const reversed = [...rows].reverse();
  const tkr = (v: number | null | undefined) => (v == null ? null : Math.round(v / 1000));
  const actual = (r: CategoryRow) => r.outcomeSek ?? r.forecastSek ?? null;
  const description = `${labels.title}: ${rows.map((r) => `${r.label} ${labels.budget.toLowerCase()} ${r.budgetSek == null ? MISSING : formatTkr(r.budgetSek)}, ${labels.outcome.toLowerCase()} ${actual(r) == null ? MISSING : formatTkr(actual(r) as number)}`).join('; ')}.`;
  const hasActual = rows.some((r) => actual(r) != null);
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    color: [palette[0], palette[2]],
    legend: { bottom: 0, textStyle: { color: axisText } },
    grid: { left: 8, right: 56, top: 8, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (v == null ? MISSING : `${formatDecimal(Number(v))} tkr`) },
    xAxis: { type: 'value', name: 'tkr', nameTextStyle: { color: axisText }, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    yAxis: { type: 'category', data: reversed.map((r) => r.label), axisLabel: { color: axisText, width: 150, overflow: 'truncate' } },
    series: [
      { name: labels.budget, type: 'bar', data: reversed.map((r) => tkr(r.budgetSek)), label: { show: !hasActual, position: 'right', color: axisText, formatter: (p: { value: unknown }) => formatDecimal(Number(p.value)) } },
      ...(hasActual ? [{ name: labels.outcome, type: 'bar', data: reversed.map((r) => tkr(actual(r))) }] : []),
    ],
  };
}

export interface CoverageRow {
  name: string;
  oneToOneCoverage?: number | null;
}

/** 1:1 coverage per school (only schools with pupils in the covered years), full coverage marked at 100 %. */
export function coverageOption(rows: CoverageRow[], title: string, fullLabel: string): EChartsCoreOption {
  const measured = rows.filter((r) => r.oneToOneCoverage != null);
  const reversed = [...measured].reverse();
  const description = `${title}: ${measured.map((r) => `${r.name} ${formatShare(r.oneToOneCoverage as number)}`).join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => `${formatDecimal(Number(v))} %` },
    xAxis: { type: 'value', min: 0, max: (e: { max: number }) => Math.max(110, Math.ceil(e.max / 10) * 10 + 10), name: '%', nameTextStyle: { color: axisText }, axisLabel: { color: axisText, formatter: (v: number) => `${v} %` } },
    yAxis: { type: 'category', data: reversed.map((r) => r.name), axisLabel: { color: axisText, width: 170, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        data: reversed.map((r) => {
          const value = Math.round((r.oneToOneCoverage as number) * 1000) / 10;
          return { value, itemStyle: { color: value < 100 ? palette[1] : palette[0] } };
        }),
        label: { show: true, position: 'right', color: axisText, formatter: (p: { value: unknown }) => `${formatDecimal(Number(p.value))} %` },
        markLine: { symbol: 'none', silent: true, lineStyle: { color: '#333', type: 'dashed' }, label: { formatter: fullLabel, color: axisText, position: 'insideEndTop' }, data: [{ xAxis: 100 }] },
      },
    ],
  };
}

export interface WaveRow {
  dueYear: number;
  devices: number;
  contractValueSek: number;
}

/** The replacement waves: devices due per year (bars) and the value of the new contracts in tkr (bars, own axis). */
export function wavesOption(rows: WaveRow[], labels: { devices: string; value: string; title: string }): EChartsCoreOption {
  const description = `${labels.title}: ${rows.map((r) => `${r.dueYear} ${formatDecimal(r.devices)} ${labels.devices.toLowerCase()}, ${formatTkr(r.contractValueSek)}`).join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    color: [palette[0], palette[1]],
    legend: { bottom: 0, textStyle: { color: axisText } },
    grid: { left: 8, right: 8, top: 36, bottom: 36, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: rows.map((r) => String(r.dueYear)), axisLabel: { color: axisText } },
    yAxis: [
      { type: 'value', name: labels.devices, nameTextStyle: { color: axisText, align: 'left' }, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
      { type: 'value', name: 'tkr', nameTextStyle: { color: axisText }, splitLine: { show: false }, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    ],
    series: [
      { name: labels.devices, type: 'bar', data: rows.map((r) => r.devices), tooltip: { valueFormatter: (v: unknown) => formatDecimal(Number(v)) } },
      { name: labels.value, type: 'bar', yAxisIndex: 1, data: rows.map((r) => Math.round(r.contractValueSek / 1000)), tooltip: { valueFormatter: (v: unknown) => `${formatDecimal(Number(v))} tkr` } },
    ],
  };
}
