#!/usr/bin/env bash
# The landscape report against DuckDB (issue 12, "How we will know"): on a generated warehouse of N
# applications, the whole `patnav landscape --sector tcm` process against a separate JVM in which DuckDB
# computes the same tables from the same files (W/facts/*.parquet filtered to the sector); R rounds,
# alternating. Every table PatNav writes (data/*.csv) is compared with DuckDB's: the script fails, naming
# the table and the first differing row, if any disagrees. Figures are printed; no time is asserted.
#
#   bench/landscape-vs-duckdb.sh N [R=3] [AS_OF=2026-11-24]
#
# Stages: samples (N applications, seed 11), ingest (with the sample division table, so owners have
# region codes), index, navigate (which builds W/facts); each stage's wall time is printed and kept, and
# the warehouse is reused by a later run with the same N (PATNAV_BENCH_DIR overrides the work folder).
# The stages run with PATNAV_BENCH_BUILD_MEMORY (default 12g); the measured landscape runs with the
# launcher's own default heap unless PATNAV_DRIVER_MEMORY is set.
#
# What DuckDB is given: fee status (FeeStatusEngine) and CNIPA high value (HighValueClassifier) are
# PatNav's Java rule engines, which SQL cannot run. LandscapeBaselineInputs computes them once per run with
# the same pipeline classes (LandscapeUnit.of over the sector's facts) and writes status.csv, with the
# report's labels and the bundled IPC titles, outside DuckDB's timing; DuckDB reads status.csv as an input.
# So DuckDB's figure leaves out the status and high-value judgement that PatNav's includes. The navigation
# sections add three inputs of the same kind: persons.csv, the person InventorIdentities makes of each
# inventor named on a unit (a union-find over names, organisations and co-inventors: a Java rule engine too;
# DuckDB counts, ranks, dates the affiliations and finds the moves itself), and chain.csv and effects.csv,
# the industry chain navigate placed the sector on (_chains.json: its nodes in report order with the names
# the report prints) and the sector's technical effects with their labels. Everything that counts, ranks,
# shares, windows, thresholds or flows is DuckDB's SQL.
#
# Measured per round: wall time, CPU time (user + system) and peak RSS (/usr/bin/time -v) of each process;
# for PatNav the parts the landscape command prints (read = the sector's rows of the fact table read by
# FactFiles, judge = the counting units made and each judged by the fee engine and the CNIPA classifier, which
# DuckDB is handed as status.csv, analyse = the tables, files = writing the report; the landscape starts no
# Spark) and the rest
# (JVM start, checks, exit); for DuckDB its connect, load (facts + inputs into tables) and analyse (every
# table to CSV) times.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:?usage: bench/landscape-vs-duckdb.sh N [ROUNDS] [AS_OF]}"
ROUNDS="${2:-3}"
AS_OF="${3:-2026-11-24}"
SECTOR=tcm
REGION=341600
SEED=11
WORK="${PATNAV_BENCH_DIR:-$ROOT/target/bench-landscape-$N}"
RESULTS="$ROOT/target/bench-landscape-results.tsv"
W="$WORK/warehouse"
TIME=/usr/bin/time
[[ -x "$TIME" ]] || { echo "landscape-vs-duckdb: needs GNU time at /usr/bin/time for peak memory (apt-get install time)" >&2; exit 2; }

