import * as z from 'zod/mini';
import { typeError } from './text.js';

/**
 * A whole number from `min` to `max` (both included), as the scales a partner answers on are: a rating 0-10, a weight
 * 1-5. Every wrong value gets the one plain-words message that names the range, and a missing one "is required".
 */
export function wholeNumber(min: number, max: number) {
  const range = `a whole number from ${min} to ${max}`;
  return z
    .int({ error: typeError(range) })
    .check(z.minimum(min, { error: `must be ${range}` }), z.maximum(max, { error: `must be ${range}` }));
}
