#!/usr/bin/env bash
# Rerunnable comparison of Portal's search with Pagefind 1.6.0 (issue 4). Writes results/*.json.
#   bash tests/search-comparison/run.sh              # the sample site
#   bash tests/search-comparison/run.sh 1000         # also a synthetic site of 1000 reports (tests/Portal.Corpus)
# Needs node >= 20, npm, dotnet and Debian's Chromium at /usr/bin/chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/results"
# npm install, not npm ci: the lock file pins the versions, but pagefind lists optional binaries for every platform
# and a registry mirror without the other platforms' packages makes npm ci refuse the lock as out of sync.
(cd "$here" && npm install --no-audit --no-fund --silent)

dotnet run --project "$repo/src/Portal.Cli" -- build --site "$repo/site.yml" -o "$work/sample"
node "$here/compare.mjs" --site "$work/sample" --label sample --out "$here/results/sample.json"

if [ "${1:-}" != "" ]; then
  reports="$1"
  dotnet run --project "$repo/tests/Portal.Corpus" -- --reports "$reports" --seed 1 --out "$work/corpus" --themes-dir "$repo/themes"
  dotnet run --project "$repo/src/Portal.Cli" -- build --site "$work/corpus/site.yml" -o "$work/synthetic"
  node "$here/compare.mjs" --site "$work/synthetic" --label "synthetic-$reports" --out "$here/results/synthetic-$reports.json"
fi
