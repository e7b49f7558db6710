-- Transactional outbox for events caused outside the listener: reviewer decisions and significant policy
-- versions. A row is written in the same transaction as the state change; the relay publishes unsent rows in a
-- Kafka transaction and then marks them sent (at least once; consumers dedupe by event_id). The automatic
-- decision's event stays in decision_event: the listener's Kafka transaction publishes it with the offset.
create table outbox (
    id          bigserial primary key,
    event_id    text        not null unique,
    refund_id   text,
    topic       text        not null,
    record_key  text        not null,
    payload     bytea       not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index outbox_unsent on outbox (id) where sent_at is null;
create index outbox_refund on outbox (refund_id);
