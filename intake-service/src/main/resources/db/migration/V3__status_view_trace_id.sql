-- The trace id of each refund (from the traceparent header of its events), shown in the status view so an operator
-- can find the refund's logs in every service and its trace in the trace UI.
alter table refund_view add column trace_id text;
