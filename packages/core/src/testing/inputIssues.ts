// Helpers for tests of input validation: catching the one InputError a public function throws, and listing issues
// one line each so a test can compare them with plain text. Not exported from the package.
import type * as z from 'zod';
import { InputError, type InputIssue, issuesFromZod } from '../schemas/inputError.js';

/** The issues of the InputError that `run` throws; fails the test if it throws anything else or nothing. */
export function issuesOf(run: () => unknown): readonly InputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}

/** Issues one line each, `path: message` (the message alone at the root), as an InputError lists them. */
export function issueLines(issues: readonly InputIssue[]): string[] {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
}

/** The problems a schema finds in a value, one line each as an InputError would list them; none when it passes. */
export function schemaProblems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : issueLines(issuesFromZod(result.error.issues));
}

/** The problems `run` reports through an InputError, one line each; none when it returns normally. */
export function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return issueLines(error.issues);
    throw error;
  }
  return [];
}
