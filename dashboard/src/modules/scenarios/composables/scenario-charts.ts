import type { EChartsCoreOption } from 'echarts/core';
import { animate, axisText, palette } from '../../../charts/echarts';
import { formatDecimal, formatSignedTkr, formatTkr } from '../../../format';

export interface WaterfallStep {
  label: string;
  /** Where the visible bar starts and ends, in tkr (the bar spans min..max). */
  from: number;
  to: number;
  /** The step's own value in whole SEK (negative for what is taken away). */
  valueSek: number;
  kind: 'total' | 'decrease' | 'increase';
}

/**
 * From gross saving to net saving: the gross saving as a bar from zero, the cost shifted to teachers and school
 * leaders taken away (a floating bar), and the net saving as a bar from zero. Works when either is negative.
 */
export function waterfallSteps(summary: { grossSavingSek: number; shiftedCostSek: number; netSavingSek: number }, labels: { gross: string; shifted: string; net: string }): WaterfallStep[] {
  const tkr = (sek: number) => Math.round(sek / 1000);
  const gross = tkr(summary.grossSavingSek);
  const net = tkr(summary.netSavingSek);
  return [
    { label: labels.gross, from: 0, to: gross, valueSek: summary.grossSavingSek, kind: 'total' },
    { label: labels.shifted, from: gross, to: net, valueSek: -summary.shiftedCostSek, kind: summary.shiftedCostSek >= 0 ? 'decrease' : 'increase' },
    { label: labels.net, from: 0, to: net, valueSek: summary.netSavingSek, kind: 'total' },
  ];
}

const STEP_COLOUR = { total: palette[0], decrease: palette[4], increase: palette[2] } as const;

/**
 * How each step is drawn when stacked: an invisible base and the visible part above zero and below it (ECharts
 * stacks positive and negative values apart, so a step that crosses zero is two visible pieces).
 */
export function waterfallBars(steps: WaterfallStep[]): { base: number[]; positive: number[]; negative: number[] } {
  const base: number[] = [];
  const positive: number[] = [];
  const negative: number[] = [];
  for (const s of steps) {
    const low = Math.min(s.from, s.to);
    const high = Math.max(s.from, s.to);
    if (low >= 0) {
      base.push(low);
      positive.push(high - low);
      negative.push(0);
    } else if (high <= 0) {
      base.push(high);
      positive.push(0);
      negative.push(low - high);
    } else {
      base.push(0);
      positive.push(high);
      negative.push(low);
    }
  }
  return { base, positive, negative };
}

/** The waterfall from gross to net saving, each step labelled with its amount. */
export function waterfallOption(steps: WaterfallStep[], title: string): EChartsCoreOption {
  const description = `${title}: ${steps.map((s) => `${s.label} ${s.kind === 'total' ? formatTkr(s.valueSek) : formatSignedTkr(s.valueSek)}`).join('; ')}.`;
  const bars = waterfallBars(steps);
  const text = (i: number) => {
    const s = steps[i];
    return s ? (s.kind === 'total' ? formatTkr(s.valueSek) : formatSignedTkr(s.valueSek)) : '';
  };
  const colour = (i: number) => STEP_COLOUR[steps[i]?.kind ?? 'total'];
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: { show: false },
    xAxis: { type: 'category', data: steps.map((s) => s.label), axisLabel: { color: axisText, interval: 0, width: 140, overflow: 'break' } },
    yAxis: { type: 'value', name: 'tkr', nameTextStyle: { color: axisText }, axisLabel: { color: axisText, formatter: (v: number) => formatDecimal(v) } },
    series: [
      { type: 'bar', stack: 'waterfall', silent: true, itemStyle: { color: 'transparent' }, data: bars.base },
      {
        type: 'bar',
        stack: 'waterfall',
        barMaxWidth: 80,
        data: bars.positive.map((v, i) => ({ value: v, itemStyle: { color: colour(i) } })),
        label: { show: true, position: 'top', color: axisText, fontWeight: 'bold', formatter: (p: { dataIndex: number }) => (bars.positive[p.dataIndex] ? text(p.dataIndex) : '') },
      },
      {
        type: 'bar',
        stack: 'waterfall',
        barMaxWidth: 80,
        data: bars.negative.map((v, i) => ({ value: v, itemStyle: { color: colour(i) } })),
        label: { show: true, position: 'bottom', color: axisText, fontWeight: 'bold', formatter: (p: { dataIndex: number }) => (bars.positive[p.dataIndex] ? '' : bars.negative[p.dataIndex] ? text(p.dataIndex) : '') },
      },
    ],
  };
}

