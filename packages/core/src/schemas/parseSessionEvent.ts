import type * as z from 'zod/mini';
import { isSessionEventType, type ParsedSessionEvent, SESSION_EVENT_TYPES, SessionEventSchemas } from './events.js';
import { formatPath, type InputIssue } from './inputError.js';

// The one place a host turns "something it received" into a session event. It returns a result rather than throwing
// InputError: an event usually comes from a form or a message channel, and a UI wants to show what is wrong beside
// each field without a try/catch on every keystroke. The issues are the same InputIssue records InputError carries,
// so `throw new InputError('my form', result.issues)` turns a failure into the library's one error type.

/** What {@link parseSessionEvent} found: the validated event, or every problem with it by path, in plain words. */
export type SessionEventParseResult =
  | { readonly ok: true; readonly event: ParsedSessionEvent }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

const EXAMPLE = '{ type: "needs.done", partner: "a" }';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` inside `root`, and whether the object that should hold it exists. */
function lookUp(root: unknown, path: readonly PropertyKey[]): { parentExists: boolean; value: unknown } {
  let parent: unknown;
  let current: unknown = root;
  for (const key of path) {
    parent = current;
    if (typeof current !== 'object' || current === null) return { parentExists: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { parentExists: typeof parent === 'object' && parent !== null, value: current };
}

/**
 * Zod's issues as ours. A field that is simply absent always reads "is required", whatever its schema says about
 * wrong values (`partner` says 'must be "a" or "b"'), so a missing partner is told apart from a misspelt one.
 */
function issuesOf(value: unknown, issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const found = issue.path.length > 0 ? lookUp(value, issue.path) : { parentExists: false, value };
    const missing = found.parentExists && found.value === undefined;
    return { path, message: missing ? 'is required' : issue.message };
  });
}

/** The edit distance between two short strings (for "did you mean"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known event type closest to `type`, when it is close enough to be a slip of the keyboard. */
function closestType(type: string): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const known of SESSION_EVENT_TYPES) {
    const d = known.toLowerCase() === type.toLowerCase() ? 0 : distance(known, type);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(type.length / 4)) ? best : null;
}

function typeIssue(type: unknown): InputIssue {
  if (type === undefined) return { path: 'type', message: `is required: every event names its type, as in ${EXAMPLE}` };
  if (typeof type !== 'string')
    return { path: 'type', message: 'must be text naming a session event type, such as "needs.done"' };
  // Long input is cut short so a message never repeats kilobytes of junk back to the user.
  const shown = type.length > 40 ? `${type.slice(0, 40)}…` : type;
  const suggestion = closestType(type);
  return {
    path: 'type',
    message:
      suggestion === null
        ? `"${shown}" is not a session event type`
        : `"${shown}" is not a session event type; did you mean "${suggestion}"?`,
  };
}

/**
 * Checks any value against the session's event schemas ({@link SessionEventSchemas}) and returns the validated event
 * (text trimmed, defaults filled in) or every problem by path, in plain words: an unknown or missing `type`, a missing
 * `partner`, values out of range. It never throws, whatever it is given. A valid event may still be out of place in
 * the session's current step; `snapshot.can(event)` answers that, and the machine ignores it either way.
 *
 * @example
 * const result = parseSessionEvent(JSON.parse(message));
 * if (result.ok) actor.send(result.event);
 * else for (const issue of result.issues) showBeside(issue.path, issue.message);
 *
 * parseSessionEvent({ type: 'rating.set', partner: 'a', optionId: 'option-1', needId: 'rest', value: 11 });
 * // { ok: false, issues: [{ path: 'value', message: 'must be a whole number from 0 to 10' }] }
 */
export function parseSessionEvent(value: unknown): SessionEventParseResult {
  try {
    if (!isPlainObject(value)) {
      return { ok: false, issues: [{ path: '', message: `must be an event object with a type, such as ${EXAMPLE}` }] };
    }
    const type = value.type;
    if (!isSessionEventType(type)) return { ok: false, issues: [typeIssue(type)] };
    const schema: z.ZodMiniType = SessionEventSchemas[type];
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, event: result.data as ParsedSessionEvent };
    return { ok: false, issues: issuesOf(value, result.error.issues) };
  } catch {
    // A proxy or getter that throws while being read: the value cannot be an event we can trust.
    return { ok: false, issues: [{ path: '', message: 'could not be read as an event' }] };
  }
}
