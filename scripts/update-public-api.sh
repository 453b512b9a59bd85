#!/usr/bin/env bash
# Rewrites the public API baselines (src/*/PublicAPI.Unshipped.txt) from the code. Run it after a deliberate change
# to a package's public surface (the build fails with RS0016/RS0017 until then) and review the PublicAPI diff like
# any other change. Nothing has shipped yet (0.1.0), so every line is in PublicAPI.Unshipped.txt; when a version
# ships, move its lines into PublicAPI.Shipped.txt.
# Usage: scripts/update-public-api.sh [src/Project ...]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then projects=(src/*/); fi
for dir in "${projects[@]}"; do
  dir="${dir%/}"
  [ -s "$dir/PublicAPI.Shipped.txt" ] || echo '#nullable enable' > "$dir/PublicAPI.Shipped.txt"
  echo '#nullable enable' > "$dir/PublicAPI.Unshipped.txt"
  # RS0016's code fix adds every public symbol the baseline lacks; starting from an empty Unshipped file, that is
  # the whole surface, so removed symbols disappear too.
  dotnet format analyzers "$dir" --diagnostics RS0016 --severity info
  # The code fix cannot edit source-generated members (a public JsonSerializerContext's properties): take their
  # lines from the build's RS0016 messages.
  dotnet build "$dir" -c Release 2>&1 | grep -F "$PWD/$dir/" | sed -n "s/.*error RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" \
    | sort -u >> "$dir/PublicAPI.Unshipped.txt" || true
  { echo '#nullable enable'; grep -v '^#' "$dir/PublicAPI.Unshipped.txt" | sort -u; } > "$dir/PublicAPI.tmp" && mv "$dir/PublicAPI.tmp" "$dir/PublicAPI.Unshipped.txt"
  echo "$dir: $(grep -vc '^#' "$dir/PublicAPI.Unshipped.txt") public symbols"
done
