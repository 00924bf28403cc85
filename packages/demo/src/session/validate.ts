import { parseSessionEvent, type SessionEvent } from '@common-ground/core';

/**
 * The paths (such as `names.a`) that core's `parseSessionEvent` finds wrong in `event`, so a form can mark each
 * field. The wording stays the demo's, in the couple's language; the rule stays core's.
 */
export function invalidPaths(event: SessionEvent): ReadonlySet<string> {
  const result = parseSessionEvent(event);
  return new Set(result.ok ? [] : result.issues.map((issue) => issue.path));
}
