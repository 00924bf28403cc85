import { describe, expect, it } from 'vitest';
import { quoteRegions } from './quoteRegions.js';

const quoted = (text: string): string[] => quoteRegions(text).map(([start, end]) => text.slice(start, end));

describe('quoteRegions', () => {
  it('should pair straight and curly double quotes and guillemets', () => {
    expect(quoted('a "b" c “d” e «f»')).toEqual(['"b"', '“d”', '«f»']);
  });

  it('should take single quotes at word edges but not apostrophes inside words', () => {
    expect(quoted("he said 'or else' and don't")).toEqual(["'or else'"]);
    expect(quoted('she said ‘fine’ and it’s ok')).toEqual(['‘fine’']);
  });

  it('should not open a quote at a possessive apostrophe', () => {
    expect(quoted("the kids' room is 'tidy'")).toEqual(["'tidy'"]);
  });

  it('should run an unclosed quote to the end of its line or text', () => {
    expect(quoted('he said "or else\nthen')).toEqual(['"or else']);
    expect(quoted("he said 'or else")).toEqual(["'or else"]);
  });

  it('should merge a quote nested in another', () => {
    expect(quoted('"he said \'go\' now" ok')).toEqual(['"he said \'go\' now"']);
  });

  it('should find no region in text without quotes', () => {
    expect(quoteRegions('nothing here')).toEqual([]);
  });
});
