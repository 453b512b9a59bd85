#!/usr/bin/env bash
# Proves the dotnet new templates work as a user meets them (called by scripts/pack.sh, after artifacts/ is packed):
#  1. installs Connectors.Templates from artifacts/ into a private template hive, and the connectors-emulators tool;
#  2. starts the tool for BigCommerce and Core Case on its default ports (the ones the templates'
#     appsettings.Development.json name) and checks that every key the tool writes has the same value there;
#  3. per template: dotnet new, build against the packages in artifacts/, run it in Development, and drive one
#     order exception end to end over HTTP: a declined order placed in the BigCommerce emulator must open exactly
#     one payment-declined case in the Core Case emulator (the worker finds it by polling; the web host gets a
#     signed webhook at POST /webhooks/bigcommerce with its pollers off, and answers /health).
# Usage: scripts/test-templates.sh   (needs artifacts/ from scripts/pack.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
artifacts="${ARTIFACTS:-$root/artifacts}"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "templates: FAILED: $*" >&2; for f in "$work"/*.out; do echo "--- $f" >&2; tail -n 40 "$f" >&2; done; exit 1; }

wait_for() { # wait_for <seconds> <description> <command...>
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" > /dev/null 2>&1; then return 0; fi
    sleep 1
  done
  fail "$what (waited ${seconds} s)"
}

hive="$work/hive"
dotnet new install "$artifacts/Connectors.Templates.$version.nupkg" --debug:custom-hive "$hive" > /dev/null
dotnet tool install --tool-path "$work/tools" Connectors.Emulators.Tool --version "$version" --add-source "$artifacts" > /dev/null

# A user's machine has nuget.org; these packages come from artifacts/ (not published yet).
sed "s#../../artifacts#$artifacts#" samples/Connectors.Samples.PackageConsumer/NuGet.config > "$work/NuGet.config"

"$work/tools/connectors-emulators" bigcommerce corecase --write-config "$work/emulators.json" > "$work/emulators.out" 2>&1 &
pids+=($!)
wait_for 60 "connectors-emulators did not print Ready" grep -q '^Ready\.' "$work/emulators.out"

bigcommerce=http://127.0.0.1:5181/stores/emu-store
corecase=http://127.0.0.1:5182/api/v1
definition=d388103d-0e35-476b-9d92-6b99ec2a7f1c

place_declined_order() {
  curl -sf -X POST "$bigcommerce/v2/orders" -H 'X-Auth-Token: emu-token' -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -d '{"customer_id":2,"status_id":6,"billing_address":{"first_name":"Ava","last_name":"Garcia","email":"ava.garcia@example.com","street_1":"12 Harbour Rd","city":"Sydney","zip":"2000","country":"Australia","country_iso2":"AU"},"products":[{"product_id":78,"quantity":1}]}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

cases_for() { # prints how many cases carry the external reference of order $1's payment-declined exception
  local token
  token=$(curl -sf -X POST http://127.0.0.1:5180/tenants/tenant-1/oauth2/token -d grant_type=client_credentials -d client_id=connectors-client -d client_secret=s3cret-value \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  curl -sf -H "Authorization: Bearer $token" "$corecase/case-definitions/$definition/cases?externalSystem=bigcommerce:emu-store&externalId=order:$1:payment-declined" \
    | python3 -c '
import json, sys
body = json.load(sys.stdin)
print(len(body["_embedded"]["cases"]) if "_embedded" in body else 0)'
}

one_case_for() { [ "$(cases_for "$1")" = "1" ]; }

# The polls start here: the seeded history (a few hundred changes, a few minutes of work on a loaded machine) is
# not what this test is about.
since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
for template in worker web; do
  name="Shop${template^}"
  dotnet new "connectors-$template" -n "$name" -o "$work/$name" --debug:custom-hive "$hive" > /dev/null
  project="$work/$name"

  # The file the template ships must say what the tool says (same ports, keys and credentials).
  python3 - "$work/emulators.json" "$project/appsettings.Development.json" <<'PY' || fail "$name/appsettings.Development.json differs from what connectors-emulators writes"
import json, sys
def flat(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items(): yield from flat(v, f"{prefix}{k}:")
    elif isinstance(node, list):
        for i, v in enumerate(node): yield from flat(v, f"{prefix}{i}:")
    else: yield prefix[:-1], str(node)
tool, template = dict(flat(json.load(open(sys.argv[1])))), dict(flat(json.load(open(sys.argv[2]))))
wrong = {k: (v, template.get(k)) for k, v in tool.items() if template.get(k) != v}
for k, (want, got) in wrong.items(): print(f"  {k}: tool {want!r}, template {got!r}", file=sys.stderr)
sys.exit(1 if wrong else 0)
PY

  dotnet build "$project" -c Release > "$work/$name-build.out" 2>&1 || fail "$name does not build"

  order=$(place_declined_order) || fail "could not place an order in the BigCommerce emulator"
  if [ "$template" = worker ]; then
    (cd "$project" && DOTNET_ENVIRONMENT=Development exec dotnet "bin/Release/net10.0/$name.dll" --Recipes:PollInterval=00:00:01 --Recipes:PollFrom="$since") > "$work/$name.out" 2>&1 &
    pids+=($!)
    wait_for 90 "$name opened no payment-declined case for order $order" one_case_for "$order"
  else
    (cd "$project" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "bin/Release/net10.0/$name.dll" --urls http://127.0.0.1:5190 --Scenarios:RunPollers=false) > "$work/$name.out" 2>&1 &
    pids+=($!)
    wait_for 60 "$name did not answer Healthy at /health" sh -c 'curl -sf http://127.0.0.1:5190/health | grep -q Healthy'
    secret=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["Webhooks"]["BigCommerce"])' "$project/appsettings.Development.json")
    now=$(date +%s)
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:5190/webhooks/bigcommerce -H 'Content-Type: application/json' -H "X-Connectors-Webhook-Secret: $secret" \
      -d "{\"scope\":\"store/order/statusUpdated\",\"store_id\":\"1001\",\"producer\":\"stores/emu-store\",\"hash\":\"template-test-$order\",\"created_at\":$now,\"data\":{\"type\":\"order\",\"id\":$order,\"status\":{\"previous_status_id\":0,\"new_status_id\":6}}}")
    [ "$status" = 200 ] || fail "$name answered $status to a signed webhook"
    wrong=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:5190/webhooks/bigcommerce -H 'Content-Type: application/json' -H 'X-Connectors-Webhook-Secret: wrong-secret-0123456789' -d '{}')
    [ "$wrong" = 401 ] || fail "$name answered $wrong to a wrong secret"
    wait_for 60 "$name opened no payment-declined case for order $order from its webhook" one_case_for "$order"
  fi
  kill -TERM "${pids[-1]}"; wait "${pids[-1]}" || true
  echo "template connectors-$template: instantiated, built against artifacts/, ran against the emulators: order $order declined → 1 case"
done
