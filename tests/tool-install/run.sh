#!/usr/bin/env bash
# Installs Portal as a webmaster would and times each step: dotnet pack → dotnet tool install (from the package just
# built) → portal --version (start-up, best of 5) → portal init --example → portal new → portal build (cold template
# cache, then warm) → portal serve until it answers. Everything happens in a fresh temporary folder; nothing is
# installed globally. Usage: bash tests/tool-install/run.sh   (prints one line per step; exits non-zero on failure)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
serve_pid=""
cleanup() { if [[ -n "$serve_pid" ]]; then kill "$serve_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
export PORTAL_CACHE_DIR="$work/cache"   # a cold template cache, as on a new machine

now() { date +%s.%N; }
step() { # step NAME COMMAND...: runs it quietly and prints how long it took
  local name="$1"; shift
  local start; start=$(now)
  "$@" > "$work/$name.log" 2>&1 || { echo "$name failed:"; cat "$work/$name.log"; exit 1; }
  printf '%-14s %6.2f s\n' "$name" "$(echo "$(now) - $start" | bc)"
}

step pack dotnet pack "$repo/src/Portal.Cli" -c Release -o "$work/packages" -nologo
step install dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" Portal
portal="$work/tools/portal"

best=99
for _ in 1 2 3 4 5; do
  start=$(now); "$portal" --version > /dev/null; took=$(echo "$(now) - $start" | bc)
  best=$(echo "if ($took < $best) $took else $best" | bc)
done
printf '%-14s %6.2f s (best of 5)\n' "start-up" "$best"
start=$(now); "$portal" --help > /dev/null
printf '%-14s %6.2f s\n' "help" "$(echo "$(now) - $start" | bc)"

cd "$work"
step init "$portal" init site --example
cd site
step new "$portal" new ceshi-ju 2024 --name 测试局
step build-cold "$portal" build
step build-warm "$portal" build
test -f public/index.html && test -f public/huaihua-jiguan-shiwu/2023/index.html

start=$(now)
"$portal" serve --port 0 > "$work/serve.log" 2>&1 &
serve_pid=$!
until grep -q "^serving\|^网站已启动" "$work/serve.log" 2>/dev/null; do
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.05
done
printf '%-14s %6.2f s\n' "serve" "$(echo "$(now) - $start" | bc)"
url=$(grep -o 'http://[0-9A-Za-z.:-]*/' "$work/serve.log" | head -1)
curl -fsS "$url" | grep -q "<html" && echo "serve answers at $url"
