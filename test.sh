#!/usr/bin/env bash
# The README's test command. On a fresh machine with only the .NET SDK it sets up what the tests need through the
# project's own scripts (idempotent: each does nothing when its part is already there), then builds the solution in
# Release and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
echo "test.sh: setting up what the tests need"
bash ./scripts/install-browser.sh
# The PostgreSQL store's tests need a server: a private one on a Unix socket unless a connection string is given.
if [ -z "${CONNECTORS_TEST_POSTGRES:-}" ]; then
    if pg="$(bash ./scripts/start-postgres.sh)"; then
        export CONNECTORS_TEST_POSTGRES="$pg"
    else
        echo "test.sh: PostgreSQL did not start; the tests that need it will try once more and fail" >&2
    fi
fi
dotnet build Connectors.sln -c Release
# The chaos soak writes its figures next to its test assembly: print them whatever the outcome (docs/testing.md).
rm -f tests/*/bin/Release/*/chaos-soak.txt
status=0
dotnet test Connectors.sln -c Release --no-build --logger "console;verbosity=minimal" "$@" || status=$?
cat tests/*/bin/Release/*/chaos-soak.txt 2>/dev/null || true
exit "$status"
