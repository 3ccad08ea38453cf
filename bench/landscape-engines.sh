#!/usr/bin/env bash
# The two engines issue 12 names for the landscape's tables, on one warehouse in one JVM: PatNav's (the
# sector's fact rows read once on the driver, no Spark job, every table in Java) against a cached Spark slice with
# the plain groupings in one GROUPING SETS query and the exploded ones a query each. Figures are printed;
# nothing is asserted. The warehouse must have been navigated (it holds W/facts).
#   bench/landscape-engines.sh WAREHOUSE [SECTOR] [AS_OF] [ROUNDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAREHOUSE="${1:?usage: bench/landscape-engines.sh WAREHOUSE [SECTOR] [AS_OF] [ROUNDS]}"
PATNAV_MAIN_CLASS=org.patnav.bench.LandscapeEnginesBench "$ROOT/patnav" "$WAREHOUSE" "${2:-tcm}" "${3:-2026-11-24}" "${4:-3}"
