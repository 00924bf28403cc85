import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StepProgress } from './StepProgress.js';

const STEPS = ['One', 'Two', 'Three', 'Four'].map((label) => ({ key: label, label }));

describe('StepProgress', () => {
  it('should say where the couple is and how much is left', () => {
    const html = renderToStaticMarkup(<StepProgress steps={STEPS} current={1} />);
    expect(html).toContain('Step 2 of 4: Two');
    expect(html).toContain('2 steps left after this.');
  });

  it('should mark done, current and coming steps in words, and the current one as the step', () => {
    const html = renderToStaticMarkup(<StepProgress steps={STEPS} current={1} />);
    expect(html).toMatch(/is-done.*Done: <\/span>One/);
    expect(html).toMatch(/<li(?=[^>]*is-current)(?=[^>]*aria-current="step")[^>]*>.*Current step: <\/span>Two/);
    expect(html).toMatch(/is-todo.*Still to come: <\/span>Three/);
  });

  it('should show a status instead of a step number outside the steps', () => {
    const html = renderToStaticMarkup(<StepProgress steps={STEPS} current={-1} status="Paused" />);
    expect(html).toContain('<strong>Paused</strong>');
    expect(html).not.toContain('aria-current');
  });
});
