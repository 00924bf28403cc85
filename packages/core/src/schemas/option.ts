import * as z from 'zod/mini';
import { IdSchema, LabelSchema, typeError } from './text.js';

/**
 * A candidate resolution the partners could agree on. Exactly one option of an assessment is the status quo
 * ("we change nothing"): it is rated like the others and every gain is measured from it (fairness.md §1.3).
 */
export const OptionSchema = z.object(
  {
    id: IdSchema,
    label: LabelSchema,
    statusQuo: z._default(z.boolean({ error: typeError('true or false') }), false),
  },
  { error: typeError('an object') },
);
/** An option after validation, with `statusQuo` filled in. */
export type Option = z.infer<typeof OptionSchema>;
/** An option as an app may write it: `statusQuo` may be left out. */
export type OptionInput = z.input<typeof OptionSchema>;
