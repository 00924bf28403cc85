// Type-checks every TypeScript code block in the docs, so a snippet that no longer compiles fails CI.
//
// Which blocks: fenced blocks tagged `ts`, `typescript` or `tsx` in README.md, packages/core/README.md and every
// docs/**/*.md except the generated docs/api. Words after the language tag change how a block is checked:
//   ```ts            joins the other blocks of its page: one module per page (and one more for its tsx blocks), in
//                    page order, so a guide can build on its earlier steps. Imports are merged, so each block may
//                    repeat the imports it uses and stay copy-pasteable.
//   ```ts isolated   is checked as a module of its own.
//   ```ts ignore     is not checked (signatures, pseudo-code); the run lists how many it skipped.
//
// Blocks resolve @common-ground/core like an app does, through its built dist/ (run `pnpm build` first), with the
// strict options the project itself uses. Nothing is written to disk: the modules live in memory next to this file,
// so they resolve this package's dependencies.
//
//   node checkSnippets.mjs [file.md ...]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

function markdownFiles() {
  const found = [join(repo, 'README.md'), join(repo, 'packages/core/README.md')];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (path !== join(repo, 'docs/api') && name !== 'node_modules') walk(path);
      } else if (name.endsWith('.md')) {
        found.push(path);
      }
    }
  };
  walk(join(repo, 'docs'));
  return found.filter((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/** The fenced code blocks of a markdown page: language, flags, the code, and the page line its code starts on. */
function codeBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent, fence, lang, rest] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence)) {
      body.push((lines[j] ?? '').startsWith(indent) ? (lines[j] ?? '').slice(indent.length) : (lines[j] ?? ''));
      j++;
    }
    blocks.push({
      lang: lang.toLowerCase(),
      flags: rest.trim().split(/\s+/).filter(Boolean),
      code: body.join('\n'),
      line: i + 2,
    });
    i = j;
  }
  return blocks;
}

/**
 * Joins blocks into one module: their import declarations are merged at the top (so repeated imports are fine) and
 * the rest of each block follows in order, with import lines blanked so every line maps back to the page.
 */
function joinBlocks(blocks, fileName) {
  const imports = new Map(); // module → { named: Map<name, isType>, other: Set<text>, origin }
  const bodies = [];
  for (const block of blocks) {
    const source = ts.createSourceFile(fileName, block.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    let body = block.code;
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement)) continue;
      const module = statement.moduleSpecifier.getText(source);
      const startLine = source.getLineAndCharacterOfPosition(statement.getStart(source)).line;
      const entry = imports.get(module) ?? { named: new Map(), other: new Set(), origin: { block, line: startLine } };
      imports.set(module, entry);
      const clause = statement.importClause;
      const allType = clause?.isTypeOnly === true;
      if (clause?.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.name === undefined) {
        for (const element of clause.namedBindings.elements) {
          const text = element.propertyName
            ? `${element.propertyName.getText(source)} as ${element.name.text}`
            : element.name.text;
          const isType = allType || element.isTypeOnly;
          entry.named.set(text, (entry.named.get(text) ?? true) && isType);
        }
      } else {
        entry.other.add(statement.getText(source));
      }
      // Blank the declaration but keep its line breaks, so line numbers stay those of the page.
      const start = statement.getStart(source);
      const end = statement.getEnd();
      body = body.slice(0, start) + body.slice(start, end).replace(/[^\n]/g, ' ') + body.slice(end);
    }
    bodies.push({ block, body });
  }
  const header = [];
  const headerOrigins = [];
  for (const [module, entry] of imports) {
    for (const text of entry.other) {
      header.push(text.replace(/\s*\n\s*/g, ' '));
      headerOrigins.push({ ...entry.origin, header: true });
    }
    if (entry.named.size > 0) {
      const names = [...entry.named].map(([name, isType]) => (isType ? `type ${name}` : name));
      header.push(`import { ${names.join(', ')} } from ${module};`);
      headerOrigins.push({ ...entry.origin, header: true });
    }
  }
  // Line map: for each line of the module, the block it comes from and its line within that block.
  const origins = [...headerOrigins];
  const parts = [...header];
  for (const { block, body } of bodies) {
    parts.push(`// ---- block at line ${block.line}`);
    origins.push({ block, line: 0, marker: true });
    const lineCount = body.split('\n').length;
    for (let index = 0; index < lineCount; index++) origins.push({ block, line: index });
    parts.push(body);
  }
  return { text: parts.join('\n'), origins };
}

const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  jsx: ts.JsxEmit.ReactJSX,
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
};

const pages = process.argv.length > 2 ? process.argv.slice(2).map((path) => resolve(path)) : markdownFiles();
const modules = new Map(); // virtual path → { text, origins, page }
let checked = 0;
let skipped = 0;
for (const page of pages) {
  const blocks = codeBlocks(readFileSync(page, 'utf8')).filter((b) => ['ts', 'typescript', 'tsx'].includes(b.lang));
  const name = relative(repo, page).replace(/[^\w]+/g, '_');
  const groups = { ts: [], tsx: [] };
  blocks.forEach((block, index) => {
    if (block.flags.includes('ignore')) {
      skipped++;
      return;
    }
    checked++;
    const ext = block.lang === 'tsx' ? 'tsx' : 'ts';
    if (block.flags.includes('isolated')) {
      const path = join(here, '__snippets__', `${name}_${index + 1}.${ext}`);
      modules.set(path, { ...joinBlocks([block], path), page });
    } else {
      groups[ext].push(block);
    }
  });
  for (const ext of ['ts', 'tsx']) {
    if (groups[ext].length === 0) continue;
    const path = join(here, '__snippets__', `${name}.${ext}`);
    modules.set(path, { ...joinBlocks(groups[ext], path), page });
  }
}

const host = ts.createCompilerHost(options);
const { fileExists, readFile, getSourceFile } = host;
host.fileExists = (path) => modules.has(path) || fileExists.call(host, path);
host.readFile = (path) => modules.get(path)?.text ?? readFile.call(host, path);
host.getSourceFile = (path, languageVersion, ...rest) => {
  const module = modules.get(path);
  return module
    ? ts.createSourceFile(path, module.text, languageVersion, true)
    : getSourceFile.call(host, path, languageVersion, ...rest);
};
const program = ts.createProgram([...modules.keys()], options, host);

let errors = 0;
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const module = diagnostic.file ? modules.get(diagnostic.file.fileName) : undefined;
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
  if (diagnostic.category !== ts.DiagnosticCategory.Error) continue;
  errors++;
  if (module === undefined || diagnostic.file === undefined || diagnostic.start === undefined) {
    console.error(`error TS${diagnostic.code}: ${text}`);
    continue;
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const origin = module.origins[line];
  const pageLine = origin ? origin.block.line + origin.line : 0;
  // Merged imports sit in a header the page never shows: point at the import's first line, column 1.
  const column = origin === undefined || origin.header || origin.marker ? 1 : character + 1;
  console.error(`${relative(repo, module.page)}:${pageLine}:${column} - error TS${diagnostic.code}: ${text}`);
}

const summary = `${checked} code blocks in ${pages.length} pages type-checked as ${modules.size} modules${skipped > 0 ? `, ${skipped} marked ignore` : ''}`;
if (errors > 0) {
  console.error(`check:snippets: ${errors} error(s); ${summary}.`);
  process.exit(1);
}
console.log(`check:snippets: no errors; ${summary}.`);
