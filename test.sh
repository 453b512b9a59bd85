#!/usr/bin/env bash
# The README's test command: builds the solution in Release and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Connectors.sln -c Release
dotnet test Connectors.sln -c Release --no-build --logger "console;verbosity=minimal" "$@"
