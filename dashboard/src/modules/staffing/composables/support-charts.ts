import type { EChartsCoreOption } from 'echarts/core';
import { animate, axisText, palette } from '../../../charts/echarts';
import { formatFte } from '../../../format';

export interface PostSplit {
  title: string;
  fte: number;
  timeSplit: { serviceAreaCode: string; share: number }[];
}

export interface AreaRef {
  code: string;
  title: string;
}

/**
 * FTE per service area and post: post × area = the post's FTE × its share of time there (two decimals). Rows follow
 * the given areas, columns the posts; a post without time in an area gives 0.
 */
export function fteByAreaAndPost(areas: AreaRef[], posts: PostSplit[]): number[][] {
  return areas.map((area) =>
    posts.map((post) => {
      const share = post.timeSplit.find((s) => s.serviceAreaCode === area.code)?.share ?? 0;
      return Math.round(post.fte * share * 100) / 100;
    }),
  );
}

/** Time per service area as a stacked horizontal bar: one series per post, so each bar shows who does the work. */
export function timeSplitOption(areas: AreaRef[], posts: PostSplit[], title: string, fteUnit: string): EChartsCoreOption {
  const matrix = fteByAreaAndPost(areas, posts);
  const reversedAreas = [...areas].reverse();
  const reversedRows = [...matrix].reverse();
  const description = `${title}: ${areas
    .map((a, i) => `${a.title} ${formatFte(matrix[i]?.reduce((x, y) => x + y, 0) ?? 0)} ${fteUnit}`)
    .join('; ')}.`;
  return {
    animation: animate,
    aria: { enabled: true, label: { description } },
    color: [...palette],
    legend: { bottom: 0, textStyle: { color: axisText } },
    grid: { left: 8, right: 24, top: 8, bottom: 64, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => `${formatFte(Number(v))} ${fteUnit}` },
    xAxis: { type: 'value', name: fteUnit, nameLocation: 'middle', nameGap: 24, nameTextStyle: { color: axisText }, axisLabel: { color: axisText, formatter: (v: number) => formatFte(v) } },
    yAxis: { type: 'category', data: reversedAreas.map((a) => a.title), axisLabel: { color: axisText, width: 200, overflow: 'truncate' } },
    series: posts.map((post, p) => ({
      name: post.title,
      type: 'bar',
      stack: 'fte',
      barMaxWidth: 26,
      data: reversedRows.map((row) => row[p] ?? 0),
    })),
  };
}
