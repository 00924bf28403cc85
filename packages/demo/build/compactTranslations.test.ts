import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { CATALOG_MODULE, compactTranslationsInModule } from './compactTranslations.js';

const CATALOGS = [
  '../../core/src/i18n/messages/care.ts',
  '../../core/src/i18n/messages/fairness.ts',
  '../../core/src/i18n/messages/patterns.ts',
  '../../core/src/i18n/messages/session.ts',
  '../src/i18n/demoMessages.ts',
].map((path) => fileURLToPath(new URL(path, import.meta.url)));

/** The module's JavaScript as the build sees it: types removed. */
async function javaScriptOf(file: string): Promise<string> {
  return (await transformWithOxc(readFileSync(file, 'utf8'), file)).code;
}

/** Runs a module that imports nothing and returns its exports. */
async function load(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<
    string,
    unknown
  >;
}

describe('compactTranslationsInModule', () => {
  it.each(CATALOGS)('should give every export of %s the same ids, texts and order as before', async (file) => {
    expect(CATALOG_MODULE.test(file)).toBe(true);
    const code = await javaScriptOf(file);
    const compacted = compactTranslationsInModule(code);
    expect(compacted).not.toBeNull();
    const before = await load(code);
    const after = await load(compacted ?? '');
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      expect(after[name]).toStrictEqual(before[name]);
      expect(Object.keys(after[name] as object)).toEqual(Object.keys(before[name] as object));
    }
  });

  it('should write the Spanish texts without their ids', async () => {
    const compacted = compactTranslationsInModule(await javaScriptOf(CATALOGS[3] ?? ''));
    const spanish = compacted?.slice(compacted.indexOf('sessionEs')) ?? '';
    expect(spanish).not.toContain('session.paused');
    expect(spanish).toContain('Esta sesión está en pausa por ahora.');
  });

  it('should refuse a Spanish catalog whose ids are in another order, naming the first difference', () => {
    const code = "export const xEn = { 'a': 'A', 'b': 'B' };\nexport const xEs = { 'b': 'Be', 'a': 'A' };\n";
    expect(() => compactTranslationsInModule(code)).toThrow(
      /xEs must list the ids of xEn in the same order.*position 1/,
    );
  });

  it('should refuse a Spanish catalog with an id missing', () => {
    const code = "export const xEn = { 'a': 'A', 'b': 'B' };\nexport const xEs = { 'a': 'A' };\n";
    expect(() => compactTranslationsInModule(code)).toThrow(/position 2 \(b in xEn, nothing in xEs\)/);
  });

  it('should leave alone a module without an English and Spanish pair of plain catalogs', () => {
    expect(compactTranslationsInModule("export const xEn = { 'a': 'A' };\n")).toBeNull();
    expect(
      compactTranslationsInModule("const t = 'A';\nexport const xEn = { a: t };\nexport const xEs = { a: t };\n"),
    ).toBeNull();
  });
});
