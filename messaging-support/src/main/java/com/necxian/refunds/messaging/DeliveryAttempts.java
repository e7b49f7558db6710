package com.necxian.refunds.messaging;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The failures of each record so far, per consumer group, in the service's own database (table
 * {@code delivery_attempt}, {@code db/delivery-attempts}): a restarted instance goes on counting where the killed
 * one stopped, so a poison record is dead-lettered after the configured attempts whatever the restarts. Each
 * statement commits on its own, outside the listener's (rolled back) transaction.
 */
public class DeliveryAttempts {

    private final JdbcClient jdbc;

    public DeliveryAttempts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Counts one more failure of {@code record} and returns the failures so far, this one included. */
    public int failed(String group, ConsumerRecord<?, ?> record) {
        return jdbc.sql("""
                insert into delivery_attempt (consumer_group, topic, partition_no, record_offset, attempts)
                values (?, ?, ?, ?, 1)
                on conflict (consumer_group, topic, partition_no, record_offset)
                do update set attempts = delivery_attempt.attempts + 1, last_failed_at = now()
                returning attempts""")
                .params(group, record.topic(), record.partition(), record.offset()).query(Integer.class).single();
    }

    /** The record was dead-lettered: its count is done with, and so are day-old counts of records handled since. */
    public void forget(String group, ConsumerRecord<?, ?> record) {
        jdbc.sql("""
                delete from delivery_attempt where (consumer_group = ? and topic = ? and partition_no = ?
                and record_offset = ?) or last_failed_at < now() - interval '1 day'""")
                .params(group, record.topic(), record.partition(), record.offset()).update();
    }
}
