#!/usr/bin/env bash
# Packs every src project into artifacts/ (README, XML docs, .snupkg symbols, SourceLink), then proves the
# packages work as packages: samples/Connectors.Samples.PackageConsumer restores Connectors.* from artifacts/
# as real PackageReferences and runs one small flow against the emulators.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
artifacts="$root/artifacts"
rm -rf "$artifacts"
mkdir -p "$artifacts"

for project in src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$artifacts"   # CI=true turns on ContinuousIntegrationBuild (Directory.Build.props)
done
ls -1 "$artifacts"

# Same version every pack: drop the Connectors.* copies the global cache holds so the consumer restores these.
consumer=samples/Connectors.Samples.PackageConsumer
cache="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
rm -rf "$cache"/connectors.*
dotnet restore "$consumer" --force-evaluate
dotnet run --project "$consumer" -c Release --no-restore
