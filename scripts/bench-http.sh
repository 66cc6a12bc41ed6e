#!/usr/bin/env bash
# HTTP figure for issue 6: starts the API (Release) on 127.0.0.1:PORT over an existing index, runs wrk with
# 16 connections for 30 s against /api/search, rotating through the bench queries (translated to our syntax
# by searchservice-bench), prints requests/s and latency p50/p99, then stops the API.
#
#   scripts/bench-http.sh INDEX_DIR [TYPE=documents|paragraphs] [PORT=5087]
#   env: DURATION (30s), CONNECTIONS (16), WRK_THREADS (2), QUERIES (anchor file), PARSER (full; placeholder
#        skips what the first engine's placeholder parser could not read), NO_BUILD=1 to skip `dotnet build`
# Needs wrk (Debian: apt-get install -y wrk). Only 127.0.0.1 traffic; every step is bounded in time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
INDEX=$(realpath "${1:?usage: bench-http.sh INDEX_DIR [documents|paragraphs] [PORT]}")
TYPE=${2:-documents}
PORT=${3:-5087}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
WRK_THREADS=${WRK_THREADS:-2}
QUERIES=${QUERIES:-/work/shared/anchors/queries-bench.txt}
PARSER=${PARSER:-full}
work=$(mktemp -d /tmp/bench-http.XXXXXX)

command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }
[ -f "$INDEX/CURRENT" ] || { echo "no index in $INDEX (build one with searchservice-bench build)" >&2; exit 2; }
if [ -z "${NO_BUILD:-}" ]; then
  dotnet build "$here/src/SearchService.Api/SearchService.Api.csproj" -c Release --nologo -v q >/dev/null
  dotnet build "$here/tests/SearchService.Benchmarks/SearchService.Benchmarks.csproj" -c Release --nologo -v q >/dev/null
fi
api="$here/src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll"
bench="$here/tests/SearchService.Benchmarks/bin/Release/net10.0/searchservice-bench"

"$bench" translate --queries "$QUERIES" --parser "$PARSER" --level "$TYPE" --lua "$work/mix.lua" | tail -1

# SourcePath points nowhere so that a missing index is an error, never a surprise build from the seeds.
start=$(date +%s.%N)
DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet "$api" --urls "http://127.0.0.1:$PORT" --SearchService:IndexPath="$INDEX" --SearchService:SourcePath=/nonexistent --SearchService:RateLimit:PermitsPerSecond=0 \
  > "$work/api.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

ready=""
for _ in $(seq 1 300); do   # at most 30 s
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/search?q=government&type=$TYPE"; then ready=$(date +%s.%N); break; fi
  kill -0 "$pid" 2>/dev/null || { echo "API exited:" >&2; cat "$work/api.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$ready" ] || { echo "API not answering after 30 s" >&2; cat "$work/api.log" >&2; exit 1; }
printf 'API ready (first search answered) %.2f s after start; RSS %s MiB\n' "$(echo "$ready - $start" | bc)" \
  "$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timeout 120 wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$work/mix.lua" "http://127.0.0.1:$PORT" | tee "$work/wrk.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if ! kill -0 "$pid" 2>/dev/null; then
  rc=0; wait "$pid" || rc=$?
  echo "API process ended during the run (exit $rc; 137/143 = killed from outside); its log:" >&2; tail -20 "$work/api.log" >&2; exit 1
fi
rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk.txt")
errors=$(awk '/Socket errors/ {print $0}' "$work/wrk.txt")
printf 'HTTP type=%s connections=%s duration=%s: %s requests/s, p50 %s, p99 %s, non-2xx %s%s; API peak RSS %s MiB\n' \
  "$TYPE" "$CONNECTIONS" "$DURATION" "$rps" "$p50" "$p99" "${non2xx:-0}" "${errors:+, $errors}" \
  "$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$pid/status)"
