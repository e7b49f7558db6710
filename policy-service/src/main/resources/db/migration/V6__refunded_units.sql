-- Partial quantities: a line can be refunded a few units at a time, one row per approving refund.
-- units null: a row written before units were counted, the line was refunded whole (all its units).
alter table refunded_line add column units integer check (units > 0);
alter table refunded_line drop constraint refunded_line_pkey;
alter table refunded_line add primary key (order_number, line_id, refund_id);
