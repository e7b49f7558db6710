-- When the event that caused the e-mail happened (the stage latency processed -> e-mailed is measured from it) and
-- the W3C traceparent of its refund (the sender logs in that trace); both null for rows written before.
alter table notification add column event_at timestamptz, add column trace_parent text;