export interface MatrixRisk {
  area: string;
  likelihood: number;
  consequence: number;
  score: number;
}

/** Swedish municipal risk matrices colour by score: low (1–4), medium (5–9), high (10–15), very high (16–25). */
export function riskLevel(score: number): 'low' | 'medium' | 'high' | 'veryHigh' {
  return score >= 16 ? 'veryHigh' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}

/** The risks in each cell of the 5×5 matrix, keyed "likelihood-consequence", numbered as in the list. */
export function matrixCells(risks: MatrixRisk[]): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  risks.forEach((r, i) => {
    const key = `${r.likelihood}-${r.consequence}`;
    cells.set(key, [...(cells.get(key) ?? []), i + 1]);
  });
  return cells;
}

/** The 5×5 matrix as a heatmap: consequence across, likelihood up, each risk's number in its cell. */
export function riskMatrixOption(risks: MatrixRisk[], labels: { title: string; likelihood: string; consequence: string; areaName: (area: string) => string }): EChartsCoreOption {
  const cells = matrixCells(risks);
  const data: { value: [number, number, number]; label: { formatter: string } }[] = [];
  for (let l = 1; l <= 5; l++) {
    for (let c = 1; c <= 5; c++) {
      const numbers = cells.get(`${l}-${c}`) ?? [];
      data.push({ value: [c - 1, l - 1, l * c], label: { formatter: numbers.join(', ') } });
    }
  }
  const description = `${labels.title}: ${risks.map((r, i) => `${i + 1}. ${labels.areaName(r.area)}: ${labels.likelihood.toLowerCase()} ${r.likelihood}, ${labels.consequence.toLowerCase()} ${r.consequence}`).join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    // containLabel leaves the axis names out: the left margin holds the rotated y-axis name ("Sannolikhet").
    grid: { left: 30, right: 8, top: 8, bottom: 40, containLabel: true },
    tooltip: { show: false },
    xAxis: { type: 'category', data: ['1', '2', '3', '4', '5'], name: labels.consequence, nameLocation: 'middle', nameGap: 26, nameTextStyle: { color: axisText }, axisLabel: { color: axisText }, splitArea: { show: true } },
    yAxis: { type: 'category', data: ['1', '2', '3', '4', '5'], name: labels.likelihood, nameLocation: 'middle', nameGap: 24, nameTextStyle: { color: axisText }, axisLabel: { color: axisText }, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: [
        { min: 1, max: 4, color: '#c8e6c9' },
        { min: 5, max: 9, color: '#fff59d' },
        { min: 10, max: 15, color: '#ffcc80' },
        { min: 16, max: 25, color: '#ef9a9a' },
      ],
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, color: '#000', fontSize: 14, fontWeight: 'bold' },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
      },
    ],
  };
}

export type SupportState = 'OK' | 'SATURATED' | 'NO_CAPACITY';

/** Waiting time in working hours, or null when the queue grows without bound (never a made-up number). */
export function waitText(state: SupportState, hours: number | null | undefined, words: { unbounded: string; noCapacity: string; hours: string }): string {
  if (state === 'NO_CAPACITY') return words.noCapacity;
  if (state === 'SATURATED' || hours == null) return words.unbounded;
  return `${formatDecimal(Math.round(hours * 10) / 10)} ${words.hours}`;
}
