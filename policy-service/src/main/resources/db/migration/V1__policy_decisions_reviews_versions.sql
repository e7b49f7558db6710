-- A numbered policy version: the operator settings as JSON (CHG-1). Version 1 is seeded at start-up from
-- PolicySettings.defaults(), so the defaults live in one place (the engine).
create table policy_version (
    version      int primary key,
    settings     text        not null,
    significant  boolean     not null,
    summary      text        not null,
    created_by   text        not null,
    effective_at timestamptz not null
);

-- One decision per refund: the primary key is the dedupe. source_partition/offset name the record that
-- produced it, so a redelivery of that record (its Kafka transaction aborted) republishes the same events.
create table decision (
    refund_id        text primary key,
    request_event_id text        not null,
    source_partition int         not null,
    source_offset    bigint      not null,
    order_number     text        not null,
    outcome          text        not null,
    policy_version   int         not null references policy_version (version),
    approved_minor   bigint      not null,
    currency         text        not null,
    decision         text        not null,
    request          bytea       not null,
    decided_at       timestamptz not null
);
create index decision_order on decision (order_number);

-- Every event a decision caused (Avro single-object encoding), kept to republish it unchanged.
create table decision_event (
    event_id    text primary key,
    refund_id   text        not null,
    topic       text        not null,
    payload     bytea       not null,
    recorded_at timestamptz not null default now()
);
create index decision_event_refund on decision_event (refund_id, recorded_at);

-- Per-order refunded totals and lines: no double refund, never more than was paid.
create table order_history (
    order_number         text primary key,
    approved_total_minor bigint not null default 0,
    paid_total_minor     bigint not null default 0
);
create table refunded_line (
    order_number text not null,
    line_id      text not null,
    refund_id    text not null,
    primary key (order_number, line_id)
);

create table review (
    refund_id     text primary key references decision (refund_id),
    order_number  text        not null,
    state         text        not null,
    respond_by    timestamptz not null,
    opened_at     timestamptz not null,
    decision      text,
    decided_by    text,
    amount_minor  bigint,
    resolution    text,
    clauses       text,
    note          text,
    decided_at    timestamptz
);
create index review_state_respond_by on review (state, respond_by);
