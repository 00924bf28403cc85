// Checks what `npm pack` would publish for @common-ground/core, without writing a tarball. The package may hold only
// the build output (dist/), the sources that the "@common-ground/source" export condition points at (src/, without
// tests, benchmarks or test helpers), README.md, LICENSE and package.json. It also fails when dist/ holds output
// with no source file behind it (a stale build), or when the files an app needs are missing.
//
//   node scripts/checkPack.mjs      (run `pnpm build` first)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = pack.files.map((file) => file.path).sort();

const problems = [];
const sources = new Set(files.filter((path) => path.startsWith('src/')));
const always = new Set(['package.json', 'README.md', 'LICENSE']);
const forbidden = [
  /\.test\.ts$/,
  /\.test-d\.ts$/,
  /\.bench\.ts$/,
  /^src\/testing\//,
  /^dist\/testing\//,
  /\.test\.(js|d\.ts)/,
];

for (const path of files) {
  if (forbidden.some((pattern) => pattern.test(path))) {
    problems.push(`${path}: tests, benchmarks and test helpers are never published`);
  } else if (path.startsWith('src/')) {
    if (!path.endsWith('.ts')) problems.push(`${path}: src/ may hold only TypeScript sources`);
  } else if (path.startsWith('dist/')) {
    // dist/x/y.js, .js.map, .d.ts and .d.ts.map all come from src/x/y.ts.
    const stem = path.slice('dist/'.length).replace(/\.(js|js\.map|d\.ts|d\.ts\.map)$/, '');
    if (stem === path.slice('dist/'.length)) problems.push(`${path}: dist/ may hold only .js, .d.ts and their maps`);
    else if (!sources.has(`src/${stem}.ts`))
      problems.push(`${path}: no src/${stem}.ts behind it (a stale build? rm -rf dist and build again)`);
  } else if (!always.has(path)) {
    problems.push(`${path}: only dist/, src/, README.md, LICENSE and package.json belong in the package`);
  }
}
for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'src/index.ts']) {
  if (!files.includes(needed)) problems.push(`${needed}: missing from the package`);
}

if (problems.length > 0) {
  console.error(`check:pack: ${pack.filename} would publish files it should not, or lacks some:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
  `check:pack: ${pack.filename} is clean: ${files.length} files (${sources.size} sources), ` +
    `${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked.`,
);
