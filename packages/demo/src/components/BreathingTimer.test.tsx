import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BreathingTimer, formatDuration } from './BreathingTimer.js';

const CYCLE = [
  { kind: 'in', text: 'In', seconds: 4 },
  { kind: 'hold', text: 'Hold', seconds: 2 },
  { kind: 'out', text: 'Out', seconds: 6 },
] as const;

describe('formatDuration', () => {
  it('should show minutes and seconds, rounding up to the next whole second', () => {
    expect(formatDuration(20 * 60_000)).toBe('20:00');
    expect(formatDuration(61_001)).toBe('1:02');
  });

  it('should add hours for long breaks and never go below zero', () => {
    expect(formatDuration(3 * 3_600_000 + 5_000)).toBe('3:00:05');
    expect(formatDuration(-5_000)).toBe('0:00');
  });
});

describe('BreathingTimer', () => {
  it('should show the cue for where the elapsed time falls in the cycle', () => {
    const at = (ms: number) =>
      renderToStaticMarkup(
        <BreathingTimer label="Breathing" cycle={CYCLE} still="Still" elapsedMs={ms} remaining="x" />,
      );
    expect(at(1_000)).toContain('>In<');
    expect(at(4_500)).toContain('>Hold<');
    expect(at(7_000)).toContain('>Out<');
    expect(at(12_000 + 1_000)).toContain('>In<');
  });

  it('should grow the circle while breathing in and shrink it while breathing out', () => {
    const scale = (ms: number) => {
      const html = renderToStaticMarkup(
        <BreathingTimer label="Breathing" cycle={CYCLE} still="Still" elapsedMs={ms} remaining="x" />,
      );
      return Number(/scale\(([\d.]+)\)/.exec(html)?.[1]);
    };
    expect(scale(1_000)).toBeLessThan(scale(3_000));
    expect(scale(4_500)).toBe(1);
    expect(scale(8_000)).toBeGreaterThan(scale(11_000));
  });

  it('should show the remaining time it is given as a timer', () => {
    const html = renderToStaticMarkup(
      <BreathingTimer label="Breathing" cycle={CYCLE} still="Still" elapsedMs={0} remaining="Time left: 18:00" />,
    );
    expect(html).toContain('role="timer"');
    expect(html).toContain('Time left: 18:00');
  });
});
