#!/usr/bin/env bash
# Proves the server works outside VS Code: Debian's neovim, headless, with its built-in LSP client
# attached to `berth lsp --stdio` on a broken and a correct Dockerfile, reads the diagnostics back.
# The server is the Release build of server/Berth.Cli (built if missing), or BERTH_SERVER (a berth
# executable). Prints "N passed, N failed" last; exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
fail() { echo "neovim-test: $1"; echo "0 passed, 1 failed"; exit 1; }

if ! command -v nvim >/dev/null 2>&1; then
  echo "neovim-test: installing Debian's neovim"
  export DEBIAN_FRONTEND=noninteractive
  apt_try() { for _ in 1 2 3 4 5 6 7 8 9 10; do "$@" && return 0; sleep 15; done; return 1; }
  apt_try apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null || fail "apt-get update failed"
  apt_try apt-get -o DPkg::Lock::Timeout=300 install -y -qq neovim >/dev/null || fail "installing neovim failed"
fi

if [ -n "${BERTH_SERVER:-}" ]; then
  [ -x "$BERTH_SERVER" ] || fail "BERTH_SERVER=$BERTH_SERVER is not an executable"
  SERVER_CMD="$BERTH_SERVER lsp --stdio"
else
  DLL=$ROOT/server/Berth.Cli/bin/Release/net10.0/berth.dll
  if [ ! -f "$DLL" ]; then
    dotnet build server/Berth.Cli -c Release -nologo -v q >/dev/null || fail "building server/Berth.Cli failed"
  fi
  SERVER_CMD="dotnet $DLL lsp --stdio"
fi

FIXTURES=$ROOT/tests/e2e/neovim
WORK=$(mktemp -d /tmp/berth-nvim.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cp "$FIXTURES/broken.Dockerfile" "$FIXTURES/Dockerfile" "$WORK/"
# The line (0-based) of the misspelt instruction in broken.Dockerfile.
BROKEN_LINE=$(grep -n '^FROMM ' "$WORK/broken.Dockerfile" | cut -d: -f1); BROKEN_LINE=$((BROKEN_LINE - 1))

# neovim's state, shada and logs stay in the temporary folder, not in the home folder.
XDG_CONFIG_HOME=$WORK/xdg XDG_DATA_HOME=$WORK/xdg XDG_STATE_HOME=$WORK/xdg XDG_CACHE_HOME=$WORK/xdg \
BERTH_SERVER_CMD=$SERVER_CMD BERTH_NVIM_BROKEN=$WORK/broken.Dockerfile BERTH_NVIM_CLEAN=$WORK/Dockerfile \
BERTH_NVIM_BROKEN_LINE=$BROKEN_LINE \
  timeout --kill-after=10 600 nvim --headless --clean -n -c "luafile $FIXTURES/berth-lsp-check.lua" </dev/null 2>&1 \
  | tee "$WORK/out.txt"
rc=${PIPESTATUS[0]}
grep -qE '^[0-9]+ passed, [0-9]+ failed$' "$WORK/out.txt" || { echo "neovim-test: neovim stopped before reporting (exit $rc)"; echo "0 passed, 1 failed"; exit 1; }
exit "$rc"
