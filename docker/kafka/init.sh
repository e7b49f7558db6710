#!/bin/bash
# kafka-init (docker-compose.yml), once the broker is healthy, as the admin (super user): the services' and
# analytics' SCRAM-SHA-512 users (kafka-configs; their passwords from the environment, set again on every run, so
# a changed password takes effect), every topic of topics.txt with its retention (set again on every run too), and
# the ACLs of acls.txt. Idempotent.
set -euo pipefail
here="$(dirname "$0")"
. "$here/passwords.sh"
bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
require_password KAFKA_ADMIN_PASSWORD
admin=/tmp/admin.properties
admin_config "$KAFKA_ADMIN_PASSWORD" > "$admin"
bin=/opt/kafka/bin

for user in intake policy payment notification analytics; do
    variable="KAFKA_${user^^}_PASSWORD"
    require_password "$variable"
    "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
        --entity-type users --entity-name "$user" \
        --add-config "SCRAM-SHA-512=[iterations=8192,password=${!variable}]"
done

grep -v -e '^#' -e '^[[:space:]]*$' "$here/topics.txt" | while read -r topic retention; do
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --create --if-not-exists \
        --topic "$topic" --config "retention.ms=$retention"
    "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
        --entity-type topics --entity-name "$topic" --add-config "retention.ms=$retention"
done

grep -v -e '^#' -e '^[[:space:]]*$' "$here/acls.txt" | while read -r principal operations resource pattern names; do
    args=(--allow-principal "$principal" --resource-pattern-type "$pattern")
    for operation in ${operations//,/ }; do
        args+=(--operation "$operation")
    done
    for name in $names; do
        args+=("--$resource" "$name")
    done
    "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add --force "${args[@]}"
done
echo "kafka-init: users, topics and ACLs are in place"
