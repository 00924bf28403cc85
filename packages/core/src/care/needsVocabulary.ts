import * as z from 'zod/mini';
import type { Catalog } from '../i18n/index.js';
import type { CareMessageId } from '../i18n/messages/care.js';
import { parseInput } from '../schemas/inputError.js';

// Written in-house (the CNVC inventory carries no open licence; docs/concepts.md, "Needs, not strategies"). Each entry is a universal need:
// it names no person, action or object, so it can be met in more than one way (docs/concepts.md, "Needs, not strategies").
const NEEDS_BY_CATEGORY = {
  connection: [
    'closeness',
    'beingHeard',
    'affection',
    'belonging',
    'trust',
    'appreciation',
    'companionship',
    'beingUnderstood',
  ],
  autonomy: ['choice', 'privacy', 'independence', 'selfExpression', 'ownPace', 'timeToMyself'],
  rest: ['sleep', 'quiet', 'downtime', 'recovery', 'ease', 'unhurriedTime'],
  security: ['safety', 'stability', 'predictability', 'dependability', 'reassurance', 'aSafeHome'],
  fairness: ['balance', 'reciprocity', 'sharedLoad', 'equalSay', 'consideration', 'recognition', 'honesty'],
  meaning: ['purpose', 'growth', 'contribution', 'learning', 'livingMyValues', 'hope', 'creativity'],
  play: ['fun', 'humour', 'adventure', 'spontaneity', 'lightness', 'celebration'],
  physicalWellbeing: ['health', 'movement', 'nourishment', 'physicalComfort', 'touch', 'energy'],
} as const;

/** The categories of the needs vocabulary, in the order a picker shows them. */
export const NEED_CATEGORY_IDS = [
  'connection',
  'autonomy',
  'rest',
  'security',
  'fairness',
  'meaning',
  'play',
  'physicalWellbeing',
] as const satisfies readonly (keyof typeof NEEDS_BY_CATEGORY)[];

/** One category of the needs vocabulary, such as `connection` or `rest`. */
export const NeedCategoryIdSchema = z.enum(NEED_CATEGORY_IDS, {
  error: `must be one of the need categories: ${NEED_CATEGORY_IDS.join(', ')}`,
});
export type NeedCategoryId = z.infer<typeof NeedCategoryIdSchema>;

/** The stable id of a need in the vocabulary, such as `beingHeard`; unique across all categories. */
export type VocabularyNeedId = (typeof NEEDS_BY_CATEGORY)[NeedCategoryId][number];

/** A need from the vocabulary: its stable id, its category, and the message id of its label. */
export type VocabularyNeed = {
  readonly id: VocabularyNeedId;
  readonly category: NeedCategoryId;
  readonly messageId: CareMessageId;
};

/** A category of needs with the message id of its label and its needs in order. */
export type NeedCategory = {
  readonly id: NeedCategoryId;
  readonly messageId: CareMessageId;
  readonly needs: readonly VocabularyNeed[];
};

function needMessageId(id: VocabularyNeedId): CareMessageId {
  return `care.needs.need.${id}`;
}

function categoryMessageId(id: NeedCategoryId): CareMessageId {
  return `care.needs.category.${id}`;
}

/** The whole needs vocabulary: eight categories of six to eight needs each, in display order. */
export const NEEDS_VOCABULARY: readonly NeedCategory[] = NEED_CATEGORY_IDS.map((category) => ({
  id: category,
  messageId: categoryMessageId(category),
  needs: NEEDS_BY_CATEGORY[category].map((id: VocabularyNeedId) => ({ id, category, messageId: needMessageId(id) })),
}));

const ALL_NEEDS: readonly VocabularyNeed[] = NEEDS_VOCABULARY.flatMap((category) => category.needs);

/** Every need id in the vocabulary, in display order. */
export const VOCABULARY_NEED_IDS = ALL_NEEDS.map((need) => need.id) as readonly VocabularyNeedId[];

/** A need id from the vocabulary. */
export const VocabularyNeedIdSchema = z.enum(VOCABULARY_NEED_IDS as [VocabularyNeedId, ...VocabularyNeedId[]], {
  error: 'must be a need id from the needs vocabulary',
});

/** The short text that explains what a need is, shown above the vocabulary. */
export const NEEDS_INTRO: CareMessageId = 'care.needs.intro';

/**
 * The needs of the vocabulary whose label (or whose category's label) contains the query in the given catalog,
 * ignoring case and accents, in display order; an empty query returns every need. Throws {@link InputError} for a
 * query that is not a string or a catalog that is not an object of strings.
 *
 * @example
 * searchNeeds('escuch', es).map((need) => need.id); // ['beingHeard']
 */
export function searchNeeds(query: string, catalog: Catalog): readonly VocabularyNeed[] {
  const text = fold(parseInput(z.string({ error: 'must be text' }), query, 'searchNeeds'));
  const labels = parseInput(
    z.record(z.string(), z.string({ error: 'must be text' }), { error: 'must be a catalog of texts' }),
    catalog,
    'searchNeeds',
  );
  if (text === '') return ALL_NEEDS;
  const matches = (id: string) => fold(labels[id] ?? '').includes(text);
  return ALL_NEEDS.filter((need) => matches(need.messageId) || matches(categoryMessageId(need.category)));
}

// Lower case without accents, so "proposito" finds "Propósito" and "heard" finds "Being heard".
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
