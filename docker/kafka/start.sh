#!/bin/bash
# Entrypoint of the kafka container (apache/kafka image): server.properties with the admin's password from the
# environment, the log folder formatted once with the admin's SCRAM-SHA-512 credential (the broker logs in to itself
# as admin, and kafka-init does too), then the broker. The services' SCRAM users are made by kafka-init (init.sh).
set -euo pipefail
. "$(dirname "$0")/passwords.sh"
require_password KAFKA_ADMIN_PASSWORD
config=/tmp/server.properties
sed "s|@KAFKA_ADMIN_PASSWORD@|${KAFKA_ADMIN_PASSWORD}|g" "$(dirname "$0")/server.properties" > "$config"
chmod 600 "$config"
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "${KAFKA_CLUSTER_ID:?}" --config "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
# The container's health check and kafka-init log in as admin with these client settings.
admin_config "$KAFKA_ADMIN_PASSWORD" > /tmp/admin.properties
exec /opt/kafka/bin/kafka-server-start.sh "$config"
