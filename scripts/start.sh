#!/usr/bin/env bash
# `npm start`: installs what is missing, then serves the demo on http://127.0.0.1:5173 (Vite prints the URL).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/toolchain.sh
ensure_pnpm
install_dependencies
exec pnpm --filter @common-ground/demo run dev
