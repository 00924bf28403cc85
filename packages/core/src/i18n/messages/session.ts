// Session messages. Data only: this file imports nothing, so every layer may use its ids.
// Placeholders are written {name} and filled from a message's params.

export const sessionEn = {
  'session.paused': 'This session is paused for now.',
} as const;

/** Spanish: the type requires exactly the English keys, so a missing or extra translation fails typecheck. */
export const sessionEs = {
  'session.paused': 'Esta sesión está en pausa por ahora.',
} satisfies Record<keyof typeof sessionEn, string>;
