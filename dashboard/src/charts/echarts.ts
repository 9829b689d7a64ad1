import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Registers only what the dashboard draws. SVG rather than canvas: crisp in exported reports, readable by screen
 * readers through the aria description, and its labels can be checked by the browser tests.
 */
use([BarChart, LineChart, ScatterChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

/** No animation when a browser is driven by tests, so screenshots are stable. */
export const animate = typeof navigator === 'undefined' || !navigator.webdriver;

/** Colours with at least 4.5:1 contrast against white, for text and thin marks. */
export const palette = ['#1f5c99', '#b35900', '#2e7d32', '#8e24aa', '#c62828', '#00695c'] as const;

/** Axis label colour with enough contrast. */
export const axisText = '#333';
