/** One line of the breathing cycle: what to do and for how long. */
export type BreathingPhase = { kind: 'in' | 'hold' | 'out'; text: string; seconds: number };

type Props = {
  label: string;
  /** The phases of one breath, in order (core's BREATHING_CYCLE, worded). */
  cycle: readonly BreathingPhase[];
  /** A written instruction for everyone, and the only guide under prefers-reduced-motion. */
  still: string;
  /** Time since the break began, which places the guide in its breathing cycle. */
  elapsedMs: number;
  /** The time left, already worded (for example "Time left: 18 min"). */
  remaining: string;
};

/** Formats a duration as m:ss (or h:mm:ss), never negative. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

const SMALL = 0.6;

/** Where in the cycle `elapsedMs` falls: the phase and how far through it (0 to 1). */
function placeInCycle(cycle: readonly BreathingPhase[], elapsedMs: number) {
  const total = cycle.reduce((sum, phase) => sum + phase.seconds * 1000, 0);
  if (total <= 0) return { phase: cycle[0], progress: 0 };
  let t = ((elapsedMs % total) + total) % total;
  for (const phase of cycle) {
    const length = phase.seconds * 1000;
    if (t < length) return { phase, progress: t / length };
    t -= length;
  }
  return { phase: cycle[cycle.length - 1], progress: 1 };
}

/**
 * A breathing guide: a circle that grows while breathing in, rests, and shrinks while breathing out, with the
 * cue and the time left. It owns no timer: the parent passes the time in (each tick eases the circle along).
 * Under prefers-reduced-motion the stylesheet keeps the circle still and hides the changing cue.
 */
export function BreathingTimer({ label, cycle, still, elapsedMs, remaining }: Props) {
  const { phase, progress } = placeInCycle(cycle, elapsedMs);
  const scale =
    phase === undefined || phase.kind === 'hold'
      ? 1
      : phase.kind === 'in'
        ? SMALL + (1 - SMALL) * progress
        : 1 - (1 - SMALL) * progress;

  return (
    <section className="breathing" aria-label={label}>
      <div className="breathing-stage" aria-hidden="true">
        <div className="breathing-circle" style={{ transform: `scale(${scale.toFixed(3)})` }} />
      </div>
      <p className="breathing-cue" aria-hidden="true">
        {phase?.text ?? ''}
      </p>
      <p className="breathing-still">{still}</p>
      <p className="breathing-remaining" role="timer">
        {remaining}
      </p>
    </section>
  );
}
