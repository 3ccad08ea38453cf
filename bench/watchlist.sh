#!/usr/bin/env bash
# Fee status engine at scale: on the warehouse bench/index-throughput.sh leaves (about 1.01 million
# publications; made here if missing), WatchlistBench times the engine on one thread against the same
# engine in Spark tasks, then the whole patnav watchlist run. Figures are printed; nothing is asserted.
#   bench/watchlist.sh [N] [as-of]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-920000}"
AS_OF="${2:-2026-11-24}"
WORK="${PATNAV_BENCH_DIR:-$ROOT/target/bench-index}"
export PATNAV_DRIVER_MEMORY="${PATNAV_DRIVER_MEMORY:-12g}"
if [ ! -d "$WORK/warehouse/_snapshots" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK"
  "$ROOT/patnav" samples --out "$WORK/samples" --patents "$N" --seed 11
  "$ROOT/patnav" ingest --warehouse "$WORK/warehouse" "$WORK/samples/uspto" "$WORK/samples/google" \
    "$WORK/samples/cn-export" "$WORK/samples/patentsview" "$WORK/samples/maintfee"
fi
rm -rf "$WORK/watchlist-bench"
PATNAV_MAIN_CLASS=org.patnav.bench.WatchlistBench "$ROOT/patnav" "$WORK/warehouse" "$WORK/watchlist-bench" "$AS_OF"
