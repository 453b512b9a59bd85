#!/usr/bin/env bash
# Packs every src project into artifacts/ (README, XML docs, .snupkg symbols, SourceLink), then proves the
# packages work as packages: samples/Connectors.Samples.PackageConsumer restores Connectors.* from artifacts/
# as real PackageReferences and runs one small flow against the emulators.
# Then installs the packed connectors-emulators tool from artifacts/ and starts and stops it; last, the dotnet new
# templates: scripts/test-templates.sh instantiates, builds and runs each against the emulators.
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
# The dotnet new templates (content only, outside src/: nothing to compile, no API reference).
dotnet pack templates/Connectors.Templates.csproj -c Release -o "$artifacts"
ls -1 "$artifacts"

# Same version every pack: drop the Connectors.* copies the global cache holds so the consumer restores these.
consumer=samples/Connectors.Samples.PackageConsumer
cache="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
rm -rf "$cache"/connectors.*
dotnet restore "$consumer" --force-evaluate
dotnet run --project "$consumer" -c Release --no-restore

# A recipe package alone pulls in the engine and the clients of its own two systems, nothing else: restore
# Connectors.Recipes.PartnerCases into an empty project and list its Connectors.* closure.
closure_dir="$artifacts/recipe-closure"
mkdir -p "$closure_dir"
sed "s#../../artifacts#$artifacts#" "$consumer/NuGet.config" > "$closure_dir/NuGet.config"
cat > "$closure_dir/RecipeClosure.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Connectors.Recipes.PartnerCases" Version="0.1.0" />
  </ItemGroup>
</Project>
XML
echo '<Project />' > "$closure_dir/Directory.Build.props"
echo '<Project />' > "$closure_dir/Directory.Packages.props"
dotnet restore "$closure_dir/RecipeClosure.csproj" > /dev/null
closure=$(dotnet list "$closure_dir/RecipeClosure.csproj" package --include-transitive | grep -oE 'Connectors\.[A-Za-z.]+' | sort -u | tr '\n' ' ')
expected="Connectors.Core Connectors.OpenText Connectors.OpenText.CoreCase Connectors.OpenText.TradingGrid Connectors.Recipes.PartnerCases Connectors.Scenarios "
echo "Recipe package closure (Connectors.Recipes.PartnerCases): $closure"
if [ "$closure" != "$expected" ]; then
  echo "FAILED: expected only $expected" >&2
  exit 1
fi

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

bash scripts/test-templates.sh
