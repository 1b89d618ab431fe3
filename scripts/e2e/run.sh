#!/usr/bin/env bash
# The VS Code end-to-end test: packages the extension (unless BERTH_E2E_VSIX names a .vsix), installs
# it into a fresh code-server, and drives the workbench with headless chromium (tests/e2e/vscode.e2e.mjs).
# Screenshots of every step go to artifacts/e2e/. The last line is "N passed, N failed"; the exit code
# is non-zero when anything failed. Nothing is left running: code-server's process groups are ended.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ART=$ROOT/artifacts/e2e
rm -rf "$ART"; mkdir -p "$ART"
RUN=$(mktemp -d /tmp/berth-e2e.XXXXXX)
: > "$RUN/process-groups"

finish() {
  local rc=$?
  # A group the test could not stop (it was killed itself) is ended here.
  while read -r pgid; do
    [ -n "$pgid" ] && kill -KILL -- "-$pgid" 2>/dev/null
  done < "$RUN/process-groups"
  cp "$RUN/e2e.log" "$ART/" 2>/dev/null
  for log in "$RUN"/sessions/*/code-server.log; do
    [ -f "$log" ] && cp "$log" "$ART/$(basename "$(dirname "$log")")-code-server.log"
  done
  rm -rf "$RUN"
  exit $rc
}
trap finish EXIT
fail() { echo "e2e: $1"; echo "0 passed, 1 failed"; exit 1; }

bash scripts/e2e/setup.sh || fail "setting up code-server, chromium and playwright-core failed (see above)"
TOOLS=$ROOT/.tools
NODE24_BIN=$TOOLS/node24/bin
CODE_SERVER=$TOOLS/code-server/node_modules/.bin/code-server

VSIX=${BERTH_E2E_VSIX:-}
if [ -z "$VSIX" ]; then
  [ -d node_modules/@vscode/vsce ] || npm ci --no-audit --no-fund >/dev/null || fail "npm ci failed"
  npm run package >"$ART/package.log" 2>&1 || { tail -30 "$ART/package.log"; fail "packaging the extension failed (log: artifacts/e2e/package.log)"; }
  VSIX=$ROOT/berth-$(node -p "require('./client-vscode/package.json').version").vsix
fi
[ -f "$VSIX" ] || fail "no .vsix at $VSIX"

echo "e2e: installing $(basename "$VSIX") into code-server"
mkdir -p "$RUN/extensions" "$RUN/install-user-data" "$RUN/xdg"
PATH="$NODE24_BIN:$PATH" XDG_CONFIG_HOME=$RUN/xdg XDG_DATA_HOME=$RUN/xdg XDG_CACHE_HOME=$RUN/xdg \
  "$CODE_SERVER" --config /dev/null --user-data-dir "$RUN/install-user-data" --extensions-dir "$RUN/extensions" \
  --install-extension "$VSIX" >"$ART/install-extension.log" 2>&1 \
  || { cat "$ART/install-extension.log"; fail "code-server could not install the extension"; }

BERTH_E2E_RUN_DIR=$RUN BERTH_E2E_ARTIFACTS=$ART BERTH_E2E_CODE_SERVER=$CODE_SERVER BERTH_E2E_NODE24_BIN=$NODE24_BIN \
BERTH_E2E_EXTENSIONS=$RUN/extensions BERTH_E2E_WORKSPACE=$ROOT/tests/e2e/workspace BERTH_E2E_PLAYWRIGHT=$TOOLS/playwright \
  node tests/e2e/vscode.e2e.mjs
