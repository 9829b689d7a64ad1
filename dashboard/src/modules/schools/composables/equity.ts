import type { EChartsCoreOption } from 'echarts/core';
import { animate, axisText, palette } from '../../../charts/echarts';
import { formatDecimal, formatShare } from '../../../format';

/** One school's index as the API's equity calculation returns it (the engine's four components, 0–1). */
export interface SchoolEquityNode {
  index: number;
  belowThreshold: boolean;
  hasLocalItCoordinator: boolean;
  socioeconomicIndex?: number | null;
  components: { deviceCoverage: number; supportAccess: number; staffCompetence: number; maturity: number };
  school: { id: string; name: string };
}

export interface RankedSchool extends SchoolEquityNode {
  /** 1 = highest index. */
  rank: number;
}

/**
 * The API lists the schools lowest index first (for paging to those in need); the page ranks best first.
 * Only the order is decided here: index, threshold and components all come from the API.
 */
export function rankSchools(nodes: readonly SchoolEquityNode[]): RankedSchool[] {
  return [...nodes]
    .sort((a, b) => b.index - a.index || a.school.name.localeCompare(b.school.name, 'sv'))
    .map((s, i) => ({ ...s, rank: i + 1 }));
}

/** The spread between the schools one year, as the API's equity trend gives it. */
export interface YearSpread {
  year: number;
  coefficientOfVariation: number;
  gini: number;
}

const BELOW = palette[4];
const ABOVE = palette[0];

/** Schools ranked by index, below-threshold schools in red, the threshold as a dashed line. */
export function rankingOption(ranked: RankedSchool[], labels: { title: string; threshold: string; below: string }, threshold: number): EChartsCoreOption {
  const reversed = [...ranked].reverse();
  const description = `${labels.title}: ${ranked.map((s) => `${s.rank}. ${s.school.name} ${formatDecimal(Math.round(s.index * 100) / 100)}${s.belowThreshold ? ` (${labels.below})` : ''}`).join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    grid: { left: 8, right: 48, top: 24, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => formatDecimal(Number(v)) },
    xAxis: { type: 'value', min: 0, max: 1, interval: 0.2, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    yAxis: { type: 'category', data: reversed.map((s) => s.school.name), axisLabel: { color: axisText, width: 190, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: reversed.map((s) => ({ value: Math.round(s.index * 100) / 100, itemStyle: { color: s.belowThreshold ? BELOW : ABOVE } })),
        label: { show: true, position: 'right', color: axisText, formatter: (p: { value: unknown }) => formatDecimal(Number(p.value)) },
        markLine: { symbol: 'none', silent: true, lineStyle: { color: '#333', type: 'dashed' }, label: { formatter: `${labels.threshold} ${formatDecimal(threshold)}`, color: axisText, position: 'end' }, data: [{ xAxis: threshold }] },
      },
    ],
  };
}

/** The coefficient of variation and Gini per year: lower = more equal. */
export function spreadOption(spread: YearSpread[], labels: { title: string; cv: string; gini: string }): EChartsCoreOption {
  const description = `${labels.title}: ${spread.map((s) => `${s.year} ${labels.cv} ${formatDecimal(round3(s.coefficientOfVariation))}, ${labels.gini} ${formatDecimal(round3(s.gini))}`).join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    color: [palette[0], palette[1]],
    legend: { bottom: 0, textStyle: { color: axisText } },
    grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatDecimal(Number(v)) },
    xAxis: { type: 'category', data: spread.map((s) => String(s.year)), axisLabel: { color: axisText } },
    yAxis: { type: 'value', min: 0, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    series: [
      { name: labels.cv, type: 'line', symbolSize: 8, data: spread.map((s) => round3(s.coefficientOfVariation)) },
      { name: labels.gini, type: 'line', symbolSize: 8, data: spread.map((s) => round3(s.gini)) },
    ],
  };
}

/** Equity index against the socioeconomic index, one point per school; below-threshold schools in red. */
export function scatterOption(ranked: RankedSchool[], labels: { title: string; x: string; y: string; below: string; above: string }, threshold: number): EChartsCoreOption {
  const points = ranked.filter((s) => s.socioeconomicIndex != null);
  const toPoint = (s: RankedSchool) => ({ value: [s.socioeconomicIndex as number, Math.round(s.index * 100) / 100], name: s.school.name });
  const description = `${labels.title}: ${points.map((s) => `${s.school.name} ${labels.x.toLowerCase()} ${formatDecimal(s.socioeconomicIndex as number)}, ${labels.y.toLowerCase()} ${formatDecimal(Math.round(s.index * 100) / 100)}`).join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    legend: { bottom: 0, textStyle: { color: axisText } },
    grid: { left: 8, right: 24, top: 24, bottom: 56, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number[] }) => `${p.name}<br>${labels.x}: ${formatDecimal(p.value[0] ?? 0)}<br>${labels.y}: ${formatDecimal(p.value[1] ?? 0)}` },
    xAxis: { type: 'value', name: labels.x, nameLocation: 'middle', nameGap: 26, nameTextStyle: { color: axisText }, scale: true, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    yAxis: { type: 'value', name: labels.y, nameTextStyle: { color: axisText }, min: 0, max: 1, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    series: [
      {
        name: labels.above,
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: ABOVE },
        data: points.filter((s) => !s.belowThreshold).map(toPoint),
        markLine: { symbol: 'none', silent: true, lineStyle: { color: '#333', type: 'dashed' }, label: { formatter: formatDecimal(threshold), color: axisText }, data: [{ yAxis: threshold }] },
      },
      { name: labels.below, type: 'scatter', symbol: 'diamond', symbolSize: 14, itemStyle: { color: BELOW }, data: points.filter((s) => s.belowThreshold).map(toPoint) },
    ],
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export const formatIndex = (x: number) => formatDecimal(Math.round(x * 100) / 100);
export const formatComponent = (x: number | null) => (x === null ? '–' : formatShare(x));
