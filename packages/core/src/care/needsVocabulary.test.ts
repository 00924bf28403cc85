import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Catalog, en, es } from '../i18n/index.js';
import { InputError } from '../schemas/inputError.js';
import { problemsOf } from '../testing/inputIssues.js';
import {
  NEED_CATEGORY_IDS,
  NEEDS_INTRO,
  NEEDS_VOCABULARY,
  NeedCategoryIdSchema,
  searchNeeds,
  VOCABULARY_NEED_IDS,
  VocabularyNeedIdSchema,
} from './needsVocabulary.js';

const allNeeds = NEEDS_VOCABULARY.flatMap((category) => category.needs);

describe('NEEDS_VOCABULARY', () => {
  it('should list the eight categories in display order', () => {
    expect(NEEDS_VOCABULARY.map((category) => category.id)).toEqual([...NEED_CATEGORY_IDS]);
    expect(NEED_CATEGORY_IDS).toHaveLength(8);
  });

  it('should give each category six to eight needs', () => {
    for (const category of NEEDS_VOCABULARY) {
      expect(category.needs.length).toBeGreaterThanOrEqual(6);
      expect(category.needs.length).toBeLessThanOrEqual(8);
      expect(category.needs.every((need) => need.category === category.id)).toBe(true);
    }
  });

  it('should use every need id and every message id only once', () => {
    expect(new Set(VOCABULARY_NEED_IDS).size).toBe(VOCABULARY_NEED_IDS.length);
    const messageIds = [
      ...NEEDS_VOCABULARY.map((category) => category.messageId),
      ...allNeeds.map((need) => need.messageId),
    ];
    expect(new Set(messageIds).size).toBe(messageIds.length);
  });

  it('should keep need ids distinct from category ids, so the two can never be confused', () => {
    const categories = new Set<string>(NEED_CATEGORY_IDS);
    expect(VOCABULARY_NEED_IDS.filter((id) => categories.has(id))).toEqual([]);
  });

  it('should have every label in both languages, distinct within each language', () => {
    for (const catalog of [en, es]) {
      const labels = allNeeds.map((need) => catalog[need.messageId].trim());
      expect(labels.every((label) => label !== '')).toBe(true);
      expect(new Set(labels.map((label) => label.toLowerCase())).size).toBe(labels.length);
      for (const category of NEEDS_VOCABULARY) expect(catalog[category.messageId].trim()).not.toBe('');
    }
    expect(en[NEEDS_INTRO].trim()).not.toBe('');
    expect(es[NEEDS_INTRO].trim()).not.toBe('');
  });

  it('should name no partner in a need, since a need that names a person is a strategy', () => {
    for (const need of allNeeds) expect(en[need.messageId]).not.toMatch(/\b(you|your|he|she|they|him|her|them)\b/i);
  });
});

describe('NeedCategoryIdSchema and VocabularyNeedIdSchema', () => {
  it('should accept every listed id', () => {
    for (const id of NEED_CATEGORY_IDS) expect(NeedCategoryIdSchema.parse(id)).toBe(id);
    for (const id of VOCABULARY_NEED_IDS) expect(VocabularyNeedIdSchema.parse(id)).toBe(id);
  });

  test.prop([fc.string().filter((value) => !(NEED_CATEGORY_IDS as readonly string[]).includes(value))])(
    'should reject any other category id with a message listing the categories',
    (value) => {
      const result = NeedCategoryIdSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        `must be one of the need categories: ${NEED_CATEGORY_IDS.join(', ')}`,
      );
    },
  );

  it('should reject a need id used as a category', () => {
    expect(NeedCategoryIdSchema.safeParse('closeness').success).toBe(false);
    expect(VocabularyNeedIdSchema.safeParse('connection').success).toBe(false);
  });
});

describe('searchNeeds', () => {
  it('should return every need for an empty query', () => {
    expect(searchNeeds('  ', en)).toEqual(allNeeds);
  });

  it('should find a need by part of its label, ignoring case and accents', () => {
    expect(searchNeeds('HEARD', en).map((need) => need.id)).toEqual(['beingHeard']);
    expect(searchNeeds('proposito', es).map((need) => need.id)).toEqual(['purpose']);
  });

  it('should find the needs of a category by the category label', () => {
    const rest = NEEDS_VOCABULARY.find((category) => category.id === 'rest');
    expect(searchNeeds('descanso', es).map((need) => need.id)).toEqual(rest?.needs.map((need) => need.id));
  });

  it('should use the catalog it is given', () => {
    const custom = { ...en, 'care.needs.need.quiet': 'Stillness' } as Catalog;
    expect(searchNeeds('stillness', custom).map((need) => need.id)).toEqual(['quiet']);
    expect(searchNeeds('stillness', en)).toEqual([]);
  });

  test.prop([fc.string()])('should return only needs whose label or category label contains the query', (query) => {
    const folded = query.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
    for (const need of searchNeeds(query, en)) {
      const labels = `${en[need.messageId]}\n${en[`care.needs.category.${need.category}`]}`;
      expect(labels.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toContain(folded);
    }
  });

  it('should throw InputError for a query that is not text', () => {
    expect(() => searchNeeds(42 as unknown as string, en)).toThrow(InputError);
    expect(() => searchNeeds('rest', null as unknown as Catalog)).toThrow(InputError);
  });

  it('should name a catalog entry that is not text', () => {
    expect(problemsOf(() => searchNeeds('rest', { ...en, 'care.needs.intro': 4 } as unknown as Catalog))).toEqual([
      'care.needs.intro: must be text',
    ]);
  });
});
