import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_SETTINGS, earliestResumeAt, latestResumeAt, reviewAt } from './settings.js';

const MINUTE = 60_000;

describe('settings', () => {
  it('should be frozen, so no session can change the defaults of another', () => {
    expect(Object.isFrozen(DEFAULT_SESSION_SETTINGS)).toBe(true);
  });

  it('should end the shortest break minBreakMinutes after the pause started', () => {
    expect(earliestResumeAt({ ...DEFAULT_SESSION_SETTINGS, minBreakMinutes: 25 }, 1000)).toBe(1000 + 25 * MINUTE);
  });

  it('should end the longest break maxBreakMinutes after the pause started', () => {
    expect(latestResumeAt(DEFAULT_SESSION_SETTINGS, 0)).toBe(24 * 60 * MINUTE);
  });

  it('should review an agreement reviewAfterDays after it was made', () => {
    expect(reviewAt({ ...DEFAULT_SESSION_SETTINGS, reviewAfterDays: 3 }, 5)).toBe(5 + 3 * 24 * 60 * MINUTE);
  });
});
