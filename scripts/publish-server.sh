#!/usr/bin/env bash
# Publishes the `berth` server into the VS Code extension (client-vscode/server/<rid>/berth) so the
# extension works without configuration. Self-contained single file with composite ReadyToRun code (the
# framework compiled together with Berth): users need no .NET runtime, and start-up skips most JIT work
# (see client-vscode/README.md "The server inside the extension"; measured in bench/RESULTS.md "Start-up").
# Usage: scripts/publish-server.sh [RID]   (default linux-x64)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RID=${1:-linux-x64}
OUT=$ROOT/client-vscode/server/$RID
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rm -rf "$OUT"
echo "publish-server: publishing server/Berth.Cli for $RID into client-vscode/server/$RID"
# A separate artifacts path keeps this RID-specific restore out of the solution's own obj/ folders.
if ! dotnet publish server/Berth.Cli/Berth.Cli.csproj -c Release -r "$RID" --self-contained true \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
    -p:IncludeNativeLibrariesForSelfExtract=true \
    -p:DebugType=none -p:GenerateDocumentationFile=false \
    --artifacts-path "$ROOT/artifacts/publish-server" -o "$OUT" -nologo -v q; then
  echo "publish-server: dotnet publish failed; see the errors above"
  exit 1
fi
# Only the executable ships; anything else the SDK leaves (e.g. .pdb of dependencies) stays out.
find "$OUT" -type f ! -name berth ! -name berth.exe -delete
[ -x "$OUT/berth" ] || [ -f "$OUT/berth.exe" ] || { echo "publish-server: no berth executable in $OUT"; exit 1; }
echo "publish-server: $(du -h "$OUT"/berth* | cut -f1) $OUT/$(ls "$OUT")"
