#!/usr/bin/env bash
# Incremental ingest against a full rebuild, in one run: a warehouse of N applications (default 500,000), then
# one "week" of new and re-sent records (a world of N/100 applications drawn with another seed: its numbers that
# the big world also has are updates of existing rows, the others new rows). Times the incremental run
# (`patnav ingest W WEEK`) and, as the baseline, a full rebuild of the same content (`patnav ingest --replace W2
# BASE WEEK`), and prints both and the ratio. Whole processes, wall time; nothing is asserted.
#   bench/incremental-ingest.sh [N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-500000}"
WEEK=$(( N / 100 ))
WORK="${PATNAV_BENCH_DIR:-$ROOT/target/bench-incremental}"
export PATNAV_DRIVER_MEMORY="${PATNAV_DRIVER_MEMORY:-8g}"
rm -rf "$WORK" && mkdir -p "$WORK"
"$ROOT/patnav" samples --out "$WORK/base" --patents "$N" --seed 7 > /dev/null
"$ROOT/patnav" samples --out "$WORK/week" --patents "$WEEK" --seed 8 > /dev/null
inputs() { find "$1" -mindepth 1 -maxdepth 1 -type d | sort; }
now() { date +%s.%N; }

t0=$(now)
"$ROOT/patnav" ingest --warehouse "$WORK/w" $(inputs "$WORK/base") > "$WORK/base.log"
t1=$(now)
"$ROOT/patnav" ingest --warehouse "$WORK/w" $(inputs "$WORK/week") > "$WORK/week.log"
t2=$(now)
"$ROOT/patnav" ingest --replace --warehouse "$WORK/full" $(inputs "$WORK/base") $(inputs "$WORK/week") > "$WORK/full.log"
t3=$(now)

echo "== the week, added incrementally (counter table) =="
sed -n '/^format/,/^total/p' "$WORK/week.log"
grep -E '^(warehouse|committed)' "$WORK/week.log"
echo "== the full rebuild =="
grep -E '^(warehouse|committed)' "$WORK/full.log"
awk -v n="$N" -v w="$WEEK" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
  printf "first ingest of %d applications: %.1f s\n", n, b - a
  printf "incremental ingest of a week (%d applications drawn): %.1f s\n", w, c - b
  printf "baseline, full rebuild of the same content (--replace): %.1f s\n", d - c
  printf "incremental / full rebuild: %.3f (goal <= 0.10)\n", (c - b) / (d - c)
}'
