import * as z from 'zod/mini';
import { IdSchema, LabelSchema, typeError } from './text.js';
import { wholeNumber } from './wholeNumber.js';

/** The core minimum a need gets when none is given (fairness.md §1.1 suggests 6 on the 0-10 scale). */
export const DEFAULT_CORE_MINIMUM = 6;

/**
 * Something one partner needs from the outcome: its importance as an integer weight from 1 to 5, and whether it is
 * a core need, which an option must rate at least `minimum` (0-10) to be acceptable at all (fairness.md §1.2).
 * `minimum` is kept for every need but only counts when `core` is true.
 */
export const NeedSchema = z.object(
  {
    id: IdSchema,
    label: LabelSchema,
    weight: wholeNumber(1, 5),
    core: z.boolean({ error: typeError('true or false') }),
    minimum: z._default(wholeNumber(0, 10), DEFAULT_CORE_MINIMUM),
    category: z.optional(LabelSchema),
  },
  { error: typeError('an object') },
);
/** A need after validation, with its default minimum filled in. */
export type Need = z.infer<typeof NeedSchema>;
/** A need as an app may write it: `minimum` may be left out. */
export type NeedInput = z.input<typeof NeedSchema>;
