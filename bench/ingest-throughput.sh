#!/usr/bin/env bash
# Ingest throughput: generates a sample set of N applications (default 100,000), then measures the
# USPTO XML and Google JSON readers against the raw StAX / Jackson parse of the same bytes, and the
# whole Spark ingest job on all cores. The sample generator's own time is printed first (it was once a
# unit-test assertion, which failed on a busy machine). Figures are printed; nothing is asserted.
#   bench/ingest-throughput.sh [N] [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-100000}"
RUNS="${2:-3}"
WORK="${PATNAV_BENCH_DIR:-$ROOT/target/bench-ingest}"
rm -rf "$WORK" && mkdir -p "$WORK"
start=$(date +%s.%N)
"$ROOT/patnav" samples --out "$WORK/samples" --patents "$N" --seed 7
end=$(date +%s.%N)
awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN { printf "sample generator: %d applications in %.1f s (%.0f applications/s, whole process incl. JVM start)\n", n, e - s, n / (e - s) }'
PATNAV_DRIVER_MEMORY="${PATNAV_DRIVER_MEMORY:-8g}" PATNAV_MAIN_CLASS=org.patnav.bench.IngestThroughputBench \
  "$ROOT/patnav" "$WORK/samples" "$WORK/warehouse" "$RUNS"
