#!/usr/bin/env bash
# The county benchmark (issue 18): times, each as its own process with JVM start included,
#   one district's pack:  report --data HERTS --area-prefix Stevenage --period 2022-01..2022-01
#   every district:       report --data HERTS --each-district   (10 packs + overview, files read once)
# interleaved, --runs times each, and prints the medians and their ratio (target: at most 3).
# With --national DIR (e.g. 20M rows from `Generate --rows 20000000 --monthly`), also times, with
# -Xmx1g, `cspstat areas` and `report --each-district --overview-only` on it.
#
#   bench/county.sh                                   # ../shared/data Hertfordshire, 3 runs
#   bench/county.sh --runs 5 --national /tmp/national
set -euo pipefail
cd "$(dirname "$0")/.."
herts="../shared/data/police-uk/hertfordshire-2021-01-to-2022-01"
runs=3
national=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --national) national="$2"; shift 2 ;;
    --herts) herts="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
jar=cli/target/cspstat.jar
[[ -f "$jar" ]] || mvn -B -q -o package -DskipTests -pl core,output,cli >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { local s e; s=$(date +%s.%N); "$@" > "$work/last.log" 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
one=(); peer=(); all=()
for i in $(seq "$runs"); do
  one+=("$(seconds java -jar "$jar" report --data "$herts" --area-prefix Stevenage --period 2022-01..2022-01 --out "$work/one")")
  peer+=("$(seconds java -jar "$jar" report --data "$herts" --each-district Stevenage --out "$work/peer")")
  all+=("$(seconds java -jar "$jar" report --data "$herts" --each-district --out "$work/all")")
  rm -rf "$work/one" "$work/peer" "$work/all"
done
m1=$(printf '%s\n' "${one[@]}" | median); mp=$(printf '%s\n' "${peer[@]}" | median)
m10=$(printf '%s\n' "${all[@]}" | median)
echo "## County run ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
echo
echo "| run | times (s) | median (s) |"
echo "|---|---|---|"
echo "| one district (Stevenage) | ${one[*]} | $m1 |"
echo "| one district among its peers (--each-district Stevenage: its pack with funnels + overview) | ${peer[*]} | $mp |"
echo "| every district (10 packs + overview) | ${all[*]} | $m10 |"
echo
echo "Ratio every district / one district's plain pack: $(echo "scale=2; $m10 / $m1" | bc); / one district's pack among its peers: $(echo "scale=2; $m10 / $mp" | bc) (target at most 3)"
if [[ -n "$national" ]]; then
  rows=$(find "$national" -name '*.csv' -exec cat {} + | wc -l)
  echo
  echo "## National ($rows lines in $(find "$national" -name '*.csv' | wc -l) files, -Xmx1g)"
  echo
  echo "| run | time (s) | exit |"
  echo "|---|---|---|"
  for cmd in "areas --data $national --format csv --out $work/areas.csv" \
             "report --data $national --each-district --overview-only --out $work/overview"; do
    s=$(date +%s.%N); set +e; /usr/bin/time -f "%M" -o "$work/rss" java -Xmx1g -jar "$jar" $cmd > "$work/last.log" 2>&1; rc=$?; set -e
    e=$(date +%s.%N)
    echo "| \`cspstat ${cmd%% --*} ...\` | $(echo "$e - $s" | bc) | $rc (max RSS $(( $(cat "$work/rss") / 1024 )) MB) |"
  done
  echo
  echo "Districts found: $(( $(grep -vc "^(" "$work/areas.csv") - 1 ))"
fi
