-- The simulated payment provider's own records (only used with necxian.payment.gateway=simulated). They stand for
-- what a real provider keeps on its side: written outside the ledger's transactions, they survive a restart of the
-- service and are shared by every instance, so a status check finds a refund whichever instance submitted it.
create table simulated_provider_refund (
    idempotency_key   text primary key,
    id                text        not null unique,
    payment_reference text        not null,
    amount_minor      bigint      not null,
    currency          text        not null,
    confirm_at        timestamptz not null,
    failure           text,
    created_at        timestamptz not null default now()
);
create index simulated_provider_refund_payment on simulated_provider_refund (payment_reference);

-- Calls received per idempotency key (retries included): scripts "fail the first N calls" across instances.
create table simulated_provider_call (
    idempotency_key text primary key,
    calls           int not null
);

create sequence simulated_provider_refund_seq;
