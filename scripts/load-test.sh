#!/usr/bin/env bash
# Load test of /api/search: builds (or reuses) an index of a generated corpus, starts the API in Release on
# 127.0.0.1, and runs wrk with a mix of queries several times, recording requests/s, latency p50/p99, errors
# and the service's memory (RSS) before and after each run. Only loopback traffic; every run is bounded.
#
#   scripts/load-test.sh [--docs 20000] [--connections 64] [--duration 30s] [--runs 3] [--port 5123]
set -euo pipefail
cd "$(dirname "$0")/.."

docs=20000; connections=64; duration=30s; runs=3; port=5123; threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
shared=../shared
work=${LOAD_TEST_DIR:-/tmp/searchservice-load-$docs}
mkdir -p "$work"
corpus=$work/corpus.jsonl
index=$work/index

if [ ! -s "$corpus" ]; then
  echo "generating $docs documents"
  python3 "$shared/tools/gen-corpus.py" --docs "$docs" --seed 1 --out "$corpus" 2>/dev/null
fi
dotnet build src/SearchService.Api -c Release -v q -nologo >/dev/null
dotnet build src/SearchService.Indexer -c Release -v q -nologo >/dev/null
if [ ! -f "$index/CURRENT" ]; then
  echo "building the index"
  dotnet src/SearchService.Indexer/bin/Release/net10.0/searchservice-indexer.dll build --source "$corpus" --index "$index"
fi

# The query mix: terms common and rare, phrases, prefixes, filters, levels, pages.
lua=$work/mix.lua
cat > "$lua" <<'LUA'
local paths = {
  "/api/search?q=government", "/api/search?q=security&type=paragraphs", "/api/search?q=funding+support",
  "/api/search?q=%22armed+forces%22", "/api/search?q=pro*", "/api/search?q=drainage",
  "/api/search?q=health&department=Department+of+Health+and+Social+Care", "/api/search?q=investment&from=2020-01-01&to=2021-12-31",
  "/api/search?q=minister&type=quotes", "/api/search?q=people&page=3", "/api/search?q=juxskon", "/api/search?q=&sort=newest",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} SearchService__IndexPath=$index SearchService__RateLimit__PermitsPerSecond=0 ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/healthz"; echo
echo "service RSS after start: $(rss $api) MB"

printf '%-4s %10s %9s %9s %8s %10s %10s\n' run "req/s" "p50" "p99" errors "RSS before" "RSS after"
for run in $(seq 1 "$runs"); do
  before=$(rss $api)
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "http://127.0.0.1:$port")
  after=$(rss $api)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {s=s $0 "; "} END {print (s=="" ? "0" : s)}' <<<"$out")
  printf '%-4s %10s %9s %9s %8s %7s MB %7s MB\n' "$run" "$rps" "$p50" "$p99" "$errors" "$before" "$after"
done
