import * as z from 'zod/mini';

/** Length bounds shared by every id and label in an input, in UTF-16 code units (JavaScript's `length`). */
export const TEXT_LIMITS = { id: 100, label: 200 } as const;

/**
 * Builds the message for a value of the wrong type, telling a missing value apart from a mistyped one.
 * `expected` completes the sentence "must be ...".
 */
export function typeError(expected: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? 'is required' : `must be ${expected}`);
}

/** A stable identifier chosen by the app: non-empty text of bounded length, compared exactly as written. */
export const IdSchema = z
  .string({ error: typeError('text') })
  .check(
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(TEXT_LIMITS.id, { error: `must be at most ${TEXT_LIMITS.id} characters` }),
  );

/** Words a partner typed to name something; surrounding spaces are removed, and something must remain. */
export const LabelSchema = z.string({ error: typeError('text') }).check(
  // Checks run in order and z.trim() rewrites the value, so it goes first: "  " is then empty.
  z.trim(),
  z.minLength(1, { error: 'must not be empty' }),
  z.maxLength(TEXT_LIMITS.label, { error: `must be at most ${TEXT_LIMITS.label} characters` }),
);
