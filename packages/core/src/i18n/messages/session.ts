// Session messages. Data only: this file imports nothing, so every layer may use its ids.
// Placeholders are written {name} and filled from a message's params.

export const sessionEn = {
  // What the other partner sees during a safety stop: neutral, no who or why (grounding §2.2).
  'session.paused': 'This session is paused for now.',
  // The status quo option when setup gave no description of it.
  'session.option.statusQuo': 'Keep things as they are',
  // Needs and ratings stay private until both partners are done.
  'session.needs.private': 'Your needs stay private until both of you have finished.',
  'session.needs.waiting': 'Your partner is still naming their needs.',
  'session.ratings.private': 'Your ratings stay private until both of you have finished.',
  'session.ratings.waiting': 'Your partner is still rating the options.',
  // The Rapoport loop (grounding §1.10).
  'session.understanding.listen':
    'Put your own view aside for a moment. In your own words, say what your partner needs and why it makes sense to them.',
  'session.understanding.askAgain': 'Not quite yet. Ask what you missed, then try saying it again in your own words.',
  'session.understanding.done': 'You both feel understood. Now you can look for options together.',
  // Review and agreement (grounding §1.12, §1.13).
  'session.review.noAssessment':
    'There is no fair comparison to show this time. You can change your needs or your options, or set the topic aside for now.',
  'session.agreement.waiting': 'Waiting for your partner to answer.',
  'session.agreement.notYet':
    'Not agreed yet. That is all right: you are back at the review and can look at the options again.',
  'session.agreement.temporary':
    'You agreed to try this as a temporary compromise. Look at it together again on {date}.',
  'session.parked':
    'You set this topic aside for now. Some topics take more than one conversation, and it is fine to come back to it later.',
} as const;

/** Spanish: the type requires exactly the English keys, so a missing or extra translation fails typecheck. */
export const sessionEs = {
  'session.paused': 'Esta sesión está en pausa por ahora.',
  'session.option.statusQuo': 'Dejar las cosas como están',
  'session.needs.private': 'Tus necesidades son privadas hasta que ambos terminen.',
  'session.needs.waiting': 'Tu pareja todavía está nombrando sus necesidades.',
  'session.ratings.private': 'Tus calificaciones son privadas hasta que ambos terminen.',
  'session.ratings.waiting': 'Tu pareja todavía está calificando las opciones.',
  'session.understanding.listen':
    'Deja tu propio punto de vista a un lado por un momento. Con tus palabras, di lo que necesita tu pareja y por qué tiene sentido para ella.',
  'session.understanding.askAgain':
    'Todavía no del todo. Pregunta qué se te escapó y vuelve a decirlo con tus palabras.',
  'session.understanding.done': 'Ambos se sienten comprendidos. Ahora pueden buscar opciones juntos.',
  'session.review.noAssessment':
    'Esta vez no hay una comparación justa que mostrar. Pueden cambiar sus necesidades o sus opciones, o dejar el tema para más adelante.',
  'session.agreement.waiting': 'Esperando la respuesta de tu pareja.',
  'session.agreement.notYet':
    'Todavía no hay acuerdo. Está bien: volvieron a la revisión y pueden mirar las opciones otra vez.',
  'session.agreement.temporary':
    'Acordaron probar esto como un compromiso temporal. Revísenlo juntos de nuevo el {date}.',
  'session.parked':
    'Dejaron este tema a un lado por ahora. Algunos temas necesitan más de una conversación, y está bien retomarlo más adelante.',
} satisfies Record<keyof typeof sessionEn, string>;