now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
peak_kb() { sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"; }
# CPU time of a process (user + system, all its threads), in ms: on a machine other work keeps busy this
# holds still where the wall time does not.
cpu_ms() { awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%d", s * 1000 }' "$1"; }

# The Java of the launcher (JAVA_HOME if it is 21 or newer, else the newest JDK under /usr/lib/jvm), for
# the DuckDB JVM, which runs without the launcher's Spark classpath and flags.
java_major() {
  local release v
  release="$(dirname "$(dirname "$1")")/release"
  if [[ -f "$release" ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$release" | head -n1)"; v="${v#1.}"; v="${v%%[!0-9]*}"
    [[ -n "$v" ]] && { echo "$v"; return; }
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
find_java() {
  local best="" best_version=0 j v
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    v="$(java_major "$JAVA_HOME/bin/java")"; [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )) && { echo "$JAVA_HOME/bin/java"; return; }
  fi
  for j in /usr/lib/jvm/*/bin/java; do
    [[ -x "$j" ]] || continue
    v="$(java_major "$j")"
    [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 && v > best_version )) && { best="$j"; best_version=$v; }
  done
  [[ -n "$best" ]] && echo "$best"
}
JAVA="$(find_java)" || { echo "landscape-vs-duckdb: no JDK 21 or newer found" >&2; exit 2; }

# The DuckDB side is a test-source main with DuckDB in jobs/target/bench-lib, which only the
# landscape-bench profile fetches: build when missing or stale (the launcher rebuilds the jobs jar itself,
# but watches only the main sources).
DUCK_CLASS="$ROOT/jobs/target/test-classes/org/patnav/bench/DuckDbLandscape.class"
if [[ ! -f "$DUCK_CLASS" ]] || ! ls "$ROOT"/jobs/target/bench-lib/duckdb_jdbc-*.jar >/dev/null 2>&1 \
   || [[ -n "$(find "$ROOT/jobs/src/test/java/org/patnav/bench" "$ROOT/jobs/src/test/resources/org/patnav/bench" \
               "$ROOT/pom.xml" "$ROOT/jobs/pom.xml" -newer "$DUCK_CLASS" -type f -print -quit)" ]]; then
  echo "landscape-vs-duckdb: building (mvn -Plandscape-bench package, tests skipped)..." >&2
  (cd "$ROOT" && mvn -q -DskipTests -Plandscape-bench package) >&2
fi
DUCK_CP="$ROOT/jobs/target/test-classes:$(ls "$ROOT"/jobs/target/bench-lib/duckdb_jdbc-*.jar | head -n1)"

# 1. The warehouse: samples, ingest, index, navigate (facts), each stage timed; reused for the same N.
mkdir -p "$WORK"
STAGES="$WORK/stages.tsv"
if [[ -f "$WORK/.built" && "$(cat "$WORK/.built")" == "$N $SEED" ]]; then
  echo "== warehouse of $N applications reused from $WORK (stage times of the run that built it)"
else
  rm -rf "$WORK" && mkdir -p "$WORK"
  echo "== building a warehouse of $N applications in $WORK"
  stage() {
    local name="$1"; shift
    local t0; t0=$(now_ms)
    PATNAV_DRIVER_MEMORY="${PATNAV_BENCH_BUILD_MEMORY:-12g}" "$@" > "$WORK/$name.log" 2>&1 \
      || { echo "landscape-vs-duckdb: stage $name failed, see $WORK/$name.log" >&2; tail -n 20 "$WORK/$name.log" >&2; exit 1; }
    printf '%s\t%s\n' "$name" "$(( $(now_ms) - t0 ))" >> "$STAGES"
  }
  stage samples "$ROOT/patnav" samples --out "$WORK/samples" --patents "$N" --seed "$SEED"
  stage ingest "$ROOT/patnav" ingest --warehouse "$W" --divisions "$ROOT/data-samples/divisions" \
    "$WORK/samples/uspto" "$WORK/samples/google" "$WORK/samples/cn-export" "$WORK/samples/patentsview" "$WORK/samples/maintfee"
  stage index "$ROOT/patnav" index --warehouse "$W"
  stage navigate "$ROOT/patnav" navigate --warehouse "$W"
  echo "$N $SEED" > "$WORK/.built"
fi
while IFS=$'\t' read -r name ms; do printf '   %-9s %8s s\n' "$name" "$(secs "$ms")"; done < "$STAGES"
PUBLICATIONS="$(sed -n 's/.*warehouse .*: patents \([0-9,]*\).*/\1/p' "$WORK/ingest.log" | tr -d , | tail -n1)"

# 2. DuckDB's inputs that SQL cannot compute (status, high value, persons), the chain and effects, labels and
#    IPC titles: once per run.
INPUTS="$WORK/baseline-inputs"
rm -rf "$INPUTS"
t0=$(now_ms)
PATNAV_MAIN_CLASS=org.patnav.bench.LandscapeBaselineInputs "$ROOT/patnav" "$W" "$SECTOR" "$AS_OF" zh "$REGION" "$INPUTS" \
  > "$WORK/baseline-inputs.log" 2>&1 || { cat "$WORK/baseline-inputs.log" >&2; exit 1; }
UNITS=$(( $(wc -l < "$INPUTS/status.csv") - 1 ))
echo "== DuckDB's inputs: $UNITS applications of sector $SECTOR judged by PatNav's fee engine and CNIPA classifier," \
  "their inventors made persons, in $(secs $(( $(now_ms) - t0 ))) s (not timed below)"
# The same JVM timed PatNav's analyse step in parts, cold and then warm, in wall and in CPU time.
for kind in wall cpu; do
  read -r _ _ tofacts _ judges _ judged judged_warm _ tables tables_warm _ persons persons_warm \
    < <(grep -o "analyse-parts-$kind .*" "$WORK/baseline-inputs.log")
  echo "   PatNav's analyse in parts, $kind time (cold / warm JIT): facts read $tofacts s; judges built $judges s;" \
    "units judged (fee engine + CNIPA classifier) $judged / $judged_warm s; tables $tables / $tables_warm s," \
    "which include making the inventors persons (InventorIdentities, DuckDB's persons.csv), timed apart $persons / $persons_warm s"
done

# 3. R rounds, alternating: the whole patnav landscape process, then the DuckDB process.
P_WALL=() P_CPU=() P_RSS=() P_READ=() P_JUDGE=() P_ANALYSE=() P_FILES=()
D_WALL=() D_CPU=() D_RSS=() D_CONNECT=() D_LOAD=() D_ANALYSE=()
for (( i = 1; i <= ROUNDS; i++ )); do
  OUT="$WORK/landscape"; rm -rf "$OUT"
  t0=$(now_ms)
  "$TIME" -v -o "$WORK/patnav-time.txt" "$ROOT/patnav" landscape --warehouse "$W" --sector "$SECTOR" --out "$OUT" \
    --as-of "$AS_OF" --region "$REGION" > "$WORK/patnav.log" 2> "$WORK/patnav.err" \
    || { cat "$WORK/patnav.log" "$WORK/patnav.err" >&2; exit 1; }
  P_WALL+=( $(( $(now_ms) - t0 )) )
  P_RSS+=( "$(peak_kb "$WORK/patnav-time.txt")" )
  P_CPU+=( "$(cpu_ms "$WORK/patnav-time.txt")" )
  line="$(grep -E 'read [0-9.]+ s, judge [0-9.]+ s, analyse [0-9.]+ s, files [0-9.]+ s' "$WORK/patnav.log")"
  P_READ+=( "$(sed -E 's/.*read ([0-9.]+) s.*/\1/' <<< "$line" | awk '{ printf "%d", $1 * 1000 }')" )
  P_JUDGE+=( "$(sed -E 's/.*judge ([0-9.]+) s.*/\1/' <<< "$line" | awk '{ printf "%d", $1 * 1000 }')" )
  P_ANALYSE+=( "$(sed -E 's/.*analyse ([0-9.]+) s.*/\1/' <<< "$line" | awk '{ printf "%d", $1 * 1000 }')" )
  P_FILES+=( "$(sed -E 's/.*files ([0-9.]+) s.*/\1/' <<< "$line" | awk '{ printf "%d", $1 * 1000 }')" )

  DUCK="$WORK/duckdb"; rm -rf "$DUCK"
  t0=$(now_ms)
  "$TIME" -v -o "$WORK/duckdb-time.txt" "$JAVA" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -cp "$DUCK_CP" \
    org.patnav.bench.DuckDbLandscape "$W/facts" "$SECTOR" "$INPUTS" "$AS_OF" "$REGION" "$DUCK" \
    > "$WORK/duckdb.log" 2>&1 || { cat "$WORK/duckdb.log" >&2; exit 1; }
  D_WALL+=( $(( $(now_ms) - t0 )) )
  D_RSS+=( "$(peak_kb "$WORK/duckdb-time.txt")" )
  D_CPU+=( "$(cpu_ms "$WORK/duckdb-time.txt")" )
  D_CONNECT+=( "$(awk '$2 == "connect" { print $3 }' "$WORK/duckdb.log")" )
  D_LOAD+=( "$(awk '$2 == "load" { print $3 }' "$WORK/duckdb.log")" )
  D_ANALYSE+=( "$(awk '$2 == "analyse" { print $3 }' "$WORK/duckdb.log")" )
  printf '   round %d: PatNav %s s (read %s s, judge %s s, analyse %s s, files %s s), DuckDB %s s (load %s s, analyse %s s)\n' \
    "$i" "$(secs "${P_WALL[-1]}")" "$(secs "${P_READ[-1]}")" "$(secs "${P_JUDGE[-1]}")" "$(secs "${P_ANALYSE[-1]}")" "$(secs "${P_FILES[-1]}")" \
    "$(secs "${D_WALL[-1]}")" "$(secs "${D_LOAD[-1]}")" "$(secs "${D_ANALYSE[-1]}")"

  if (( i == 1 )); then
    # Every table, first round (later rounds compute from the same files): a difference ends the bench.
    echo "== the tables of round 1, PatNav's data/*.csv against DuckDB's"
    PATNAV_MAIN_CLASS=org.patnav.bench.LandscapeTableCheck "$ROOT/patnav" "$OUT/data" "$DUCK" | sed 's/^/   /' \
      || { echo "landscape-vs-duckdb: FAILED: PatNav and DuckDB disagree (above); no figures" >&2; exit 1; }
  fi
done

# 4. Figures: medians of the rounds.
m() { echo "$@" | median; }
pw=$(m "${P_WALL[@]}"); dw=$(m "${D_WALL[@]}")
pcpu=$(m "${P_CPU[@]}"); dcpu=$(m "${D_CPU[@]}")
prss=$(m "${P_RSS[@]}"); drss=$(m "${D_RSS[@]}")
pread=$(m "${P_READ[@]}"); pjudge=$(m "${P_JUDGE[@]}"); pan=$(m "${P_ANALYSE[@]}"); pfiles=$(m "${P_FILES[@]}")
dload=$(m "${D_LOAD[@]}"); dan=$(m "${D_ANALYSE[@]}"); dcon=$(m "${D_CONNECT[@]}")
pc=$(( pread + pjudge + pan )); pcu=$(( pread + pan )); dc=$(awk -v a="$dload" -v b="$dan" 'BEGIN { print a + b }')
per() { awk -v ms="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.1f", ms * 1000 / n; else print "-" }'; }
echo
echo "== landscape of sector $SECTOR over $N applications (${PUBLICATIONS:-?} publications), $UNITS in the sector; as of $AS_OF; medians of $ROUNDS rounds"
echo "   load average now: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
printf '   %-44s %10s %10s %8s\n' "" "PatNav" "DuckDB" "ratio"
printf '   %-44s %10s %10s %8s\n' "whole process, wall (s)" "$(secs "$pw")" "$(secs "$dw")" "$(ratio "$pw" "$dw")"
printf '   %-44s %10s %10s %8s\n' "whole process, CPU user + system (s)" "$(secs "$pcpu")" "$(secs "$dcpu")" "$(ratio "$pcpu" "$dcpu")"
printf '   %-44s %10s %10s %8s\n' "peak RSS (MB)" "$(( prss / 1024 ))" "$(( drss / 1024 ))" "$(ratio "$prss" "$drss")"
printf '   %-44s %10s %10s %8s\n' "compute: read + judge + analyse (s)" "$(secs "$pc")" "$(secs "$dc")" "$(ratio "$pc" "$dc")"
printf '   %-44s %10s %10s\n' "  read (PatNav: FactFiles; DuckDB: load)" "$(secs "$pread")" "$(secs "$dload")"
printf '   %-44s %10s %10s\n' "  judge (PatNav: fee status, high value)" "$(secs "$pjudge")" "given"
printf '   %-44s %10s %10s\n' "  analyse (PatNav: Java; DuckDB: tables)" "$(secs "$pan")" "$(secs "$dan")"
printf '   %-44s %10s %10s %8s\n' "compute, same inputs: read + analyse (s)" "$(secs "$pcu")" "$(secs "$dc")" "$(ratio "$pcu" "$dc")"
printf '   %-44s %10s %10s\n' "report files (PatNav) / connect (DuckDB)" "$(secs "$pfiles")" "$(secs "$dcon")"
printf '   %-44s %10s\n' "PatNav: the rest (JVM start, checks, exit)" "$(secs "$(( pw - pc - pfiles ))")"
echo "   (PatNav's landscape starts no Spark: Spark built the fact table it reads, in navigate)"
printf '   %-44s %10s %10s\n' "whole process per application (µs)" "$(per "$pw" "$N")" "$(per "$dw" "$N")"
printf '   %-44s %10s %10s\n' "compute per application of the sector (µs)" "$(per "$pc" "$UNITS")" "$(per "$dc" "$UNITS")"
echo "   (DuckDB's times leave out the fee status and high-value judgement and the inventors' identities, given to"
echo "   it as status.csv and persons.csv, see above)"
echo "   goals (issue 12, reported, not asserted): whole process <= 3x DuckDB at 500,000 applications and <= 5x at"
echo "   100,000; compute <= 2x; cost per application flat or falling from 100,000 to 1,000,000 (table below)"

mkdir -p "$(dirname "$RESULTS")"
[[ -f "$RESULTS" ]] || printf 'date\tN\tsector_units\trounds\tpatnav_wall_ms\tduckdb_wall_ms\tpatnav_cpu_ms\tduckdb_cpu_ms\tpatnav_rss_kb\tduckdb_rss_kb\tpatnav_compute_ms\tduckdb_compute_ms\tload_avg\n' > "$RESULTS"
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$N" "$UNITS" "$ROUNDS" "$pw" "$dw" "$pcpu" "$dcpu" \
  "$prss" "$drss" "$pc" "$dc" "$(cut -d' ' -f1 /proc/loadavg)" >> "$RESULTS"
echo
echo "== every run so far ($RESULTS), per application of the warehouse"
printf '   %-18s %9s %8s %9s %9s %6s %9s %9s %6s %11s %11s %5s\n' date N units "PatNav s" "DuckDB s" ratio \
  "PatNav cpu" "DuckDB cpu" ratio "PatNav µs/a" "DuckDB µs/a" load
tail -n +2 "$RESULTS" | sort -t$'\t' -k2,2n -k1,1 | while IFS=$'\t' read -r d n u r pwm dwm pcm dcm prk drk pcompute dcompute la; do
  printf '   %-18s %9s %8s %9s %9s %6s %9s %9s %6s %11s %11s %5s\n' "$d" "$n" "$u" "$(secs "$pwm")" "$(secs "$dwm")" \
    "$(ratio "$pwm" "$dwm")" "$(secs "$pcm")" "$(secs "$dcm")" "$(ratio "$pcm" "$dcm")" "$(per "$pwm" "$n")" "$(per "$dwm" "$n")" "$la"
done
