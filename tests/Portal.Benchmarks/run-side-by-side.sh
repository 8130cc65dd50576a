#!/usr/bin/env bash
# Portal against Hugo on the same number of reports, side by side in one run (issue 17). The machine is shared and
# noisy, so the builds alternate — Portal, Hugo, `cp -r` of Portal's output, Portal, Hugo, cp … — and the report
# gives each round's ratios and the medians, not absolute times to compare across runs.
#
#   bash tests/Portal.Benchmarks/run-side-by-side.sh N [rounds]           default rounds: 3
#   WORK=/work/scratch-17/bench bash tests/Portal.Benchmarks/run-side-by-side.sh 1000 5
#   BASELINE=/path/to/other/portal.dll bash tests/Portal.Benchmarks/run-side-by-side.sh 1000   # also an older Portal, alternating
#
# Portal builds the synthetic corpus (`portal-corpus --reports N --seed 1`); Hugo builds the anchor pages
# (../shared/bench/hugo-anchor/gen.py N: nine tables each in front matter). The `cp -r` floor copies Portal's own
# output, so it is what the file system costs for the files Portal writes. Prints Markdown on stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
n=${1:?usage: run-side-by-side.sh N [rounds]}
rounds=${2:-3}
work=${WORK:-/work/scratch-17/bench}
anchor=${HUGO_ANCHOR:-$repo/../shared/bench/hugo-anchor}
[ -d "$anchor" ] || anchor=/work/shared/bench/hugo-anchor
mkdir -p "$work"
case "$(realpath "$work")" in /|/tmp|/work|/work/shared*) echo "WORK must be a scratch folder of its own" >&2; exit 1;; esac
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }
command -v hugo >/dev/null || { echo "needs hugo (apt-get install -y hugo)" >&2; exit 1; }

dotnet build src/Portal.Cli -c Release -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
dotnet build tests/Portal.Corpus -c Release -v q -nologo >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
portal="dotnet $repo/src/Portal.Cli/bin/Release/net10.0/portal.dll"
corpus="dotnet $repo/tests/Portal.Corpus/bin/Release/net10.0/portal-corpus.dll"

site="$work/corpus-$n-$(git rev-parse --short HEAD:tests/Portal.Corpus)"
if [ ! -f "$site/.complete" ]; then
  rm -rf "$site"
  $corpus --reports "$n" --seed 1 --out "$site" >/dev/null
  touch "$site/.complete"
fi
hugo_site="$work/hugo-$n"
if [ ! -f "$hugo_site/.complete" ]; then
  rm -rf "$hugo_site"
  cp -r "$anchor" "$hugo_site"
  (cd "$hugo_site" && python3 gen.py "$n" content)
  touch "$hugo_site/.complete"
fi

# Templates compiled once, as for every build but the first after a theme or Portal change.
export PORTAL_CACHE_DIR="$work/template-cache"
$portal build --site "$site/site.yml" -o "$work/portal-out" -q >/dev/null
baseline=${BASELINE:+dotnet $BASELINE}
[ -z "$baseline" ] || $baseline build --site "$site/site.yml" -o "$work/baseline-out" -q >/dev/null

# Prints "wall cpu rss_mb" of the command, timed by /usr/bin/time -v.
timed() {
  local log=$1
  shift
  /usr/bin/time -v "$@" >"$log" 2>"$log.time" || { cat "$log" "$log.time" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
    /User time/ { cpu += $2 }
    /System time/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", wall, cpu, rss }' "$log.time"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { echo "$1 $2" | awk '{ printf "%.2f", $1 / $2 }'; }

echo "## Portal vs Hugo, $n reports, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
echo
echo "- machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(dotnet --version) SDK, hugo $(hugo version | cut -d' ' -f2)"
echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- command: \`bash tests/Portal.Benchmarks/run-side-by-side.sh $n $rounds\`"
echo
[ -z "$baseline" ] || echo "- baseline: \`$BASELINE\` (columns \"base\"; its output is compared with this Portal's by diff -r)"
echo
echo "| round | Portal wall s | CPU s | RSS MB | Hugo wall s | CPU s | RSS MB | cp -r s | Portal/Hugo wall | Portal/Hugo CPU | Portal/cp | base wall s | base CPU s | base RSS MB | Portal/base CPU | load after |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
: >"$work/rounds-$n.txt"
for round in $(seq 1 "$rounds"); do
  read -r pw pc pr < <(timed "$work/portal-$n-$round.log" $portal build --site "$site/site.yml" -o "$work/portal-out" -q)
  rm -rf "$hugo_site/OUT"
  read -r hw hc hr < <(cd "$hugo_site" && timed "$work/hugo-$n-$round.log" hugo --quiet -d OUT)
  rm -rf "$work/copy"
  sync
  read -r cw _ _ < <(timed "$work/cp-$n-$round.log" cp -r "$work/portal-out" "$work/copy")
  rm -rf "$work/copy"
  bw=- bc=- br=-   # no baseline: its columns say so, not 0
  [ -z "$baseline" ] || read -r bw bc br < <(timed "$work/baseline-$n-$round.log" $baseline build --site "$site/site.yml" -o "$work/baseline-out" -q)
  echo "$pw $pc $pr $hw $hc $hr $cw $bw $bc $br" >>"$work/rounds-$n.txt"
  echo "| $round | $pw | $pc | $pr | $hw | $hc | $hr | $cw | $(ratio "$pw" "$hw") | $(ratio "$pc" "$hc") | $(ratio "$pw" "$cw") | $bw | $bc | $br | $([ -z "$baseline" ] && echo - || ratio "$pc" "$bc") | $(cut -d' ' -f1 /proc/loadavg) |"
done
col() { awk -v c="$1" '{ print $c }' "$work/rounds-$n.txt" | median; }
pw=$(col 1) pc=$(col 2) pr=$(col 3) hw=$(col 4) hc=$(col 5) hr=$(col 6) cw=$(col 7) bw=$(col 8) bc=$(col 9) br=$(col 10)
[ -n "$baseline" ] || bw=- bc=- br=-
echo "| **median** | $pw | $pc | $pr | $hw | $hc | $hr | $cw | **$(ratio "$pw" "$hw")** | **$(ratio "$pc" "$hc")** | **$(ratio "$pw" "$cw")** | $bw | $bc | $br | **$([ -z "$baseline" ] && echo - || ratio "$pc" "$bc")** | |"
echo
[ -z "$baseline" ] || { diff -rq "$work/baseline-out" "$work/portal-out" >/dev/null && echo "Output byte-identical to the baseline's (diff -rq)." || echo "**Output differs from the baseline's** (diff -rq $work/baseline-out $work/portal-out)."; echo; }
echo "Output: $(find "$work/portal-out" -type f | wc -l) files, $(du -sm "$work/portal-out" | cut -f1) MB (Portal); $(find "$hugo_site/OUT" -type f | wc -l) files, $(du -sm "$hugo_site/OUT" | cut -f1) MB (Hugo)."

# A rebuild with nothing changed (portal build --incremental): the first fills the build stamp, the next ones are timed.
$portal build --site "$site/site.yml" -o "$work/incremental-out" -q --incremental
echo
echo "No-change rebuild (\`--incremental\`, after one build that wrote the stamp):"
for round in 1 2 3; do
  read -r iw ic ir < <(timed "$work/incremental-$n-$round.log" $portal build --site "$site/site.yml" -o "$work/incremental-out" -q --incremental)
  echo "round $round: $iw s wall, $ic s CPU, $ir MB."
done
