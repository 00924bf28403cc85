// Runs one compiled group of rules over normalised text and reads each match's context.
// Internal: not exported from the package.

import type { CompiledGroup, CompiledRule } from './compileLexicon.js';
import type { TextContext } from './textContext.js';

/** How a group treats negated and reported matches. */
export type ContextPolicy =
  /** Drop a match that is negated or is someone else's words. */
  | 'ownWordsOnly'
  /** Keep every match and say whether it is negated or reported (threats: fail closed). */
  | 'keepAll';

/** One accepted match, with its span in the original text. */
export type GroupMatch = {
  readonly rule: CompiledRule;
  readonly index: number;
  /** First and last normalised token of the match. */
  readonly first: number;
  readonly last: number;
  /** UTF-16 span in the original text, covering whole typed words. */
  readonly start: number;
  readonly end: number;
  readonly negated: boolean;
  readonly reported: boolean;
};

function exceptOverlaps(rule: CompiledRule, text: string, start: number, end: number, from: number): boolean {
  const except = rule.except;
  if (except === null) return false;
  except.lastIndex = from;
  for (let match = except.exec(text); match !== null && match.index < end; match = except.exec(text)) {
    if (match.index + match[0].length > start) return true;
  }
  return false;
}

/** Reads the context of a match of rule `index` spanning normalised offsets `at..stop`; null when dropped. */
function accept(
  context: TextContext,
  group: CompiledGroup,
  index: number,
  at: number,
  stop: number,
  policy: ContextPolicy,
): GroupMatch | null {
  const { normal } = context;
  const rule = group.rules[index];
  const first = context.tokenAt(at);
  const last = context.tokenAt(stop - 1);
  const firstToken = normal.tokens[first];
  const lastToken = normal.tokens[last];
  if (rule === undefined || firstToken === undefined || lastToken === undefined) return null;
  const sentence = normal.tokens[context.sentenceStart(first)]?.at ?? 0;
  if (exceptOverlaps(rule, normal.text, at, stop, sentence)) return null;
  const negated = context.isNegated(first);
  const reported = context.isReported(first, last);
  if (policy === 'ownWordsOnly' && (negated || reported)) return null;
  return { rule, index, first, last, start: firstToken.start, end: lastToken.end, negated, reported };
}

/**
 * Every accepted match of `group` in the context's text, in text order and without overlaps: where two rules
 * match overlapping words, the one starting first wins, then the one listed first.
 */
export function matchGroup(context: TextContext, group: CompiledGroup, policy: ContextPolicy): GroupMatch[] {
  const { text, tokens } = context.normal;
  const found: GroupMatch[] = [];
  group.regexes.forEach((regex, index) => {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const at = match.index;
      const accepted = accept(context, group, index, at, at + match[0].length, policy);
      if (accepted !== null) {
        found.push(accepted);
        continue;
      }
      // A dropped match may hide a shorter or later one of the same rule: go on from the next token.
      const next = tokens[context.tokenAt(at) + 1];
      if (next === undefined) break;
      regex.lastIndex = next.at;
    }
  });
  if (found.length < 2) return found;
  found.sort((x, y) => x.first - y.first || x.index - y.index);
  const kept: GroupMatch[] = [];
  let reach = -1;
  for (const match of found) {
    if (match.first > reach) {
      kept.push(match);
      reach = match.last;
    }
  }
  return kept;
}
