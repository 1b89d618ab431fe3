#!/usr/bin/env bash
# Measures Berth against the most used Dockerfile language server, side by side, on this machine:
#   bash scripts/bench.sh            LSP comparison (100 to 50,000 lines) + lint throughput
#   bash scripts/bench.sh lsp [...]  only the LSP comparison (options go to the benchmark, e.g. --sizes 100,1000)
#   bash scripts/bench.sh lint [...] only lint throughput
#   bash scripts/bench.sh micro [...] BenchmarkDotNet micro-benchmarks of the core (args go to BenchmarkDotNet)
#   bash scripts/bench.sh profile [...] in-process profile of each keystroke step (seconds; --sizes, --runs)
# Installs the peer (bench/peer, pinned in its package-lock.json) and publishes Berth as the extension ships it
# (self-contained composite ReadyToRun; BENCH_BERTH=jit for the plain Release build) first.
# Tables are printed and written to artifacts/bench/. Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v node >/dev/null || { echo "bench: node is needed to run the peer; install Node.js 18 or later." >&2; exit 2; }
command -v npm >/dev/null || { echo "bench: npm is needed to install the peer; install Node.js with npm." >&2; exit 2; }

echo "=== Installing the peer (dockerfile-language-server-nodejs 0.15.0, dockerfile-utils)" >&2
npm ci --prefix bench/peer --no-audit --no-fund --loglevel=error >&2 \
  || { echo "bench: installing the peer from npm failed (see above); check the network to the npm registry." >&2; exit 2; }

# Berth is measured the way users get it: the VS Code extension ships a self-contained single-file composite
# ReadyToRun build (scripts/publish-server.sh, same flags), so the benchmark publishes the same into
# artifacts/publish/berth, which the benchmark picks first. BENCH_BERTH=jit measures the plain Release (JIT) build instead.
if [ "${BENCH_BERTH:-published}" = jit ]; then
  echo "=== Building Berth (Release, JIT)" >&2
  rm -f artifacts/publish/berth/berth
  dotnet build server/Berth.Cli -c Release -nologo -v q >&2 || { echo "bench: building Berth failed (see above)." >&2; exit 2; }
else
  echo "=== Publishing Berth as the extension ships it (self-contained, single file, composite ReadyToRun)" >&2
  RID=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish server/Berth.Cli/Berth.Cli.csproj -c Release -r "${RID:-linux-x64}" --self-contained true \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
    -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -p:GenerateDocumentationFile=false \
    --artifacts-path artifacts/publish-bench -o artifacts/publish/berth -nologo -v q >&2 \
    || { echo "bench: publishing Berth failed (see above); BENCH_BERTH=jit measures the Release build instead." >&2; exit 2; }
fi
echo "=== Building the benchmarks (Release)" >&2
dotnet build bench/Berth.Benchmarks -c Release -nologo -v q >&2 || { echo "bench: building the benchmarks failed (see above)." >&2; exit 2; }

mkdir -p artifacts/bench
run() { dotnet run -c Release --no-build --project bench/Berth.Benchmarks -- "$@"; }

mode=${1:-all}
[ $# -gt 0 ] && shift
case "$mode" in
  lsp) run lsp --out artifacts/bench/lsp.md "$@" ;;
  lint) run lint --out artifacts/bench/lint.md "$@" ;;
  micro) run micro "$@" ;;
  profile) run profile "$@" ;;
  all)
    run lsp --out artifacts/bench/lsp.md
    run lint --out artifacts/bench/lint.md
    ;;
  *) echo "bench: unknown mode \"$mode\" (use lsp, lint, micro, profile, or nothing for lsp + lint)." >&2; exit 2 ;;
esac
