import type { Flag } from './flag.js';

/**
 * A flag a detector found, before the session gives it an id: kind, the partner it concerns (the only one who
 * sees it), its evidence, and the message that explains it kindly. The process, outcome, authenticity and
 * flooding detectors return these; a session stores one as a {@link Flag} with `id` and `dismissed: false`.
 */
export type FlagFinding = Omit<Flag, 'id' | 'dismissed'>;
