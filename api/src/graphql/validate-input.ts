import { validate, type ValidationError } from 'class-validator';
import { badUserInput } from './errors.js';

/** The path of the first broken constraint, e.g. `input.timeSplit.1.share`, with its message. */
function firstProblem(errors: ValidationError[], path: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = `${path}.${error.property}`;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** Runs the class-validator rules of an input object; the first broken one is BAD_USER_INPUT naming its field. */
export async function validateInput(input: object, path = 'input'): Promise<void> {
  const problem = firstProblem(await validate(input, { forbidUnknownValues: false }), path);
  if (problem) throw badUserInput(problem.field, problem.message);
}
