// Sums the JSON reports of every test runner in reports/ and prints the closing line CI reads:
// "N passed, N failed, N skipped". Exits 1 when any test failed or when no test ran at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const reports = existsSync('reports') ? readdirSync('reports').filter((file) => file.endsWith('.json')) : [];
for (const file of reports) {
  let report;
  try {
    report = JSON.parse(readFileSync(`reports/${file}`, 'utf8'));
  } catch {
    console.error(`reports/${file} is not valid JSON; counting it as a failure`);
    failed += 1;
    continue;
  }
  if (typeof report.numPassedTests === 'number') {
    // vitest's json reporter
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } else if (report.stats) {
    // Playwright's json reporter
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped ?? 0;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
