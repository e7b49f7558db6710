-- The shared outbox shape (messaging-support db/outbox/outbox-table.sql) keeps each row's W3C traceparent, so the
-- relay publishes the event in the trace of the refund that caused it.
alter table outbox add column trace_parent text;
