// Catalog modules (core's i18n/messages/*.ts, the demo's demoMessages.ts) declare each language as an object keyed by
// message id: `export const careEn = {...}`, then `export const careEs = {...}` with the same keys. In a bundle the
// Spanish keys only repeat the English ones, about 1.3 kB gzip of the demo's 110 kB budget. So the production build
// writes each Spanish object as its texts in order, paired with the English keys when the module loads. The sources,
// their types and core's published build are untouched; a catalog whose languages list their keys in different orders
// fails the build (reorder the Spanish to match), so no text can ever land on the wrong id.
import { type Plugin, parseAst } from 'vite';

type Program = ReturnType<typeof parseAst>;
type ExportNamed = Extract<Program['body'][number], { type: 'ExportNamedDeclaration' }>;
type VariableDeclaration = Extract<NonNullable<ExportNamed['declaration']>, { type: 'VariableDeclaration' }>;
type VariableDeclarator = VariableDeclaration['declarations'][number];
type ObjectExpression = Extract<NonNullable<VariableDeclarator['init']>, { type: 'ObjectExpression' }>;

/** The modules that hold catalogs: files of core's i18n/messages folder and the demo's own catalog. */
export const CATALOG_MODULE = /\/i18n\/messages\/[a-zA-Z]+\.ts$|\/demoMessages\.ts$/;

const PAIR_HELPER = '__pairWithEnglishIds';
const HELPER_SOURCE = `const ${PAIR_HELPER} = (english, texts) => Object.fromEntries(Object.keys(english).map((id, i) => [id, texts[i]]));\n`;

/** One language's catalog: its name, its ids in order, and where each text and the whole object are in the code. */
type Catalog = { name: string; keys: string[]; values: { start: number; end: number }[]; node: ObjectExpression };

/** An exported `const name = { 'id': 'text', ... }` with only plain keys and string texts, or null for anything else. */
function catalogOf(declarator: VariableDeclarator): Catalog | null {
  const { id, init } = declarator;
  if (id.type !== 'Identifier' || init?.type !== 'ObjectExpression') return null;
  const keys: string[] = [];
  const values: { start: number; end: number }[] = [];
  for (const property of init.properties) {
    if (property.type !== 'Property' || property.computed || property.kind !== 'init') return null;
    const key =
      property.key.type === 'Identifier'
        ? property.key.name
        : property.key.type === 'Literal'
          ? property.key.value
          : null;
    const value = property.value;
    if (typeof key !== 'string' || value.type !== 'Literal' || typeof value.value !== 'string') return null;
    keys.push(key);
    values.push(value);
  }
  return { name: id.name, keys, values, node: init };
}

/**
 * Rewrites every `xxxEs` catalog of a module (JavaScript, types already removed) as its texts paired with the keys of
 * `xxxEn`, or returns null when the module has no such pair. Throws when a pair's keys differ in set or order.
 */
export function compactTranslationsInModule(code: string, program: Program = parseAst(code)): string | null {
  const catalogs = new Map<string, Catalog>();
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declaration.declarations) {
      const catalog = catalogOf(declarator);
      if (catalog !== null) catalogs.set(catalog.name, catalog);
    }
  }
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [name, spanish] of catalogs) {
    if (!name.endsWith('Es')) continue;
    const english = catalogs.get(`${name.slice(0, -2)}En`);
    if (english === undefined) continue;
    const mismatch = english.keys.findIndex((key, i) => spanish.keys[i] !== key);
    if (mismatch !== -1 || english.keys.length !== spanish.keys.length) {
      const at = mismatch === -1 ? english.keys.length : mismatch;
      throw new Error(
        `${name} must list the ids of ${english.name} in the same order; the first difference is at position ${at + 1} ` +
          `(${english.keys[at] ?? 'nothing'} in ${english.name}, ${spanish.keys[at] ?? 'nothing'} in ${name})`,
      );
    }
    const texts = spanish.values.map((value) => code.slice(value.start, value.end)).join(',');
    edits.push({
      start: spanish.node.start,
      end: spanish.node.end,
      text: `${PAIR_HELPER}(${english.name}, [${texts}])`,
    });
  }
  if (edits.length === 0) return null;
  let result = code;
  for (const edit of edits.sort((x, y) => y.start - x.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return HELPER_SOURCE + result;
}

/** The build step described at the top of this file. */
export function compactTranslations(): Plugin {
  return {
    name: 'common-ground:compact-translations',
    apply: 'build',
    transform(code, id) {
      if (!CATALOG_MODULE.test(id.split('?')[0] ?? id)) return null;
      const compacted = compactTranslationsInModule(code);
      return compacted === null ? null : { code: compacted, map: null };
    },
  };
}
