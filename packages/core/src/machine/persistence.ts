import * as z from 'zod/mini';
import { InputError, type InputIssue, issuesFromZod } from '../schemas/inputError.js';
import type { SessionContext } from './context.js';
import { SessionContextSchema } from './contextSchema.js';
import { sessionMachine } from './sessionMachine.js';

// A session is stored as one JSON document that says what it is and which version of the format wrote it:
//
//   { "format": "common-ground/session", "version": 1, "machineVersion"?: "...", "snapshot": { ... } }
//
// `snapshot` is xstate's persisted snapshot (actor.getPersistedSnapshot(): status, state value, history, context).
// The machine is pure (no invoke, no after), so nothing else lives outside it: a pause stores its end time in the
// context and the host's clock decides when it is over (grounding.md §5, xstate issue #4860). Restoring checks every
// part before a single event can reach it: the context against SessionContextSchema, the state value against the
// machine's own states, and the few facts that tie them together. A document from an older version is migrated one
// version at a time through MIGRATIONS. Whatever goes wrong, restoreSession answers with a typed error instead of
// throwing, because the caller's next step must be the cautious one (grounding.md §2.2): no joint work from a session
// that cannot be trusted.

/** The `format` every stored session document carries. */
export const SESSION_FORMAT = 'common-ground/session';

/** The version of the stored session format that {@link serializeSession} writes. */
export const SESSION_FORMAT_VERSION = 1;

/** A session as stored: xstate's persisted snapshot of the session machine, checked field by field. */
export type StoredSessionSnapshot = {
  readonly status: 'active' | 'done';
  readonly value: string | { readonly [state: string]: string };
  /** For each history state (its id), the state nodes it remembers, by id: where a pause returns to. */
  readonly historyValue: { readonly [historyId: string]: readonly { readonly id: string }[] };
  readonly context: SessionContext;
  readonly children: Record<string, never>;
  readonly output: undefined;
  readonly error: undefined;
};

/** Why a stored session could not be restored. */
export type RestoreErrorKind =
  /** Not a stored session at all: not JSON, not an object, another format, or no readable version. */
  | 'corrupt'
  /** A stored session this library cannot read: a newer version, no migration from its version, or another machine version. */
  | 'unknownVersion'
  /** A stored session of a known version whose content is wrong: its context, its state, or the two disagree. */
  | 'invalid';

/** What went wrong restoring a session: the kind, a plain-words message, and for `invalid` each problem by path. */
export type RestoreError = {
  readonly kind: RestoreErrorKind;
  readonly message: string;
  readonly issues?: readonly InputIssue[];
};

/** The outcome of {@link restoreSession}. */
export type RestoreResult =
  | { readonly ok: true; readonly snapshot: StoredSessionSnapshot }
  | { readonly ok: false; readonly error: RestoreError };

// ---------------------------------------------------------------------------------------------------------------
// Migrations

/** A stored document as read from JSON, before it is checked. */
type Document = Record<string, unknown>;

/** Thrown by a migration that cannot carry a document forward; restoreSession turns it into an `invalid` error. */
class MigrationError extends Error {}

// The step names version 0 could hold, spelled out instead of taken from machineStep.ts: a migration reads a format
// that no longer changes, so what it accepts must not move when the machine's states are renamed or added later.
const VERSION_0_STEPS: ReadonlySet<string> = new Set([
  'setup',
  'safetyCheck',
  'checkIn',
  'needs',
  'understanding',
  'options',
  'rating',
  'review',
  'agreement',
]);
const VERSION_0_ENDS: ReadonlySet<string> = new Set(['agreed', 'parked', 'safetyStop', 'exited']);

/**
 * Version 0 is the smallest shape a session could be stored in, `{ format, version: 0, step, context }`: the step by
 * name and the context, nothing else. No release wrote it; it is kept as the worked example of a migration, so the
 * path from an older version is exercised by the tests before a real version 2 needs it. A version 0 document saved
 * during a pause cannot be carried forward, because it did not record where the pause returns to.
 */
