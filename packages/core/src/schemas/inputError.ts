import type * as z from 'zod/mini';

/** One problem found in an input: where it is (a path such as `options[2].id`) and what is wrong, in plain words. */
export type InputIssue = { path: string; message: string };

/**
 * The one error type every public function of `@common-ground/core` throws for bad input.
 * It lists every problem at once, each with its path, so a form can show them beside their fields.
 *
 * @example
 * try { assessOptions(input) } catch (error) {
 *   if (error instanceof InputError) for (const issue of error.issues) console.log(issue.path, issue.message);
 * }
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly issues: readonly InputIssue[];

  constructor(where: string, issues: readonly InputIssue[]) {
    super(
      `${where}: ${issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ')}`,
    );
    this.issues = issues;
  }
}

/** Formats a zod path such as `['options', 2, 'id']` as `options[2].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** Turns zod issues into our own, keeping their order. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Parses `value` with `schema` and returns the typed result, or throws one {@link InputError} naming every problem.
 * `where` names the public function, so the message says which call was wrong.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(where, issuesFromZod(result.error.issues));
  return result.data;
}
