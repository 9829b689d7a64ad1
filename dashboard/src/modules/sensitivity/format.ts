import { formatTkr } from '../../format';
import type { SensitivityResultKind } from './types';

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const decimals = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: n });
const two = decimals(2);
const three = decimals(3);
const one = decimals(1);

/** A key result in Swedish format: money in tkr, utilisation in percent, hours with a decimal comma. */
export function formatResult(kind: SensitivityResultKind, value: number): string {
  switch (kind) {
    case 'NET_SAVING_SEK':
      return formatTkr(value);
    case 'SUPPORT_UTILISATION':
      return percent.format(value);
    case 'EXPECTED_WAIT_HOURS':
      return `${(value < 1 ? two : one).format(value)} h`;
    case 'TOTAL_RISK_SCORE':
      return decimals(0).format(value);
    default:
      return three.format(value);
  }
}

/** An assumption's value with up to two decimals: `1,5`, `42 000`. */
export function formatAssumption(value: number): string {
  return two.format(value);
}
