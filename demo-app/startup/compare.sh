#!/usr/bin/env bash
# Start-up of demo-app.jar side by side with a bare Spring Boot application (web + actuator), both as
# executable jars in fresh JVMs, alternating which goes first. For each run it records:
#   ready:   ms from launching `java -jar` to the first HTTP 200 from /actuator/health (for the demo that
#            means the embedded server is up, the schema created and the taos indicator UP);
#   started: Spring Boot's own "process running for" figure of its "Started ..." line;
#   cpu:     the CPU time (user + system) the JVM had used when it was ready, which other load on the
#            machine disturbs far less than the wall-clock figures.
# and prints the medians and minimums of each, and the median of the differences demo - baseline between the
# two runs of each round (which a change of load during the whole measurement disturbs less). Timings are not tests: run it by hand on a quiet machine.
#
#   mvn -B -ntp -DskipTests package && demo-app/startup/compare.sh 11
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-11}
demo=../target/demo-app.jar
baseline=baseline/target/startup-baseline.jar
[ -f "$demo" ] || { echo "build the demo first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
if [ ! -f "$baseline" ] || [ baseline/pom.xml -nt "$baseline" ]; then
  mvn -B -ntp -q -f baseline/pom.xml package
fi
port=18181
log=$(mktemp)
trap 'rm -f "$log"' EXIT

tick_ms=$((1000 / $(getconf CLK_TCK)))

# one_run JAR: prints "<ready ms> <started ms> <cpu ms>"
one_run() {
  local start pid ready started cpu
  start=$(date +%s%N)
  java -jar "$1" --server.port=$port >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 $pid 2>/dev/null || { cat "$log" >&2; echo "$1 exited" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v t=$tick_ms '{ print ($14 + $15) * t }' /proc/$pid/stat)
  started=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' "$log" | head -1)
  kill $pid
  wait $pid 2>/dev/null || true
  echo "$ready $(awk -v s="$started" 'BEGIN { printf "%d", s * 1000 }') $cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
minimum() { sort -n | head -1; }

declare -A samples
paired_ready="" paired_started="" paired_cpu=""
for ((i = 0; i < runs; i++)); do
  order=(baseline demo)
  (( i % 2 )) && order=(demo baseline)
  for name in "${order[@]}"; do
    jar=$baseline; [ "$name" = demo ] && jar=$demo
    read -r r s c < <(one_run "$jar")
    samples[$name.ready]+="$r "; samples[$name.started]+="$s "; samples[$name.cpu]+="$c "
    echo "run $((i + 1)) $name: ready $r ms, started $s ms, cpu $c ms" >&2
    eval "round_${name}=($r $s $c)"
  done
  paired_ready+="$((round_demo[0] - round_baseline[0])) "
  paired_started+="$((round_demo[1] - round_baseline[1])) "
  paired_cpu+="$((round_demo[2] - round_baseline[2])) "
done

declare -A med low
for name in baseline demo; do
  for what in ready started cpu; do
    med[$name.$what]=$(tr ' ' '\n' <<<"${samples[$name.$what]}" | grep . | median)
    low[$name.$what]=$(tr ' ' '\n' <<<"${samples[$name.$what]}" | grep . | minimum)
  done
  printf '%-8s median: ready %5d ms, started %5d ms, cpu %5d ms | min: ready %5d ms, started %5d ms, cpu %5d ms\n' \
    "$name" "${med[$name.ready]}" "${med[$name.started]}" "${med[$name.cpu]}" \
    "${low[$name.ready]}" "${low[$name.started]}" "${low[$name.cpu]}"
done
printf 'demo - baseline, medians: ready %+d ms, started %+d ms, cpu %+d ms | minimums: ready %+d ms, started %+d ms, cpu %+d ms\n' \
  $((med[demo.ready] - med[baseline.ready])) $((med[demo.started] - med[baseline.started])) \
  $((med[demo.cpu] - med[baseline.cpu])) $((low[demo.ready] - low[baseline.ready])) \
  $((low[demo.started] - low[baseline.started])) $((low[demo.cpu] - low[baseline.cpu]))
printf 'demo - baseline, median of the rounds: ready %+d ms, started %+d ms, cpu %+d ms\n' \
  "$(tr ' ' '\n' <<<"$paired_ready" | grep . | median)" "$(tr ' ' '\n' <<<"$paired_started" | grep . | median)" \
  "$(tr ' ' '\n' <<<"$paired_cpu" | grep . | median)"
