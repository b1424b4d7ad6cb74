#!/usr/bin/env bash
# Runs one benchmark command of src/bench/java against a running portal (start one with bench/run-prod.sh, then
# `source COPY_DIR/bench.env`: its BASE, APP_PID, DB_PID and DB_URL become the defaults of the options below).
#
# usage: bench/bench.sh COMMAND [--option value ...]
#   generate   DataGenerator: --members 100000 --activities 1000000 --applications 10000 --panels 1000 [--db-url]
#   load       UidlLoad: --users 5 --ramp 30 --warmup 10 --duration 120 --think 2000 [--ladder 25,50,100,200,500]
#              [--steps-per-session 20 --user-pattern perf{n6}@members.example --user-offset 1 --steps ROUTE=ID,...
#              --pids APP,DB]
#   heap       HeapPerSession: --sessions 100 [--warmup-sessions 10 --steps cpd=my-cpd --user-offset 1 --pid APP]
#   pdf        PdfTiming: [--user member@guildhall.example --warmup 10 --runs 50] [PATH ...]
# env: BENCH_JAVA_OPTS (default "-Xms256m -Xmx1g"), SKIP_BUILD=1 (reuse the last build of the bench classes)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cmd=${1:-}; shift || true
case "$cmd" in
  generate) main=DataGenerator; defaults=(${DB_URL:+--db-url "$DB_URL"}) ;;
  load) main=UidlLoad; defaults=(${BASE:+--base "$BASE"} ${APP_PID:+--pids "$APP_PID${DB_PID:+,$DB_PID}"}) ;;
  heap) main=HeapPerSession; defaults=(${BASE:+--base "$BASE"} ${APP_PID:+--pid "$APP_PID"}) ;;
  pdf) main=PdfTiming; defaults=(${BASE:+--base "$BASE"} ${DB_URL:+--db-url "$DB_URL"}) ;;
  *) awk 'NR > 1 && /^#/ {print; next} NR > 1 {exit}' "$0"; exit 2 ;;
esac
cd "$ROOT"
if [[ -z "${SKIP_BUILD:-}" || ! -f target/bench-classpath.txt ]]; then
  ./mvnw -B -q test-compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
# Options given on the command line come after the defaults, so they win.
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xms256m -Xmx1g} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "org.guildhall.bench.$main" \
  "${defaults[@]}" "$@"
