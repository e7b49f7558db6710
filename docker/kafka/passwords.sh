# Shared by start.sh and init.sh. Passwords go into JAAS settings, SCRAM specs and sed, so they are kept to
# letters, digits, '.', '_' and '-' (e.g. openssl rand -hex 24); anything else is refused up front.
require_password() {
    local value="${!1:-}"
    if [[ ! "$value" =~ ^[A-Za-z0-9._-]{12,}$ ]]; then
        echo "$1 must be set: at least 12 of A-Z a-z 0-9 . _ -" >&2
        exit 1
    fi
}

# Client settings for the admin (super user) over SASL/SCRAM-SHA-512.
admin_config() {
    cat <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$1";
PROPERTIES
}
