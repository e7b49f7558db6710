-- Every e-mail the service means to send, once per dedupe key: written PENDING when its event is consumed,
-- then updated by the sender loop with the send result (SENT, or FAILED once the server keeps rejecting it).
create table notification (
    id              bigserial primary key,
    dedupe_key      text        not null unique,
    template        text        not null,
    status_rank     int         not null,
    refund_id       text,
    order_number    text,
    event_id        text        not null,
    recipient       text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text        not null,
    state           text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index notification_due on notification (next_attempt_at) where state = 'PENDING';
create index notification_refund on notification (refund_id, created_at);

-- Everyone the service has written to, by address: they get the notice of each significant policy version.
create table known_customer (
    email       text primary key,
    customer_id text        not null,
    name        text,
    first_seen  timestamptz not null default now()
);

-- One row per significant policy version whose notices were queued (the fan-out happens once).
create table policy_notice (
    policy_version int primary key,
    event_id       text        not null,
    summary        text        not null,
    effective_at   timestamptz not null,
    recipients     int         not null,
    queued_at      timestamptz not null default now()
);

-- What the customer called each line when asking, so decision e-mails can name the lines.
create table refund_line (
    refund_id   text not null,
    line_id     text not null,
    description text,
    primary key (refund_id, line_id)
);