function fromVersion0(document: Document): Document {
  const step = document.step;
  if (step === 'pause')
    throw new MigrationError('a version 0 session saved during a pause does not say where to return to');
  if (typeof step !== 'string' || !(VERSION_0_STEPS.has(step) || VERSION_0_ENDS.has(step))) {
    throw new MigrationError('a version 0 session must name its step');
  }
  const ended = VERSION_0_ENDS.has(step);
  return {
    format: SESSION_FORMAT,
    version: 1,
    snapshot: {
      status: ended ? 'done' : 'active',
      value: ended ? step : { flow: step },
      historyValue: {},
      context: document.context,
      children: {},
    },
  };
}

/**
 * How to carry a document from each older version to the next: `MIGRATIONS[n]` turns version `n` into version `n + 1`.
 * A new format version adds one entry here and bumps {@link SESSION_FORMAT_VERSION}; old documents then walk the chain.
 */
const MIGRATIONS: Readonly<Record<number, (document: Document) => Document>> = {
  0: fromVersion0,
};

// ---------------------------------------------------------------------------------------------------------------
// The machine's states, read from the machine itself so the check follows it when states are added

/** The few parts of an xstate state node this file reads. */
type MachineNode = {
  readonly id: string;
  readonly key: string;
  readonly type: string;
  readonly states: Readonly<Record<string, MachineNode>>;
};

const root = sessionMachine.root as unknown as MachineNode;

/** Every state value the machine can rest in (a leaf: atomic or final), as JSON text, with whether it is final. */
function leafValues(): Map<string, { final: boolean }> {
  const leaves = new Map<string, { final: boolean }>();
  const walk = (node: MachineNode, path: readonly string[]) => {
    const children = Object.values(node.states);
    if (node.type === 'history') return;
    if (children.length === 0) {
      // A path such as ['flow', 'needs'] is the value { flow: 'needs' }; a top-level state is its name.
      let value: unknown = path[path.length - 1];
      for (let i = path.length - 2; i >= 0; i -= 1) value = { [path[i] as string]: value };
      leaves.set(JSON.stringify(value), { final: node.type === 'final' });
      return;
    }
    for (const child of children) walk(child, [...path, child.key]);
  };
  walk(root, []);
  return leaves;
}

/** Each history state's id, with the ids of the states it may remember (the leaves below its parent). */
function historyTargets(): Map<string, ReadonlySet<string>> {
  const targets = new Map<string, ReadonlySet<string>>();
  const leavesBelow = (node: MachineNode): string[] => {
    const children = Object.values(node.states).filter((child) => child.type !== 'history');
    return children.length === 0 ? [node.id] : children.flatMap(leavesBelow);
  };
  const walk = (node: MachineNode) => {
    for (const child of Object.values(node.states)) {
      if (child.type === 'history') targets.set(child.id, new Set(leavesBelow(node)));
      else walk(child);
    }
  };
  walk(root);
  return targets;
}

let statesCache: { leaves: Map<string, { final: boolean }>; history: Map<string, ReadonlySet<string>> } | null = null;

function machineStates() {
  statesCache ??= { leaves: leafValues(), history: historyTargets() };
  return statesCache;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a stored snapshot

const StateValueSchema = z.union([z.string(), z.record(z.string(), z.string())], {
  error: 'must be a state of the session machine, such as "pause" or { "flow": "needs" }',
});

const StoredSnapshotShapeSchema = z.object(
  {
    status: z.enum(['active', 'done'], { error: 'must be "active" or "done"' }),
    value: StateValueSchema,
    historyValue: z.record(
      z.string(),
      z.array(
        z.object({ id: z.string({ error: 'must be the id of a state' }) }, { error: 'must be a state, as { id }' }),
        {
          error: 'must be a list of states',
        },
      ),
      { error: 'must map each history state to the states it remembers' },
    ),
    // Checked in full against SessionContextSchema below; here it only has to be there (a missing key would otherwise
    // get zod's bare "Invalid input", as zod/mini carries no English messages).
    context: z.custom<unknown>((value) => value !== undefined, { error: 'is required' }),
    children: z.record(z.string(), z.never({ error: 'the session machine has no child actors' }), {
      error: 'must be an object',
    }),
  },
  { error: 'must be a persisted snapshot of the session machine' },
);

function prefixed(issues: readonly InputIssue[], prefix: string): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path === '' ? prefix : `${prefix}.${issue.path}`,
    message: issue.message,
  }));
}

/**
 * Facts that tie a state to its context, each a single field the machine sets on the way in. A snapshot that breaks
 * one was not written by the machine, and restoring it could skip a safety stop or resume a pause into nowhere.
 */
