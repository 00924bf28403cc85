import { type SessionEvent, SessionEventSchemas } from '@common-ground/core';

/**
 * The paths (such as `names.a`) that core's schema for this event finds wrong in `event`, so a form can mark each
 * field. The wording stays the demo's, in the couple's language; the rule stays core's. The demo builds every event
 * itself, so it asks the event's own schema rather than `parseSessionEvent`, whose extra help (a known type for an
 * unknown one, "did you mean") is for events from elsewhere.
 */
export function invalidPaths(event: SessionEvent): ReadonlySet<string> {
  const result = SessionEventSchemas[event.type].safeParse(event);
  return new Set(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')));
}
