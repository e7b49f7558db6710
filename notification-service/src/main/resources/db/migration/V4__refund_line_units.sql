-- Partial quantities: the units bought and the units asked for, so decision e-mails can say "1 of 3 units".
-- Null for rows written before (all units).
alter table refund_line add column quantity integer, add column quantity_to_refund integer;