function consistencyIssues(
  value: string,
  context: SessionContext,
  historyValue: StoredSessionSnapshot['historyValue'],
): InputIssue[] {
  const issues: InputIssue[] = [];
  const stopped = value === '"safetyStop"';
  if (context.safetyStopRequested && !stopped) {
    issues.push({
      path: 'snapshot.context.safetyStopRequested',
      message: 'asks for a safety stop, but the session is not stopped',
    });
  }
  if (stopped && !context.safetyStopRequested) {
    issues.push({ path: 'snapshot.value', message: 'is a safety stop that nothing asked for' });
  }
  if (value === '"pause"') {
    if (context.pause === null)
      issues.push({ path: 'snapshot.context.pause', message: 'must hold the pause while the session is paused' });
    const remembered = Object.values(historyValue).some((nodes) => nodes.length > 0);
    if (!remembered) issues.push({ path: 'snapshot.historyValue', message: 'must say where the pause returns to' });
  }
  if (value === '"agreed"' && context.agreement === null) {
    issues.push({ path: 'snapshot.context.agreement', message: 'must hold the agreement once the session is agreed' });
  }
  if (value === '"parked"' && context.parkedAt === null) {
    issues.push({ path: 'snapshot.context.parkedAt', message: 'must say when the session was parked' });
  }
  return issues;
}

