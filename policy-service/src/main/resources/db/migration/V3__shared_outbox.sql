-- Every event now goes through the outbox, automatic decisions included, and the outbox takes the shape every
-- service shares (messaging-support db/outbox/outbox-table.sql): the generated class of the event as event_type,
-- no refund_id. Payloads stay as they are (Avro single-object encoding).
alter table outbox add column event_type text;
update outbox set event_type = 'com.necxian.refunds.events.' || case topic
        when 'refund.approved' then 'RefundApproved'
        when 'refund.denied' then 'RefundDenied'
        when 'refund.review-required' then 'RefundReviewRequired'
        when 'refund-policy.changed' then 'RefundPolicyChanged'
    end;
alter table outbox alter column event_type set not null;
drop index outbox_refund;
alter table outbox drop column refund_id;

-- decision_event held the automatic decision's event for the listener to send again when its Kafka transaction was
-- redelivered. Before this version a decision committed to the database before its event was sent, so the last
-- decision of each partition may have been committed without its event (a crash in between); its record, when
-- redelivered now, finds the decision and sends nothing. Those events go to the outbox: at worst a duplicate with
-- the same eventId, which consumers drop.
insert into outbox (event_id, topic, record_key, event_type, payload, created_at)
select e.event_id, e.topic, d.order_number, 'com.necxian.refunds.events.' || case e.topic
        when 'refund.approved' then 'RefundApproved'
        when 'refund.denied' then 'RefundDenied'
        when 'refund.review-required' then 'RefundReviewRequired'
    end, e.payload, e.recorded_at
from decision_event e
join decision d on d.refund_id = e.refund_id
where (d.source_partition, d.source_offset) in (
    select source_partition, max(source_offset) from decision group by source_partition)
order by e.recorded_at, e.event_id
on conflict (event_id) do nothing;
drop table decision_event;
