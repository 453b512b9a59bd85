#!/usr/bin/env bash
# Packs every src project into artifacts/ (README, XML docs, .snupkg symbols, SourceLink), then proves the
# packages work as packages: samples/Connectors.Samples.PackageConsumer restores Connectors.* from artifacts/
# as real PackageReferences and runs one small flow against the emulators.
# Last, installs the packed connectors-emulators tool from artifacts/ and starts and stops it.
# Usage: scripts/pack.sh [--no-build]   (--no-build: pack what `dotnet build -c Release` already built, as CI does)
set -euo pipefail
cd "$(dirname "$0")/.."
pack_args=()
if [ "${1:-}" = "--no-build" ]; then pack_args+=(--no-build); fi
root="$PWD"
artifacts="$root/artifacts"
rm -rf "$artifacts"
mkdir -p "$artifacts"

for project in src/*/*.csproj; do
  dotnet pack "$project" -c Release "${pack_args[@]}" -o "$artifacts"   # CI=true turns on ContinuousIntegrationBuild (Directory.Build.props)
done
ls -1 "$artifacts"

# Same version every pack: drop the Connectors.* copies the global cache holds so the consumer restores these.
consumer=samples/Connectors.Samples.PackageConsumer
cache="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
rm -rf "$cache"/connectors.*
dotnet restore "$consumer" --force-evaluate
dotnet run --project "$consumer" -c Release --no-restore

# The emulators tool, installed from artifacts/ the way docs/emulators-tool.md says, started, then stopped with
# SIGTERM (a non-interactive shell starts background jobs with SIGINT ignored; the tool handles both the same way).
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
dotnet tool install --tool-path "$tools" Connectors.Emulators.Tool --version "$version" --add-source "$artifacts"
"$tools/connectors-emulators" --port-base 0 > "$tools/out.txt" 2>&1 &
tool_pid=$!
for _ in $(seq 1 60); do
  grep -q '^Ready\.' "$tools/out.txt" && break
  sleep 1
done
kill -TERM "$tool_pid"
wait "$tool_pid"
grep -q '^Stopped\.$' "$tools/out.txt"
echo "connectors-emulators $version: installed from artifacts, listed $(grep -c '^  OpenText\|^  BigCommerce' "$tools/out.txt") systems (identity and the five), stopped cleanly"
