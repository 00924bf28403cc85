import { describe, expect, it } from 'vitest';
import { invalidPaths } from './validate.js';

describe('invalidPaths', () => {
  it('should find nothing wrong with a valid event', () => {
    expect(invalidPaths({ type: 'setup.submit', names: { a: 'Ana', b: 'Ben' }, topic: 'Sundays' }).size).toBe(0);
  });

  it('should name each field core rejects, as a dotted path a form can match', () => {
    const problems = invalidPaths({ type: 'setup.submit', names: { a: '  ', b: 'Ben' }, topic: '' });
    expect([...problems].sort()).toEqual(['names.a', 'topic']);
  });
});
