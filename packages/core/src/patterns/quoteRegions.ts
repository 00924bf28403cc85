// Finds the parts of a text inside quotation marks. Internal: not exported from the package.
//
// Words inside quotes are usually someone else's ("he said 'or else'"), so the detectors treat them as
// reported speech. Double quotes pair up (straight ones toggle); single quotes count only at word edges,
// because the same characters are apostrophes inside words ("don't", "the kids' room").

import { isWordAfter, isWordBefore } from './wordChars.js';

const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const SINGLE_OPEN = new Set(["'", '\u2018', '\u2039', '`']);
const SINGLE_CLOSE = new Set(["'", '\u2019', '\u203A', '\u00B4']);
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);
const INTERESTING = /["\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019\u2039\u203A`\u00B4\n\r\u2028\u2029]/g;

/** A half-open range `[start, end)` of UTF-16 offsets. */
export type Range = readonly [number, number];

/**
 * The quoted ranges of `text`, sorted and merged, each including its quotation marks.
 * A quote still open at a line break or at the end of the text runs to that point, so an unclosed quote
 * ("he said 'or else") still counts as quoted.
 */
export function quoteRegions(text: string): Range[] {
  const found: [number, number][] = [];
  let openDouble = -1;
  let openSingle = -1;
  const closeAll = (at: number): void => {
    if (openDouble >= 0) found.push([openDouble, at]);
    if (openSingle >= 0) found.push([openSingle, at]);
    openDouble = -1;
    openSingle = -1;
  };
  // Jump from one quote or line-break character to the next instead of walking every character.
  INTERESTING.lastIndex = 0;
  for (let hit = INTERESTING.exec(text); hit !== null; hit = INTERESTING.exec(text)) {
    const i = hit.index;
    const ch = hit[0];
    if (LINE_BREAKS.has(ch)) {
      closeAll(i);
    } else if (ch === '"') {
      if (openDouble < 0) openDouble = i;
      else {
        found.push([openDouble, i + 1]);
        openDouble = -1;
      }
    } else if (DOUBLE_OPEN.has(ch)) {
      if (openDouble < 0) openDouble = i;
    } else if (DOUBLE_CLOSE.has(ch)) {
      if (openDouble >= 0) {
        found.push([openDouble, i + 1]);
        openDouble = -1;
      }
    } else if (SINGLE_OPEN.has(ch) || SINGLE_CLOSE.has(ch)) {
      const before = isWordBefore(text, i);
      const after = isWordAfter(text, i + 1);
      if (before && after) continue; // an apostrophe inside a word
      if (openSingle < 0 && SINGLE_OPEN.has(ch) && !before && after) openSingle = i;
      else if (openSingle >= 0 && SINGLE_CLOSE.has(ch) && !after) {
        found.push([openSingle, i + 1]);
        openSingle = -1;
      }
    }
  }
  closeAll(text.length);
  found.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
