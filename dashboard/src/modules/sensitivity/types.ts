/**
 * The shape the panel draws: the `scenarioSensitivity` query's answer (the generated document's type is
 * structurally this), so the panel can be mounted with plain data in component tests.
 */
export type SensitivityResultKind =
  | 'NET_SAVING_SEK'
  | 'SUPPORT_UTILISATION'
  | 'EXPECTED_WAIT_HOURS'
  | 'EQUITY_MEAN_INDEX'
  | 'EQUITY_COEFFICIENT_OF_VARIATION'
  | 'TOTAL_RISK_SCORE';

export interface TornadoRowView {
  assumptionId: string;
  name: string;
  unit: string;
  source: string;
  value: number;
  low: number;
  high: number;
  resultAtLow?: number | null;
  resultAtHigh?: number | null;
  effect: number;
  flips: boolean;
}

export interface TornadoView {
  result: SensitivityResultKind;
  value?: number | null;
  rows: TornadoRowView[];
}

export interface RangeView {
  result: SensitivityResultKind;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unbounded: boolean;
  flips: boolean;
  explanation: string;
}

export interface BreakEvenView {
  assumptionId: string;
  state: string;
  breakEvenValue?: number | null;
  insideRange: boolean;
  explanation: string;
}

export interface SensitivityView {
  summaryYear: number;
  tornadoes: TornadoView[];
  ranges: RangeView[];
  breakEven: BreakEvenView[];
}
