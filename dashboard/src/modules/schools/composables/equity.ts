import type { EChartsCoreOption } from 'echarts/core';
// The engine's own equity arithmetic (pure, no I/O), so the dashboard never computes it differently.
import { equityIndex, equityStats } from '../../../../../api/src/model/equity.calculator';
import { animate, axisText, palette } from '../../../charts/echarts';
import { formatDecimal, formatShare } from '../../../format';

/** The engine's default threshold (assumption `equityThreshold`, 0,6). */
export const EQUITY_THRESHOLD = 0.6;

export interface ComparisonRow {
  year: number;
  schoolUnit: { id: string; code: string; name: string };
  pupils: number;
  socioeconomicIndex?: number | null;
  hasLocalItCoordinator: boolean;
  oneToOneCoverage?: number | null;
  staffTrainedShare?: number | null;
  likaMean?: number | null;
}

export interface RankedSchool {
  row: ComparisonRow;
  index: number;
  components: { devices: number | null; competence: number | null; maturity: number | null };
  rank: number;
  below: boolean;
}

/**
 * The measured components of the engine's equity index, each 0–1: device coverage (1:1 where the school has those
 * years), staff competence (share trained), self-assessed maturity (LIKA level 1–4 as (level − 1) / 3). Access to
 * central support needs the engine's demand model, so it is left out here and the remaining weights share equally.
 */
export function equityComponents(row: ComparisonRow): RankedSchool['components'] {
  return {
    devices: row.oneToOneCoverage == null ? null : Math.min(1, row.oneToOneCoverage),
    competence: row.staffTrainedShare ?? null,
    maturity: row.likaMean == null ? null : (row.likaMean - 1) / 3,
  };
}

export function schoolEquityIndex(row: ComparisonRow): number | null {
  const c = equityComponents(row);
  if (c.devices === null && c.competence === null && c.maturity === null) return null;
  return equityIndex(
    { deviceCoverage: c.devices ?? 0, supportAccess: 0, staffCompetence: c.competence ?? 0, maturity: c.maturity ?? 0 },
    { devices: c.devices === null ? 0 : 1, support: 0, competence: c.competence === null ? 0 : 1, maturity: c.maturity === null ? 0 : 1 },
  );
}

/** Every school with an index, best first; rank 1 = highest index. */
export function rankSchools(rows: ComparisonRow[], threshold = EQUITY_THRESHOLD): RankedSchool[] {
  return rows
    .flatMap((row) => {
      const index = schoolEquityIndex(row);
      return index === null ? [] : [{ row, index, components: equityComponents(row), rank: 0, below: index < threshold }];
    })
    .sort((a, b) => b.index - a.index || a.row.schoolUnit.name.localeCompare(b.row.schoolUnit.name, 'sv'))
    .map((s, i) => ({ ...s, rank: i + 1 }));
}

export interface YearSpread {
  year: number;
  schools: number;
  meanIndex: number;
  coefficientOfVariation: number;
  gini: number;
  schoolsBelowThreshold: number;
  correlationWithSocioeconomicIndex: number | null;
}

/** The spread across schools for each year, with the engine's statistics. */
export function spreadByYear(byYear: Map<number, ComparisonRow[]>, threshold = EQUITY_THRESHOLD): YearSpread[] {
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, rows]) => {
      const ranked = rankSchools(rows, threshold);
      const stats = equityStats(
        ranked.map((s) => s.index),
        ranked.map((s) => s.row.socioeconomicIndex ?? null),
        threshold,
      );
      return {
        year,
        schools: stats.schools,
        meanIndex: stats.meanIndex,
        coefficientOfVariation: stats.coefficientOfVariation,
        gini: stats.gini,
        schoolsBelowThreshold: stats.schoolsBelowThreshold,
        correlationWithSocioeconomicIndex: stats.correlationWithSocioeconomicIndex,
      };
    });
}

const BELOW = palette[4];
const ABOVE = palette[0];

/** Schools ranked by index, below-threshold schools in red, the threshold as a dashed line. */
export function rankingOption(ranked: RankedSchool[], labels: { title: string; threshold: string; below: string }, threshold = EQUITY_THRESHOLD): EChartsCoreOption {
  const reversed = [...ranked].reverse();
  const description = `${labels.title}: ${ranked.map((s) => `${s.rank}. ${s.row.schoolUnit.name} ${formatDecimal(Math.round(s.index * 100) / 100)}${s.below ? ` (${labels.below})` : ''}`).join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    grid: { left: 8, right: 48, top: 24, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => formatDecimal(Number(v)) },
    xAxis: { type: 'value', min: 0, max: 1, interval: 0.2, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    yAxis: { type: 'category', data: reversed.map((s) => s.row.schoolUnit.name), axisLabel: { color: axisText, width: 190, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: reversed.map((s) => ({ value: Math.round(s.index * 100) / 100, itemStyle: { color: s.below ? BELOW : ABOVE } })),
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
export function scatterOption(ranked: RankedSchool[], labels: { title: string; x: string; y: string; below: string; above: string }, threshold = EQUITY_THRESHOLD): EChartsCoreOption {
  const points = ranked.filter((s) => s.row.socioeconomicIndex != null);
  const toPoint = (s: RankedSchool) => ({ value: [s.row.socioeconomicIndex as number, Math.round(s.index * 100) / 100], name: s.row.schoolUnit.name });
  const description = `${labels.title}: ${points.map((s) => `${s.row.schoolUnit.name} ${labels.x.toLowerCase()} ${formatDecimal(s.row.socioeconomicIndex as number)}, ${labels.y.toLowerCase()} ${formatDecimal(Math.round(s.index * 100) / 100)}`).join('; ')}.`;
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
        data: points.filter((s) => !s.below).map(toPoint),
        markLine: { symbol: 'none', silent: true, lineStyle: { color: '#333', type: 'dashed' }, label: { formatter: formatDecimal(threshold), color: axisText }, data: [{ yAxis: threshold }] },
      },
      { name: labels.below, type: 'scatter', symbol: 'diamond', symbolSize: 14, itemStyle: { color: BELOW }, data: points.filter((s) => s.below).map(toPoint) },
    ],
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export const formatIndex = (x: number) => formatDecimal(Math.round(x * 100) / 100);
export const formatComponent = (x: number | null) => (x === null ? '–' : formatShare(x));
