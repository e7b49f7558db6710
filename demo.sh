#!/usr/bin/env bash
# Submits example refund requests covering the main policy cases to the running local stack (./run-local.sh)
# and prints a table: request, decision, clauses, payment status, e-mails sent.
set -euo pipefail
cd "$(dirname "$0")"
exec java -jar local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar --demo
