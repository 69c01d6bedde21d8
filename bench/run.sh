#!/usr/bin/env bash
# The cspstat benchmark: builds the CLI and this module, generates seeded police.uk-format data
# under bench/target/bench-data (deleted after each size unless --keep), and times, each as its own
# process with JVM start included: a raw byte read, `cspstat compare` (also with -Xmx256m), and DuckDB's
# GROUP BY with default threads and threads=1. Prints a Markdown report on standard output.
#
#   bench/run.sh                      # 2,000,000 rows in one file, 5 runs
#   bench/run.sh --rows 1000000,2000000 --runs 5
#   bench/run.sh --full               # 1M and 2M rows in one file, then 20M rows in 36 monthly files (~4.5 GB)
#
# The first run needs Maven Central once, for org.duckdb:duckdb_jdbc (benchmark-only dependency).
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
for a in "$@"; do
  if [[ "$a" == "--full" ]]; then
    args+=(--rows 1000000,2000000 --archive 20000000)
  else
    args+=("$a")
  fi
done
offline=""
if [[ -d "$HOME/.m2/repository/org/duckdb/duckdb_jdbc" ]]; then offline="-o"; fi
mvn -B -q $offline -Pbench -DskipTests -Dmaven.javadoc.skip=true -pl core,cli,bench -am package >&2
exec java -cp "bench/target/cspstat-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" org.cspstat.bench.Bench \
  --label "$*" "${args[@]}"
