/**
 * Training throughput in the national digital-competence modules (sub-goal 1.3). Trainers' FTE in TRAINING
 * trains `teachersPerTrainerFtePerYear` teachers per FTE-year; each year a share of trained teachers is replaced
 * by untrained ones (turnover). Trained teachers follow x(n) = x(n−1)·(1 − d) + p, whose fixed point p/d is the
 * most the programme can sustain.
 */

export interface TrainingInput {
  teachers: number;
  /** Teachers who have completed the modules at the start of the year. */
  trainedAtStart: number;
  trainingFte: number;
  teachersPerTrainerFtePerYear: number;
  turnoverShare: number;
  targetShare: number;
}

export interface TrainingResult {
  teachers: number;
  trainedPerYear: number;
  trainedAtStart: number;
  trainedAtEnd: number;
  trainedShareAtEnd: number;
  targetTeachers: number;
  /** Years from the start of this year until the target is reached; 0 when reached, null when never (throughput below turnover). */
  yearsToTarget: number | null;
}

export function trainingYear(input: TrainingInput): TrainingResult {
  const { teachers, trainedAtStart, trainingFte, teachersPerTrainerFtePerYear: perFte, turnoverShare: d, targetShare } = input;
  const p = trainingFte * perFte;
  const start = Math.min(trainedAtStart, teachers);
  const end = Math.min(teachers, start * (1 - d) + p);
  const target = targetShare * teachers;
  return {
    teachers,
    trainedPerYear: p,
    trainedAtStart: start,
    trainedAtEnd: end,
    trainedShareAtEnd: teachers > 0 ? end / teachers : 0,
    targetTeachers: target,
    yearsToTarget: yearsToTarget(start, target, p, d),
  };
}

/** Smallest n ≥ 0 (fractional) with x(n) ≥ target; null when x(n) never gets there. */
export function yearsToTarget(x0: number, target: number, p: number, d: number): number | null {
  if (x0 >= target) return 0;
  if (p <= 0) return null;
  if (d <= 0) return (target - x0) / p;
  const fixed = p / d;
  if (fixed <= target) return null;
  // x(n) = x* + (x0 − x*)(1 − d)ⁿ  ⇒  n = ln((target − x*) / (x0 − x*)) / ln(1 − d)
  return Math.log((target - fixed) / (x0 - fixed)) / Math.log(1 - d);
}