/** Checks a persisted snapshot of the session machine and returns it in the shape xstate restores, or every problem. */
function checkSnapshot(
  raw: unknown,
): { ok: true; snapshot: StoredSessionSnapshot } | { ok: false; issues: InputIssue[] } {
  const shape = StoredSnapshotShapeSchema.safeParse(raw);
  if (!shape.success) return { ok: false, issues: prefixed(issuesFromZod(shape.error.issues), 'snapshot') };
  const { status, value, historyValue } = shape.data;
  const issues: InputIssue[] = [];
  const { leaves, history } = machineStates();
  const valueKey = JSON.stringify(value);
  const leaf = leaves.get(valueKey);
  if (leaf === undefined) {
    issues.push({ path: 'snapshot.value', message: `${valueKey} is not a state of the session machine` });
  } else if (leaf.final !== (status === 'done')) {
    issues.push({
      path: 'snapshot.status',
      message: leaf.final ? 'must be "done" in a final state' : 'must be "active" in a state that is not final',
    });
  }
  for (const [id, nodes] of Object.entries(historyValue)) {
    const allowed = history.get(id);
    if (allowed === undefined) {
      issues.push({ path: `snapshot.historyValue.${id}`, message: 'is not a history state of the session machine' });
      continue;
    }
    nodes.forEach((node, index) => {
      if (!allowed.has(node.id))
        issues.push({
          path: `snapshot.historyValue.${id}[${index}]`,
          message: `"${node.id}" is not a state this history can return to`,
        });
    });
  }
  const context = SessionContextSchema.safeParse(shape.data.context);
  if (!context.success) issues.push(...prefixed(issuesFromZod(context.error.issues), 'snapshot.context'));
  if (issues.length > 0 || !context.success) return { ok: false, issues };
  const consistency = consistencyIssues(valueKey, context.data, historyValue);
  if (consistency.length > 0) return { ok: false, issues: consistency };
  return {
    ok: true,
    snapshot: { status, value, historyValue, context: context.data, children: {}, output: undefined, error: undefined },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The persisted parts of a live or persisted snapshot, with history nodes reduced to their ids and the status read from the state. */
function persistedParts(snapshot: unknown): unknown {
  if (!isDocument(snapshot)) return snapshot;
  const historyValue: Record<string, { id: string }[]> = {};
  if (isDocument(snapshot.historyValue)) {
    for (const [id, nodes] of Object.entries(snapshot.historyValue)) {
      if (Array.isArray(nodes))
        historyValue[id] = nodes.map((node: unknown) => ({ id: isDocument(node) ? String(node.id) : '' }));
    }
  }
  const leaf = machineStates().leaves.get(JSON.stringify(snapshot.value));
  // The session is stored, not the actor's lifecycle: a stopped actor's session is still where it was.
  const status = leaf === undefined ? snapshot.status : leaf.final ? 'done' : 'active';
  return { status, value: snapshot.value, historyValue, context: snapshot.context, children: snapshot.children ?? {} };
}

/**
 * Writes a session actor's snapshot as versioned JSON text, for the host to keep on the device. It holds both
 * partners' private entries, so it must stay on the device (grounding.md §2.2); a session that ended with the quick
 * exit holds nothing either partner entered. Takes `actor.getSnapshot()` or `actor.getPersistedSnapshot()`, and
 * throws `InputError` for anything {@link restoreSession} would not accept back.
 *
 * @example
 * localStorage.setItem('session', serializeSession(actor.getSnapshot()));
 */
export function serializeSession(snapshot: unknown): string {
  let checked: ReturnType<typeof checkSnapshot>;
  try {
    checked = checkSnapshot(persistedParts(snapshot));
  } catch {
    throw new InputError('serializeSession', [
      { path: 'snapshot', message: 'must be the snapshot of a session actor' },
    ]);
  }
  if (!checked.ok) throw new InputError('serializeSession', checked.issues);
  const { status, value, historyValue, context, children } = checked.snapshot;
  const machineVersion = sessionMachine.version;
  return JSON.stringify({
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    ...(machineVersion === undefined ? {} : { machineVersion }),
    snapshot: { status, value, historyValue, context, children },
  });
}

function failure(kind: RestoreErrorKind, message: string, issues?: readonly InputIssue[]): RestoreResult {
  return { ok: false, error: issues === undefined ? { kind, message } : { kind, message, issues } };
}

/**
 * Reads a session written by {@link serializeSession}, migrating an older version, and checks every part of it:
 * the context against `SessionContextSchema`, the state against the machine's states, and that the two agree.
 * It never throws. On success, start the session again with `createActor(sessionMachine, { snapshot })`; it then
 * behaves exactly as the one that was saved. On failure (`corrupt`, `unknownVersion`, `invalid`), take the cautious
 * path: do not resume joint work from it; start a new session, and keep crisis resources in reach.
 *
 * @example
 * const result = restoreSession(localStorage.getItem('session') ?? '');
 * const actor = result.ok ? createActor(sessionMachine, { snapshot: result.snapshot }) : createActor(sessionMachine, { input: {} });
 * actor.start();
 */
export function restoreSession(text: string): RestoreResult {
  try {
    if (typeof text !== 'string') return failure('corrupt', 'A stored session must be text.');
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      return failure('corrupt', 'The stored session is not readable JSON.');
    }
    if (!isDocument(document) || document.format !== SESSION_FORMAT) {
      return failure(
        'corrupt',
        `The stored text is not a Common Ground session (its "format" must be "${SESSION_FORMAT}").`,
      );
    }
    let version = document.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return failure('corrupt', 'The stored session does not say which version wrote it.');
    }
    if (version > SESSION_FORMAT_VERSION) {
      return failure(
        'unknownVersion',
        `The session was saved by a newer version of Common Ground (format ${version}; this one reads up to ${SESSION_FORMAT_VERSION}).`,
      );
    }
    while (version < SESSION_FORMAT_VERSION) {
      const migrate = MIGRATIONS[version];
      if (migrate === undefined)
        return failure('unknownVersion', `There is no way to read a session saved in format version ${version}.`);
      try {
        document = migrate(document as Document);
      } catch (error) {
        const reason = error instanceof MigrationError ? `: ${error.message}` : '';
        return failure(
          'invalid',
          `The session saved in format version ${version} could not be brought up to date${reason}.`,
        );
      }
      version += 1;
    }
    const doc = document as Document;
    const machineVersion = sessionMachine.version;
    if (doc.machineVersion !== undefined && machineVersion !== undefined && doc.machineVersion !== machineVersion) {
      return failure(
        'unknownVersion',
        `The session was saved by session machine version ${JSON.stringify(doc.machineVersion)}; this is version ${machineVersion}.`,
      );
    }
    const checked = checkSnapshot(doc.snapshot);
    if (!checked.ok)
      return failure(
        'invalid',
        'The stored session does not hold a session this machine can continue.',
        checked.issues,
      );
    return { ok: true, snapshot: checked.snapshot };
  } catch {
    // A check that could not run fails closed, like every safety-relevant check (grounding.md §2.2).
    return failure('invalid', 'The stored session could not be checked.');
  }
}
