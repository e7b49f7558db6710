-- Approval events already handled (consumers are idempotent by eventId).
create table processed_event (
    event_id     text primary key,
    processed_at timestamptz not null default now()
);

-- One row per refund payment: the refund id is paid out at most once.
create table refund_payment (
    refund_id          text primary key,
    approval_event_id  text        not null,
    order_number       text        not null,
    correlation_id     text        not null,
    customer_id        text        not null,
    customer_email     text        not null,
    customer_name      text,
    resolution         text        not null check (resolution in ('REFUND', 'STORE_CREDIT', 'EXCHANGE')),
    payment_method     text        not null,
    payment_reference  text        not null,
    currency           text        not null check (currency ~ '^[A-Z]{3}$'),
    approved_minor     bigint      not null,
    order_paid_minor   bigint      not null,
    payout_minor       bigint      not null check (payout_minor >= 0),
    status             text        not null check (status in ('PENDING', 'SUBMITTED', 'SUCCEEDED', 'FAILED')),
    provider_reference text,
    failure_reason     text,
    attempts           int         not null default 0,
    next_attempt_at    timestamptz,
    approved_at        timestamptz not null,
    process_by         timestamptz not null,
    created_at         timestamptz not null,
    completed_at       timestamptz,
    constraint payout_within_approved check (payout_minor <= approved_minor),
    constraint payout_within_paid check (payout_minor <= order_paid_minor),
    constraint failed_pays_nothing check (status <> 'FAILED' or payout_minor = 0)
);
create index refund_payment_due on refund_payment (next_attempt_at) where status in ('PENDING', 'SUBMITTED');
create index refund_payment_order on refund_payment (order_number);

-- Per original payment: what is committed (paid or being paid) never exceeds the approved amounts
-- nor what was paid. paid_minor is the largest orderPaidMinor any approval reported for the reference.
create table payment_total (
    payment_reference text primary key,
    currency          text   not null,
    paid_minor        bigint not null check (paid_minor >= 0),
    approved_minor    bigint not null default 0,
    committed_minor   bigint not null default 0 check (committed_minor >= 0),
    constraint committed_within_approved check (committed_minor <= approved_minor),
    constraint committed_within_paid check (committed_minor <= paid_minor)
);

create table refund_attempt (
    refund_id text        not null references refund_payment,
    attempt   int         not null,
    at        timestamptz not null,
    outcome   text        not null,
    provider_reference text,
    detail    text,
    primary key (refund_id, attempt)
);

create table store_credit_account (
    customer_id   text   not null,
    currency      text   not null,
    balance_minor bigint not null check (balance_minor >= 0),
    primary key (customer_id, currency)
);

create table store_credit_entry (
    id           bigserial primary key,
    customer_id  text        not null,
    currency     text        not null,
    amount_minor bigint      not null,
    refund_id    text unique references refund_payment,
    order_number text,
    at           timestamptz not null,
    foreign key (customer_id, currency) references store_credit_account
);
create index store_credit_entry_customer on store_credit_entry (customer_id, at);

-- Transactional outbox: events written with the ledger change that causes them, published by the relay.
create table outbox (
    id         bigserial primary key,
    topic      text        not null,
    record_key text        not null,
    event_type text        not null,
    payload    bytea       not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz
);
create index outbox_unsent on outbox (id) where sent_at is null;
