-- The transactional outbox, one shape for every service (messaging-support: Outbox, OutboxRelay, OutboxRetention).
-- A service copies this into a Flyway migration of its own (db/migration/V<n>__...sql); OutboxRelay checks the
-- columns at start-up (OutboxTable) and refuses to run on another shape. It is not a shared Flyway location:
-- version numbers belong to each service's history, and a service that had an outbox before alters its table
-- to this shape instead.
--
-- A use case writes its state change and its events in one transaction (Outbox.add); the relay publishes the
-- unsent rows in id order, in batches, and marks them sent; OutboxRetention deletes sent rows after a retention.
create table outbox (
    id          bigserial primary key,
    event_id    text        not null unique, -- the event's eventId: consumers deduplicate by it
    topic       text        not null,
    record_key  text        not null,        -- Kafka record key: the order number (policy changes: "policy")
    event_type  text        not null,        -- the generated Avro class, e.g. com.necxian.refunds.events.RefundApproved
    payload     bytea       not null,        -- Avro single-object encoding (header with the schema fingerprint)
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,                 -- null until the broker acknowledged it
    trace_parent text                        -- W3C traceparent of the use case that wrote it; the relay sends it on
);
create index outbox_unsent on outbox (id) where sent_at is null;
