#!/usr/bin/env bash
# The large fuzz run (issue 14): N cases (default 1000) of seed S (default 14), each a broken copy of one sample content
# file run through portal validate and, when validate accepts it, portal build. Cases go to a worker process that is
# replaced when it crashes, passes the time limit (30 s) or the memory limit (2 GB working set), so every case is
# counted. Prints the count per outcome and every bad case; writes one tab-separated line per case to
# tests/Portal.Fuzz/results/seed-S-N.tsv. Exits 0 when every case built or was refused with located errors.
#   bash tests/Portal.Fuzz/run.sh [N] [S]
#   dotnet tests/Portal.Fuzz/bin/Debug/net10.0/portal-fuzz.dll case --repo . --seed S --index I --out DIR   # one case's site, to run portal on by hand
set -euo pipefail
cd "$(dirname "$0")/../.."
cases="${1:-1000}"
seed="${2:-14}"
dotnet build tests/Portal.Fuzz -nologo -v quiet >/dev/null
mkdir -p tests/Portal.Fuzz/results
exec dotnet tests/Portal.Fuzz/bin/Debug/net10.0/portal-fuzz.dll run --repo . --seed "$seed" --cases "$cases" --log "tests/Portal.Fuzz/results/seed-$seed-$cases.tsv"
