#!/usr/bin/env bash
# Whole-process benchmark of `portal build` (issue 6). Builds Release, writes the synthetic corpus for each size,
# then times each build as a fresh process: wall time, CPU time, peak RSS (/usr/bin/time -v) and the per-stage
# times that `portal build --timings` prints. Also times the sample site from a cold process, with and without
# compiled templates in the on-disk cache.
#
#   bash tests/Portal.Benchmarks/run-build-bench.sh [sizes...]        default sizes: 100 1000 10000
#   RUNS=2 WORK=/tmp/portal-bench bash tests/Portal.Benchmarks/run-build-bench.sh 100 1000
#
# Prints a Markdown report on stdout (paste it into RESULTS.md); logs go to $WORK.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(100 1000 10000); fi
runs=${RUNS:-2}
work=${WORK:-/tmp/portal-bench}
seed=1
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }

dotnet build src/Portal.Cli -c Release -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build tests/Portal.Corpus -c Release -v q -nologo >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
portal="dotnet $repo/src/Portal.Cli/bin/Release/net10.0/portal.dll"
corpus="dotnet $repo/tests/Portal.Corpus/bin/Release/net10.0/portal-corpus.dll"

# One timed build: prints "wall cpu rss_mb pages pages_per_s files gc_pause load validate check model render index write".
timed_build() {
  local site=$1 out=$2 log=$3
  /usr/bin/time -v $portal build --site "$site" -o "$out" --timings --quiet >"$log" 2>"$log.time"
  local wall rss user sys
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log.time")
  user=$(awk -F': ' '/User time/ {print $2}' "$log.time")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log.time")
  local pages files pause stage
  pages=$(sed -n 's/^timing total .* pages=\([0-9]*\) .*/\1/p' "$log")
  files=$(sed -n 's/^timing total .* files=\([0-9]*\) .*/\1/p' "$log")
  pause=$(sed -n 's/^timing gc pause_seconds=\([0-9.]*\) .*/\1/p' "$log")
  printf '%s %.2f %s %s %.0f %s %s' "$wall" "$(echo "$user + $sys" | bc)" "$rss" "$pages" "$(echo "$pages / $wall" | bc -l)" "$files" "$pause"
  for stage in load validate check model render index write; do
    printf ' %s' "$(sed -n "s/^timing stage=$stage seconds=\([0-9.]*\).*/\1/p" "$log")"
  done
  echo
}

# What this machine's file system costs, apart from Portal: create N files of 8 KB in 100 folders, then delete them.
# A build writes one file per page, table download and index chunk, so this rate is a floor under write time.
file_rate() {
  local n=$1 dir
  dir=$(mktemp -d "$work/files.XXXX")
  python3 - "$dir" "$n" <<'PY'
import os, sys, time
root, n = sys.argv[1], int(sys.argv[2])
data = b"x" * 8192
start = time.time()
for i in range(n):
    folder = os.path.join(root, str(i % 100))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, str(i)), "wb") as f:
        f.write(data)
print(f"{n / (time.time() - start):.0f}")
PY
  rm -rf "$dir"
}

echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC') at commit $(git rev-parse --short HEAD)"
echo
echo "- machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(dotnet --version) SDK, $(uname -r)"
echo "- load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (anything above ~0.5 means other work shared the 2 cores)"
echo "- command: \`RUNS=$runs bash tests/Portal.Benchmarks/run-build-bench.sh ${sizes[*]}\`"
echo

# The sample site from a cold process: first with an empty template cache (Roslyn compiles every template),
# then with the cache that run filled (what every later build sees).
cache=$(mktemp -d "$work/template-cache.XXXX")
echo "### Sample site (content/), cold process"
echo
echo "| template cache | wall s | CPU s | peak RSS MB | pages |"
echo "|---|---:|---:|---:|---:|"
for state in empty warm warm; do
  read -r wall cpu rss pages _ < <(PORTAL_CACHE_DIR=$cache timed_build "$repo/site.yml" "$work/sample-out" "$work/sample-$state.log")
  echo "| $state | $wall | $cpu | $rss | $pages |"
done
rm -rf "$cache"
echo

# Every corpus build is a new process with the templates already compiled on disk, as on any build but the
# first after a theme or Portal change; one untimed build fills that cache.
export PORTAL_CACHE_DIR="$work/template-cache"
$portal build --site "$repo/site.yml" -o "$work/sample-out" >/dev/null

echo "### Synthetic corpus (portal-corpus --seed $seed), cold process, warm template cache"
echo
echo "File system baseline (same machine, just before): $(file_rate 20000) files of 8 KB created per second."
echo
echo "| reports | run | wall s | CPU s | peak RSS MB | pages | pages/s (wall) | files | GC pause s | load s | validate s | check s | model s | render s | index s | write s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  # Keyed by the generator's committed source, so a changed generator never reuses an old corpus.
  site="$work/corpus-$n-$(git rev-parse --short HEAD:tests/Portal.Corpus)"
  if [ ! -f "$site/.complete" ]; then
    $corpus --reports "$n" --seed "$seed" --out "$site" >/dev/null
    touch "$site/.complete"
  fi
  for run in $(seq 1 "$runs"); do
    # Run 1 writes into an empty folder; later runs replace the previous output, as a rebuild does.
    read -r wall cpu rss pages pps files pause load validate check model render index write < <(timed_build "$site/site.yml" "$work/out-$n" "$work/build-$n-$run.log")
    echo "| $n | $run | $wall | $cpu | $rss | $pages | $pps | $files | $pause | $load | $validate | $check | $model | $render | $index | $write |"
  done
  rm -rf "$work/out-$n"
done
