#!/usr/bin/env bash
# `npm test`: every check and every test, from a fresh clone or a working copy.
# Order: install, build, typecheck, lint, unit and property tests (vitest), package checks, browser tests (Playwright),
# then the demo's budgets.
# Checks that fail are reported and fail the run, but the tests still run so you see everything at once.
# The last line is the summary `N passed, N failed, N skipped` over every test runner (scripts/ci-summary.mjs).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh

failed_steps=()
step() {
  local name="$1"
  shift
  echo
  echo "== $name"
  if ! "$@"; then
    failed_steps+=("$name")
  fi
}

ensure_pnpm || exit 1
install_dependencies || exit 1
if [ -z "${SKIP_E2E:-}" ]; then ensure_chromium || failed_steps+=("install chromium"); fi

rm -rf reports && mkdir -p reports
step "build" pnpm run build
step "typecheck" pnpm run typecheck
step "lint" pnpm run lint
step "unit and property tests" pnpm exec vitest run --reporter=default --reporter=json \
  --outputFile.json="$PWD/reports/vitest.json"
step "package checks (publint, attw)" pnpm run check:pkg
step "package contents (npm pack)" pnpm run check:pack
step "package size (size-limit, esbuild)" pnpm run size
step "API reference (TypeDoc, warnings are errors)" pnpm run docs
step "docs snippets type-check" pnpm run check:snippets
step "statechart up to date" pnpm run check:statechart
step "examples run" pnpm run examples
if [ -z "${SKIP_E2E:-}" ]; then
  step "browser tests" env PLAYWRIGHT_JSON_OUTPUT_FILE="$PWD/reports/e2e.json" \
    pnpm --filter @common-ground/demo exec playwright test --reporter=list,json
  # Issue 4's budgets, so a change that makes the demo heavier or slower fails here, not in a later measurement.
  step "demo budgets (JavaScript gzip, start screen, layout shift)" pnpm run budgets
fi

echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  printf 'Failed steps: %s\n' "$(IFS=,; echo "${failed_steps[*]}")"
fi
node scripts/ci-summary.mjs
summary_rc=$?
[ ${#failed_steps[@]} -eq 0 ] && [ $summary_rc -eq 0 ]
