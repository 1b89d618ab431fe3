#!/usr/bin/env bash
# Runs every test of Berth on a fresh machine: installs and starts what the tests need (Docker engine,
# registry, shellcheck, npm packages, code-server), builds, runs each suite, and prints one summary.
# Exit code 0 only when every suite passed and none ran zero tests.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS=$ROOT/artifacts/test-results
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

declare -a SUITES=() PASSED=() FAILED=()
record() { SUITES+=("$1"); PASSED+=("$2"); FAILED+=("$3"); }

echo "=== Installing test prerequisites"
if [ -x scripts/test-env/install.sh ] || [ -f scripts/test-env/install.sh ]; then
  bash scripts/test-env/install.sh || { echo "installing prerequisites failed"; exit 1; }
fi

if [ -f scripts/test-env/docker-env.sh ]; then
  echo "=== Starting the Docker engine and registry"
  bash scripts/test-env/docker-env.sh start || { echo "starting the Docker engine failed"; exit 1; }
  trap 'bash scripts/test-env/docker-env.sh stop >/dev/null 2>&1 || true' EXIT
  ENVFILE=$(bash scripts/test-env/docker-env.sh env)
  # shellcheck disable=SC1090
  set -a; . "$ENVFILE"; set +a
fi

echo "=== Building"
dotnet build LanguageServer.sln -c Release -nologo -v q || { echo "build failed"; exit 1; }

for proj in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  echo "=== $name"
  trx="$RESULTS/$name.trx"
  dotnet test "$proj" -c Release --no-build --nologo -v q --logger "trx;LogFileName=$trx" --logger "console;verbosity=minimal"
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*'); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    total=$(grep -o 'total="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    p=${p:-0}; f=${f:-0}; total=${total:-0}
    # A suite that ran nothing, or didn't run everything it found, is a failure.
    [ "$total" -eq 0 ] && f=$((f + 1))
    [ $((p + f)) -lt "$total" ] && f=$((f + total - p - f))
    record "$name" "$p" "$f"
  else
    record "$name" 0 1
  fi
done

if [ -f package.json ] && grep -q '"test"' package.json; then
  echo "=== npm packages and client tests"
  npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null || { record "npm install" 0 1; }
  out=$(npm test 2>&1); rc=$?; echo "$out"
  p=$(echo "$out" | grep -oE '^# pass [0-9]+' | awk '{s+=$3} END {print s+0}')
  f=$(echo "$out" | grep -oE '^# fail [0-9]+' | awk '{s+=$3} END {print s+0}')
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  [ "$p" -eq 0 ] && f=$((f + 1))
  record "client unit tests" "$p" "$f"
fi

for extra in scripts/e2e/neovim-test.sh scripts/e2e/run.sh; do
  [ -f "$extra" ] || continue
  echo "=== $extra"
  out=$(bash "$extra" 2>&1); rc=$?; echo "$out"
  line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
  p=$(echo "$line" | awk '{print $1+0}'); f=$(echo "$line" | awk '{print $3+0}')
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  [ "${p:-0}" -eq 0 ] && f=$((f + 1))
  record "$(basename "$(dirname "$extra")")/$(basename "$extra" .sh)" "${p:-0}" "$f"
done

echo; echo "=== Summary"
tp=0; tf=0; bad=()
for i in "${!SUITES[@]}"; do
  printf '%-40s %5d passed, %d failed\n' "${SUITES[$i]}" "${PASSED[$i]}" "${FAILED[$i]}"
  tp=$((tp + PASSED[i])); tf=$((tf + FAILED[i]))
  [ "${FAILED[$i]}" -ne 0 ] && bad+=("${SUITES[$i]}")
done
[ ${#bad[@]} -gt 0 ] && echo "failed suites: ${bad[*]}"
echo "$tp passed, $tf failed"
[ "$tf" -eq 0 ]
