#!/usr/bin/env bash
# README's test command: installs what is missing, builds the solution once and runs every test project.
# Test projects start the servers they need (PostgreSQL, Redis, RabbitMQ) on free loopback ports themselves.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
eng/prerequisites.sh test

# npm packages for the JavaScript peers (graphql-js oracle, GraphQL clients) go into the repo's own tests/js folder.
(cd tests/js && npm ci --no-audit --no-fund --loglevel=error)

results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

dotnet build CustomerCentric.sln -nologo -v:q -clp:ErrorsOnly
status=0
dotnet test CustomerCentric.sln --no-build -nologo --results-directory "$results" \
  --logger "trx" --logger "console;verbosity=normal" || status=$?

# One closing line over every test assembly, from the TRX files the runs wrote.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed))); failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get total) - $(get executed)))
done
# The failed tests by name at the very end, where a truncated log still shows them.
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/Failed: \1/p' \
    | sed 's/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' || true
done
echo "Tests: $passed passed, $failed failed, $skipped skipped"
# A skipped test would look green while proving nothing: it fails the run.
if [ "$skipped" -gt 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then status=1; fi
exit $status
