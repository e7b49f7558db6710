#!/usr/bin/env bash
# Runs the whole Necxian Refunds system on this machine (no Docker): builds what changed, then starts Kafka,
# Apicurio Registry, PostgreSQL, an SMTP catcher and the four services. Usage: ./run-local.sh [--fresh]
set -euo pipefail
cd "$(dirname "$0")"
launcher=local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar
if [ ! -f "$launcher" ] || [ -n "$(find . \( -path ./data -o -path '*/target' -o -path ./.git \) -prune -o \( -name '*.java' -o -name '*.avsc' -o -name 'pom.xml' \
      -o -path '*/src/main/resources/*' \) -newer "$launcher" -print -quit)" ]; then
  echo "Building (mvn install -DskipTests)..."
  mvn -q -B install -DskipTests
fi
exec java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$launcher" "$@"
