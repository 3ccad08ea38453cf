#!/usr/bin/env bash
# Indicator judgement at scale: on a generated warehouse of N applications ingested with the sample
# divisions (without them no owner is placed in a region or known as domestic), IndicatorsBench times
# the fee engine and the high-value classifier on one thread against the same code in Spark tasks, over
# every CNIPA invention patent and every year-end since 2020, then the whole patnav indicators run.
# Figures are printed; nothing is asserted but that both runs count the same.
#   bench/indicators.sh [N] [as-of] [region]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-920000}"
AS_OF="${2:-2026-11-24}"
REGION="${3:-341600}"
WORK="${PATNAV_BENCH_DIR:-$ROOT/target/bench-indicators}"
export PATNAV_DRIVER_MEMORY="${PATNAV_DRIVER_MEMORY:-12g}"
if [ ! -d "$WORK/warehouse/_snapshots" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK"
  "$ROOT/patnav" samples --out "$WORK/samples" --patents "$N" --seed 11
  "$ROOT/patnav" ingest --warehouse "$WORK/warehouse" --divisions "$ROOT/data-samples/divisions" "$WORK/samples/uspto" "$WORK/samples/google" \
    "$WORK/samples/cn-export" "$WORK/samples/patentsview" "$WORK/samples/maintfee"
fi
rm -rf "$WORK/indicators-bench"
PATNAV_MAIN_CLASS=org.patnav.bench.IndicatorsBench "$ROOT/patnav" "$WORK/warehouse" "$WORK/indicators-bench" "$AS_OF" "$REGION"
