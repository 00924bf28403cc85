import * as z from 'zod/mini';
import { PartnerIdSchema } from './partner.js';
import { IdSchema, typeError } from './text.js';
import { wholeNumber } from './wholeNumber.js';

/** How well one option meets one of a partner's own needs, as that partner sees it: a whole number from 0 to 10. */
export const RatingSchema = z.object(
  {
    partner: PartnerIdSchema,
    optionId: IdSchema,
    needId: IdSchema,
    value: wholeNumber(0, 10),
  },
  { error: typeError('an object') },
);
/** One validated rating. */
export type Rating = z.infer<typeof RatingSchema>;
