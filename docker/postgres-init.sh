#!/bin/sh
# PostgreSQL's first start (docker-entrypoint-initdb.d, only while the data directory is empty): one database per
# service, each owned by a login role of the same name that is no superuser, and no other role (but the superuser)
# may connect to it. The passwords come from the environment (docker-compose.yml passes them in); psql quotes them.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v intake_password="${INTAKE_DB_PASSWORD:?}" \
    -v policy_password="${POLICY_DB_PASSWORD:?}" \
    -v payment_password="${PAYMENT_DB_PASSWORD:?}" \
    -v notification_password="${NOTIFICATION_DB_PASSWORD:?}" <<'SQL'
create role intake login nosuperuser nocreatedb nocreaterole password :'intake_password';
create database intake owner intake;
revoke all on database intake from public;

create role policy login nosuperuser nocreatedb nocreaterole password :'policy_password';
create database policy owner policy;
revoke all on database policy from public;

create role payment login nosuperuser nocreatedb nocreaterole password :'payment_password';
create database payment owner payment;
revoke all on database payment from public;

create role notification login nosuperuser nocreatedb nocreaterole password :'notification_password';
create database notification owner notification;
revoke all on database notification from public;
SQL
