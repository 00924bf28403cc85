// Helpers for tests of input validation: catching the one InputError a public function throws, and listing issues
// one line each so a test can compare them with plain text. Not exported from the package.
import type * as z from 'zod/mini';
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
export function schemaProblems(schema: z.ZodMiniType, value: unknown): string[] {
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

/** A path to a value inside nested objects and arrays, as zod reports it. */
export type ValuePath = readonly (string | number)[];

/** Every path to a value inside `value`, parents before children; the root is the empty path. */
export function pathsIn(value: unknown, path: ValuePath = []): ValuePath[] {
  const found: ValuePath[] = [path];
  if (typeof value !== 'object' || value === null) return found;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : Object.entries(value);
  for (const [key, inner] of entries) found.push(...pathsIn(inner, [...path, key]));
  return found;
}

/** A copy of `value` with the value at `path` replaced by `replacement` (the root itself for the empty path). */
export function withValueAt(value: unknown, path: ValuePath, replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (Array.isArray(value))
    return (value as unknown[]).map((item, index) => (index === key ? withValueAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [key]: withValueAt(record[key], rest, replacement) };
}

/**
 * Whether a problem line (`path: message`, or the message alone) carries zod's own fallback text instead of our words.
 * zod/mini ships no English, so such an issue reads just "Invalid input"; zod's English locale (never loaded) also
 * starts its messages with "Invalid".
 */
export function isZodFallback(line: string): boolean {
  return /(^|: )Invalid/.test(line);
}
