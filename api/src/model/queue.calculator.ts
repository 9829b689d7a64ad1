/**
 * Daily pedagogical IT support as an M/M/c queue (Erlang C). Requests arrive at random (Poisson, rate λ), each
 * takes an exponential time (rate μ per server), c servers work in parallel. Utilisation ρ = λ / (cμ). When
 * ρ ≥ 1 no steady state exists: the backlog grows without bound, and the model says "saturated" instead of a number.
 */

export type QueueResult =
  | { state: 'stable'; servers: number; utilisation: number; probabilityOfWait: number; expectedWait: number }
  /** utilisation is null when there is demand but no capacity at all (ρ would be infinite). */
  | { state: 'saturated'; servers: number; utilisation: number | null };

/**
 * Erlang B by its recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)): every step stays in [0, 1], so it is
 * numerically stable for thousands of servers, unlike the textbook sum of aᵏ/k! terms.
 */
export function erlangB(servers: number, offeredLoad: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/** Erlang C from Erlang B: C = B / (1 − ρ(1 − B)); valid for ρ = a/c < 1. */
export function erlangC(servers: number, offeredLoad: number): number {
  const rho = offeredLoad / servers;
  const b = erlangB(servers, offeredLoad);
  return b / (1 - rho * (1 - b));
}

/** M/M/c with arrival rate λ and service rate μ per server, in any one time unit; the wait is in that unit. */
export function mmc(arrivalRate: number, serviceRatePerServer: number, servers: number): QueueResult {
  if (arrivalRate <= 0) return { state: 'stable', servers, utilisation: 0, probabilityOfWait: 0, expectedWait: 0 };
  if (servers <= 0 || serviceRatePerServer <= 0) return { state: 'saturated', servers, utilisation: null };
  const capacity = servers * serviceRatePerServer;
  const utilisation = arrivalRate / capacity;
  if (utilisation >= 1) return { state: 'saturated', servers, utilisation };
  const probabilityOfWait = erlangC(servers, arrivalRate / serviceRatePerServer);
  return { state: 'stable', servers, utilisation, probabilityOfWait, expectedWait: probabilityOfWait / (capacity - arrivalRate) };
}

export interface SupportQueueInput {
  /** Requests the central unit receives per year. */
  requestsPerYear: number;
  hoursPerRequest: number;
  /** FTE working in pedagogical support (Σ post FTE × share of time). */
  supportFte: number;
  /** Productive hours per FTE-year: the hours the service is staffed, the queue's clock. */
  productiveHoursPerFte: number;
}

export interface SupportServiceLevel {
  demandHours: number;
  capacityHours: number;
  queue: QueueResult;
}

/**
 * The clock is the service's staffed hours (a year = productiveHoursPerFte hours), so waits are in working hours.
 * c = ⌈support FTE⌉ people share the capacity equally, each at μ = (FTE / c) / hours per request; then
 * cμ · hours per request · productive hours = capacity hours, and ρ = demand hours / capacity hours exactly.
 */
export function supportServiceLevel(input: SupportQueueInput): SupportServiceLevel {
  const { requestsPerYear, hoursPerRequest, supportFte, productiveHoursPerFte } = input;
  const demandHours = requestsPerYear * hoursPerRequest;
  const capacityHours = supportFte * productiveHoursPerFte;
  const servers = supportFte > 0 ? Math.ceil(supportFte - 1e-9) : 0;
  const lambda = requestsPerYear / productiveHoursPerFte;
  const mu = servers > 0 ? supportFte / servers / hoursPerRequest : 0;
  return { demandHours, capacityHours, queue: mmc(lambda, mu, servers) };
}
