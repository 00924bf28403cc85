import type { MessageId } from '../i18n/index.js';
import { InputError } from '../schemas/inputError.js';
import type { CompiledLexicon } from './compileLexicon.js';
import { NEED_HINT_MESSAGES } from './compileLexicon.js';
import {
  compileDefaultLexicons,
  type DetectOptions,
  MAX_TEXT_LENGTH,
  resolveLexicons,
  textIssues,
} from './detectLanguagePatterns.js';
import { matchGroup } from './matchGroup.js';
import { normalizeTokens, scanText } from './normalize.js';
import type { NeedHintKind } from './patternLexicon.js';
import { TextContext } from './textContext.js';

/** Options of {@link needHint}: the lexicons whose `needHints` are used (English and Spanish by default). */
export type NeedHintOptions = Pick<DetectOptions, 'lexicons'>;

/**
 * A gentle hint when a need label reads as a strategy or a demand on the partner rather than a need, per
 * Nonviolent Communication (grounding §1.16: a need names no particular person, action, object or time).
 * Returns the hint's message id, or null when the label reads as a need. A hint, never a block: the need is
 * kept as typed. A demand ("I need you to call me", "you should stop...") wins over a strategy ("a new car",
 * "dinner out every Friday"); negated and reported words give no hint ("I don't need you to fix it").
 *
 * @throws {InputError} when `label` is not a string or is longer than MAX_TEXT_LENGTH, or a lexicon is malformed.
 * @example
 * needHint('You need to call me every day'); // 'patterns.needHint.demand'
 * needHint('Feeling heard');                 // null
 */
export function needHint(label: string, options?: NeedHintOptions): MessageId | null {
  const where = 'needHint';
  const issues = textIssues(label, 'label');
  if (issues.length > 0) throw new InputError(where, issues);
  const { lexicons } = resolveLexicons(options, where);
  return findNeedHint(label, lexicons);
}

/**
 * Internal: input already validated. The work of {@link needHint} on a label, with compiled lexicons (the
 * built-in ones when left out). The length limit is checked again, because no type carries it.
 */
export function findNeedHint(
  label: string,
  lexicons: readonly CompiledLexicon[] = compileDefaultLexicons('needHint'),
): MessageId | null {
  if (label.length > MAX_TEXT_LENGTH) throw new InputError('needHint', textIssues(label, 'label'));
  const scanned = scanText(label);
  let found: NeedHintKind | null = null;
  for (const lexicon of lexicons) {
    const group = lexicon.needHints;
    if (group === null) continue;
    const context = new TextContext(normalizeTokens(scanned, lexicon.spellings), lexicon);
    for (const match of matchGroup(context, group, 'ownWordsOnly')) {
      const kind = lexicon.needHintKinds[match.index] ?? 'strategy';
      if (kind === 'demand') return NEED_HINT_MESSAGES.demand;
      found = kind;
    }
  }
  return found === null ? null : NEED_HINT_MESSAGES[found];
}
