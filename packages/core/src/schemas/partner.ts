import * as z from 'zod/mini';

/** One of the two partners in a session: always `'a'` or `'b'`, never a name. */
export const PartnerIdSchema = z.enum(['a', 'b'], { error: 'must be "a" or "b"' });
export type PartnerId = z.infer<typeof PartnerIdSchema>;

/** The same kind of value held once for each partner. */
export type Pair<T> = { a: T; b: T };

/** Both partner ids, in the fixed order used whenever the code walks over partners. */
export const PARTNERS: readonly PartnerId[] = ['a', 'b'];

/** The other partner. */
export function otherPartner(partner: PartnerId): PartnerId {
  return partner === 'a' ? 'b' : 'a';
}
