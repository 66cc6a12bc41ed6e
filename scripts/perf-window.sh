#!/usr/bin/env bash
# One measuring window, four engines on one corpus and query file (issue 11): Java Lucene 8.8 and the Lucene.Net 4.8
# harness (../shared/anchors), the engine before Lucene (tag engine-postings, built beforehand) and this checkout.
# Builds one after another, then ROUNDS interleaved query rounds; every step under /usr/bin/time -v with the load
# before and after it. Summarise with scripts/perf-summary.py OUT_DIR.
#
#   scripts/perf-window.sh CORPUS.jsonl WORK_DIR OUT_DIR
#   env: JAVA_BUILD (the Java anchor's build.sh output), LNET_BUILD (the Lucene.Net anchor's build.sh output),
#        POSTINGS_BENCH (folder with engine-postings' searchservice-bench), QUERIES (../shared/anchors/queries-bench.txt),
#        WARMUP (2), REPS (3), ROUNDS (2), SKIP_BUILD=1 to reuse the indexes in WORK_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$(realpath "$1"); WORK=$2; OUT=$3
Q=$(realpath "${QUERIES:-$here/../shared/anchors/queries-bench.txt}")
WARMUP=${WARMUP:-2}; REPS=${REPS:-3}; ROUNDS=${ROUNDS:-2}
JAVA="java -Xms2g -Xmx4g -XX:+UseG1GC -cp ${JAVA_BUILD:?}/classes:$(cat "$JAVA_BUILD/classpath.txt") LuceneBench"
LNET="dotnet ${LNET_BUILD:?}/bin/LuceneNetBench/release/LuceneNetBench.dll"
POSTINGS="${POSTINGS_BENCH:?}/searchservice-bench"
OURS="$here/tests/SearchService.Benchmarks/bin/Release/net10.0/searchservice-bench"
# The service's own GC budget (launchSettings.json, Dockerfile); the other engines run as their anchors do.
OURS_ENV="env DOTNET_GCgen0size=0x4000000"
mkdir -p "$WORK" "$OUT"
timeline="$OUT/window.log"

step() {                                               # step NAME command...
  local name=$1; shift
  local log="$OUT/$name.log"
  echo "$(date -u +%FT%TZ) START $name load=$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$timeline"
  { echo "# $*"; echo "# load before: $(cat /proc/loadavg)"; } > "$log"
  /usr/bin/time -v "$@" >> "$log" 2>&1 || echo "# exit $?" >> "$log"
  echo "# load after: $(cat /proc/loadavg)" >> "$log"
  echo "$(date -u +%FT%TZ) END   $name load=$(cut -d' ' -f1-3 /proc/loadavg) maxrss=$(awk '/Maximum resident/{print $6}' "$log")KB" | tee -a "$timeline"
}

dotnet build "$here/tests/SearchService.Benchmarks" -c Release --nologo -v q > /dev/null
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  rm -rf "$WORK"/{java,lnet,postings,ours}-idx
  step java-build     $JAVA index --corpus "$CORPUS" --index "$WORK/java-idx" --threads 2 --force-merge true
  step lnet-build     $LNET index --corpus "$CORPUS" --index "$WORK/lnet-idx" --threads 2 --force-merge true
  step postings-build "$POSTINGS" build --corpus "$CORPUS" --index "$WORK/postings-idx" --results "$WORK/postings-results.jsonl"
  step ours-build     $OURS_ENV "$OURS" build --corpus "$CORPUS" --index "$WORK/ours-idx" --results "$WORK/ours-results.jsonl"
  du -sm "$WORK"/{java,lnet,postings,ours}-idx | tee "$OUT/sizes.txt" | tee -a "$timeline"
fi
for r in $(seq 1 "$ROUNDS"); do
  step "java-query-r$r"        $JAVA query --index "$WORK/java-idx" --queries "$Q" --tsv "$OUT/java-r$r.tsv" --warmup "$WARMUP" --reps "$REPS" --threads 2
  step "lnet-query-r$r"        $LNET query --index "$WORK/lnet-idx" --queries "$Q" --tsv "$OUT/lnet-r$r.tsv" --warmup "$WARMUP" --reps "$REPS" --threads 2
  step "lnet-cached-query-r$r" $LNET query --index "$WORK/lnet-idx" --queries "$Q" --tsv "$OUT/lnet-cached-r$r.tsv" --warmup "$WARMUP" --reps "$REPS" --threads 2 --facets cached
  step "postings-query-r$r"    "$POSTINGS" query --index "$WORK/postings-idx" --queries "$Q" --tsv "$OUT/postings-r$r.tsv" --warmup "$WARMUP" --reps "$REPS" --threads 1,2 --results "$WORK/postings-results.jsonl"
  step "ours-query-r$r"        $OURS_ENV "$OURS" query --index "$WORK/ours-idx" --queries "$Q" --tsv "$OUT/ours-r$r.tsv" --warmup "$WARMUP" --reps "$REPS" --threads 1,2 --results "$WORK/ours-results.jsonl"
done
for engine in lnet lnet-cached postings ours; do
  python3 "$here/../shared/anchors/fts5_bench.py" compare "$OUT/java-r1.tsv" "$OUT/$engine-r1.tsv" > "$OUT/compare-$engine-vs-java.txt"
done
python3 "$here/../shared/anchors/fts5_bench.py" compare "$OUT/lnet-r1.tsv" "$OUT/ours-r1.tsv" > "$OUT/compare-ours-vs-lnet.txt"
echo "done: $OUT" | tee -a "$timeline"
