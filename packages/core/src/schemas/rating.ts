import * as z from 'zod';
import { PartnerIdSchema } from './partner.js';
import { IdSchema, typeError } from './text.js';

/** How well one option meets one of a partner's own needs, as that partner sees it: a whole number from 0 to 10. */
export const RatingSchema = z.object(
  {
    partner: PartnerIdSchema,
    optionId: IdSchema,
    needId: IdSchema,
    value: z
      .int({ error: typeError('a whole number from 0 to 10') })
      .min(0, { error: 'must be a whole number from 0 to 10' })
      .max(10, { error: 'must be a whole number from 0 to 10' }),
  },
  { error: typeError('an object') },
);
/** One validated rating. */
export type Rating = z.infer<typeof RatingSchema>;
