create table idempotency_key (
    idempotency_key text primary key,
    request_hash    text        not null,
    refund_id       text        not null,
    response_body   text,
    created_at      timestamptz not null default now()
);

create table refund_view (
    refund_id    text primary key,
    order_number text        not null,
    status       text        not null,
    status_rank  int         not null,
    respond_by   timestamptz,
    process_by   timestamptz,
    decision     text,
    payment      text,
    updated_at   timestamptz not null
);
create index refund_view_order_number on refund_view (order_number);

create table refund_history (
    event_id  text primary key,
    refund_id text        not null,
    status    text        not null,
    at        timestamptz not null
);
create index refund_history_refund on refund_history (refund_id, at);
