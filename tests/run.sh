#!/usr/bin/env bash
# Runs the test tiers with progress and ends with one line: "N passed, N failed".
#
#   bash tests/run.sh          fast tier: data + web tests; needs only the .NET SDK (~2 minutes)
#   bash tests/run.sh tools    tools tier: browser, axe, Lighthouse, validators, static export with nginx
#   bash tests/run.sh all      both (what .ci/run runs, after installing the tools tier's needs)
#
# Extra arguments go to every `dotnet test`, e.g. `bash tests/run.sh fast --filter-class '*RouteTests'`.
# Every test that does not pass counts as failed: a skipped test is listed, never silently dropped.
set -uo pipefail
cd "$(dirname "$0")/.."

tier="${1:-fast}"
[ $# -gt 0 ] && shift
case "$tier" in
    fast) projects=(tests/Transparency.Data.Tests tests/Transparency.Web.Tests) ;;
    tools) projects=(tests/Transparency.E2E.Tests) ;;
    all) projects=(tests/Transparency.Data.Tests tests/Transparency.Web.Tests tests/Transparency.E2E.Tests) ;;
    *) echo "usage: bash tests/run.sh [fast|tools|all] [dotnet test options]" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
started=$SECONDS

stamp() { printf '[%s +%ss] %s\n' "$(date +%H:%M:%S)" "$((SECONDS - started))" "$*"; }

stamp "building (Release)"
if ! dotnet build Transparency.sln -c Release -nologo > "$results/build.log" 2>&1; then
    grep -E ' error ' "$results/build.log" | sort -u | head -50
    stamp "the build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

passed=0
failed=0
status=0
index=0
for project in "${projects[@]}"; do
    index=$((index + 1))
    name="$(basename "$project")"
    began=$SECONDS
    stamp "[$index/${#projects[@]}] $name: running (each test is printed as it ends)"
    # Detailed output prints every test as it ends, so a long run never sits silent; a failure keeps
    # its message and the first lines of its stack.
    dotnet test --project "$project" -c Release --no-build --output Detailed \
        --report-trx --report-trx-filename "$name.trx" --results-directory "$results" "$@" 2>&1 \
        | awk '/^(passed|skipped) / { print "  " $0; failing = 0; fflush(); next }
               /^failed /           { print "  " $0; failing = 1; lines = 0; fflush(); next }
               failing && /^  / && lines < 25 { print "    " $0; lines++; fflush(); next }
               /^[^ ]/              { failing = 0 }'
    code=${PIPESTATUS[0]}
    [ "$code" -ne 0 ] && status=$code

    trx="$results/$name.trx"
    if [ ! -f "$trx" ]; then
        stamp "[$index/${#projects[@]}] $name: no report (exit $code): counted as one failure"
        failed=$((failed + 1))
        continue
    fi
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
    total="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
    ok="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    not_ok=$(( ${total:-0} - ${ok:-0} ))
    if [ "$code" -ne 0 ] && [ "$not_ok" -eq 0 ]; then
        not_ok=1  # a crashed host can leave a report that counts nothing as failed
    fi
    passed=$((passed + ${ok:-0}))
    failed=$((failed + not_ok))
    grep -o '<UnitTestResult [^>]*outcome="[A-Za-z]*"' "$trx" | grep -v 'outcome="Passed"' \
        | sed 's/.*testName="\([^"]*\)".*outcome="\([A-Za-z]*\)"/  not passed (\2): \1/'
    stamp "[$index/${#projects[@]}] $name: ${ok:-0} passed, $not_ok failed in $((SECONDS - began)) s"
done

stamp "tier '$tier' done in $((SECONDS - started)) s (build included)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
