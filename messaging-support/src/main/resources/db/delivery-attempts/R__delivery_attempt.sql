-- How many times each failing record has been tried (messaging-support DeliveryAttempts), so the bounded retry
-- before <topic>.dlt counts on after a restart instead of starting over. One shape for every service; added to each
-- service's Flyway locations by messaging-support (repeatable, so it takes no version number of the service's own).
-- A row lives from a record's first failure until it is dead-lettered; rows of records that later succeeded are
-- deleted after a day.
create table if not exists delivery_attempt (
    consumer_group text        not null,
    topic          text        not null,
    partition_no   int         not null,
    record_offset  bigint      not null,
    attempts       int         not null,
    last_failed_at timestamptz not null default now(),
    primary key (consumer_group, topic, partition_no, record_offset)
);
