import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { FINAL_STEPS, FLOW_STEPS, machineStep } from './machineStep.js';
import { sessionMachine } from './sessionMachine.js';

/** The names of a state node's children, history states left out, optionally only those of one type. */
function stateNames(node: AnyStateNode, type?: string): string[] {
  return Object.values(node.states)
    .filter((child) => child.type !== 'history' && (type === undefined || child.type === type))
    .map((child) => child.key);
}

describe('machineStep', () => {
  it('should list the working steps exactly as the states inside flow, in the order of the session', () => {
    const flow = sessionMachine.root.states.flow;

    expect(flow).toBeDefined();
    expect(stateNames(flow as AnyStateNode)).toEqual([...FLOW_STEPS]);
  });

  it("should list the final steps exactly as the machine's final states", () => {
    expect(stateNames(sessionMachine.root, 'final').sort()).toEqual([...FINAL_STEPS].sort());
  });

  it('should read a working step from inside flow', () => {
    for (const step of FLOW_STEPS) expect(machineStep({ flow: step })).toBe(step);
  });

  it('should read the pause and the final states from their top-level names', () => {
    for (const step of ['pause', ...FINAL_STEPS]) expect(machineStep(step)).toBe(step);
  });

  it('should answer null for anything that is not a state of the session machine', () => {
    for (const value of ['flow', 'needs', 'nowhere', { flow: 'nowhere' }, { flow: 'pause' }, { pause: 'needs' }, {}]) {
      expect(machineStep(value)).toBeNull();
    }
    for (const value of [null, undefined, 42, [], ['needs']]) expect(machineStep(value)).toBeNull();
  });
});
