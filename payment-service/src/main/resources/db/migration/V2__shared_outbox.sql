-- The outbox takes the shape every service shares (messaging-support db/outbox/outbox-table.sql): the event's id in
-- a column of its own (unique), and payloads in Avro single-object encoding. Rows already there are converted, so
-- unsent ones go out unchanged.

-- eventId is the first field of RefundProcessed and RefundFailed; in Avro binary a string is its length as a
-- zig-zag varint (one byte, 72, for a 36-character UUID) followed by its UTF-8 bytes.
alter table outbox add column event_id text;
update outbox set event_id = convert_from(substring(payload from 2 for get_byte(payload, 0) / 2), 'UTF8')
where get_byte(payload, 0) < 128;
alter table outbox alter column event_id set not null;
alter table outbox add constraint outbox_event_id_key unique (event_id);

-- Plain Avro binary becomes single-object encoding: the marker C3 01 and the little-endian CRC-64-AVRO fingerprint
-- of the schema the rows were written with (RefundProcessed and RefundFailed as of V1), then the same bytes. An
-- unknown type leaves the payload null, which the not-null constraint refuses: the migration fails, nothing is lost.
update outbox set payload = case event_type
        when 'com.necxian.refunds.events.RefundProcessed' then '\xc30106cbcd05f77af14b'::bytea
        when 'com.necxian.refunds.events.RefundFailed' then '\xc3015fa69bc2fa09b157'::bytea
    end || payload;
