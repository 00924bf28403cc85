// Patterns messages. Data only: this file imports nothing, so every layer may use its ids.
// Placeholders are written {name} and filled from a message's params.

export const patternsEn = {} as const;

/** Spanish: the type requires exactly the English keys, so a missing or extra translation fails typecheck. */
export const patternsEs = {} satisfies Record<keyof typeof patternsEn, string>;
