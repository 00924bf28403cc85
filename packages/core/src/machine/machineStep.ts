// The names of the session machine's states as one flat step, read from a state value. The machine nests its working
// steps inside `flow` (so a pause can return to exactly where it was), which makes a state value either
// `{ flow: 'needs' }` or a top-level name such as `'pause'`; everything that asks "which step is this?" reads it here.

/** The working steps inside the machine's `flow` state, in the order a session walks them. */
export const FLOW_STEPS = [
  'setup',
  'safetyCheck',
  'checkIn',
  'needs',
  'understanding',
  'options',
  'rating',
  'review',
  'agreement',
] as const;

/** A working step inside `flow`. */
export type FlowStep = (typeof FLOW_STEPS)[number];

/** The machine's final states: where a session ends. */
export const FINAL_STEPS = ['agreed', 'parked', 'safetyStop', 'exited'] as const;

/** A final state of the machine. */
export type FinalStep = (typeof FINAL_STEPS)[number];

/** Where the machine is: a working step, the pause, or a final state. */
export type MachineStep = FlowStep | 'pause' | FinalStep;

const FLOW: ReadonlySet<string> = new Set<string>(FLOW_STEPS);
const TOP: ReadonlySet<string> = new Set<string>(['pause', ...FINAL_STEPS]);

/** The machine's step for a state value such as `{ flow: 'needs' }` or `'pause'`, or null if it is none of ours. */
export function machineStep(value: unknown): MachineStep | null {
  if (typeof value === 'string') return TOP.has(value) ? (value as MachineStep) : null;
  if (typeof value === 'object' && value !== null) {
    const flow = (value as { flow?: unknown }).flow;
    if (typeof flow === 'string' && FLOW.has(flow)) return flow as FlowStep;
  }
  return null;
}
