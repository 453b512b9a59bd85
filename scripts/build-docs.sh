#!/usr/bin/env bash
# Builds the docs site into artifacts/docs-site and fails on any warning:
#  1. docs/builder checks the pages (snippets up to date with their source, no C# block that is not pulled from
#     code, links and anchors resolve, every page reachable from docs/index.md) and writes them as the DocFX
#     project in artifacts/docs-src (links to source files point at the repository);
#  2. DocFX (the local tool of .config/dotnet-tools.json) reads the API of every project under src/ (a glob: a
#     new package is picked up without editing anything), and renders the guide and the API reference as one site;
#  3. docs/builder checks that every public type of every src project got its API page.
# Usage: scripts/build-docs.sh [--no-build]   (--no-build: use the Release build that ./test.sh made, as CI does)
set -euo pipefail
cd "$(dirname "$0")/.."
build_args=()
if [ "${1:-}" = "--no-build" ]; then build_args+=(--no-build); fi

dotnet run --project docs/builder -c Release "${build_args[@]}" -- --out artifacts/docs-src
dotnet tool restore > /dev/null
dotnet tool run docfx metadata docfx.json --warningsAsErrors
dotnet tool run docfx build docfx.json --warningsAsErrors
dotnet run --project docs/builder -c Release --no-build -- --check-reference artifacts/docs-site
