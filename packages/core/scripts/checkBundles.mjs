// Bundles entry points of @common-ground/core the way an app's bundler would, WITH xstate and zod included, and
// checks what ends up inside. size-limit cannot do this: it always treats peer dependencies as external, so it
// measures core's own code only (see docs/toolchain notes). This script uses the esbuild that size-limit brings.
//
// It fails when
//   - an app that imports only the fairness functions would get any xstate code (only machine/ imports xstate, and
//     `sideEffects: false` lets bundlers drop it), or
//   - a bundle grows past its budget (minified + gzip, peers included).
//
//   node scripts/checkBundles.mjs      (run `pnpm build` first)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// esbuild is not a direct dependency of core; reach it through size-limit's own chain of dependencies.
const requireHere = createRequire(import.meta.url);
const presetPath = requireHere.resolve('@size-limit/preset-small-lib');
const esbuildPluginPath = createRequire(presetPath).resolve('@size-limit/esbuild');
const esbuild = createRequire(esbuildPluginPath)('esbuild');

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The bundles to check. `budget` is the most gzip bytes the bundle may have with xstate and zod inside, about 10% over
 * the size measured when core moved to zod/mini (the size tables of README.md show the figures);
 * `forbid` lists packages that must contribute no code at all.
 */
const bundles = [
  {
    name: 'fairness only (paretoFront, nashBargain, adjustedWinner, assessOptions)',
    code: "export { paretoFront, nashBargain, adjustedWinner, assessOptions } from '@common-ground/core';",
    budget: 22_000,
    forbid: ['xstate'],
  },
  {
    name: 'whole API',
    code: "export * from '@common-ground/core';",
    budget: 102_000,
    forbid: [],
  },
];

/** Which package an input path of the metafile belongs to: 'xstate', 'zod', or 'core' for our own files. */
function packageOf(input) {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match?.[1] ?? 'core';
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
let failed = false;
const rows = [];

for (const bundle of bundles) {
  const result = await esbuild.build({
    stdin: { contents: bundle.code, resolveDir: root, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  const gzip = gzipSync(output.contents, { level: 9 }).length;
  const byPackage = {};
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
      if (bytesInOutput === 0) continue;
      const name = packageOf(input);
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  for (const name of bundle.forbid) {
    if ((byPackage[name] ?? 0) > 0) {
      failed = true;
      console.error(
        `check:bundles: "${bundle.name}" pulls in ${byPackage[name]} bytes of ${name}; it must pull in none.`,
      );
    }
  }
  if (gzip > bundle.budget) {
    failed = true;
    console.error(`check:bundles: "${bundle.name}" is ${kb(gzip)} gzip, over its budget of ${kb(bundle.budget)}.`);
  }
  const parts = Object.entries(byPackage)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join(', ');
  rows.push(
    `  ${bundle.name}: ${kb(gzip)} gzip (budget ${kb(bundle.budget)}), ${kb(output.contents.length)} minified: ${parts}`,
  );
}

console.log('check:bundles: minified ESM for the browser, xstate and zod included:');
for (const row of rows) console.log(row);
if (failed) process.exit(1);
