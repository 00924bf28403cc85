# Sourced by scripts/start.sh and scripts/test.sh: makes sure the pinned pnpm (and, for tests, Chromium) is there.
# A fresh machine of this kind has Node 20 and npm only; everything else is installed here, never by hand.

PNPM_VERSION=10.34.9

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    return 0
  fi
  export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
  local bin="${TMPDIR:-/tmp}/common-ground-pnpm"
  mkdir -p "$bin" # corepack fails with ENOENT when the directory is missing
  if corepack enable --install-directory "$bin" pnpm >/dev/null 2>&1; then
    export PATH="$bin:$PATH"
  fi
  if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "corepack could not provide pnpm $PNPM_VERSION; installing it with npm" >&2
    npm install --global --silent "pnpm@$PNPM_VERSION"
    hash -r
  fi
  pnpm --version >/dev/null
}

ensure_chromium() {
  if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    return 0
  fi
  echo "Installing Debian's Chromium for the browser tests (one time)..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
}

install_dependencies() {
  if [ -n "${CI:-}" ]; then
    pnpm install --frozen-lockfile --reporter=append-only
  else
    pnpm install --frozen-lockfile --prefer-offline --reporter=silent
  fi
}
