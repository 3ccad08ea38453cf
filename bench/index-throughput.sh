#!/usr/bin/env bash
# Index build throughput and query latency on a generated warehouse of at least a million publications:
# generates N applications (default 920,000, about 1.01 million publications), ingests them, then runs
# IndexBench: the Spark index job against a plain single-writer Lucene build of the same documents, and
# p50/p99 query latency over a fixed query set. Figures are printed; nothing is asserted.
#   bench/index-throughput.sh [N] [rounds]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-920000}"
ROUNDS="${2:-20}"
WORK="${PATNAV_BENCH_DIR:-$ROOT/target/bench-index}"
rm -rf "$WORK" && mkdir -p "$WORK"
export PATNAV_DRIVER_MEMORY="${PATNAV_DRIVER_MEMORY:-12g}"
"$ROOT/patnav" samples --out "$WORK/samples" --patents "$N" --seed 11
"$ROOT/patnav" ingest --warehouse "$WORK/warehouse" "$WORK/samples/uspto" "$WORK/samples/google" \
  "$WORK/samples/cn-export" "$WORK/samples/patentsview" "$WORK/samples/maintfee"
PATNAV_MAIN_CLASS=org.patnav.bench.IndexBench "$ROOT/patnav" "$WORK/warehouse" "$WORK/baseline-index" "$ROUNDS"
