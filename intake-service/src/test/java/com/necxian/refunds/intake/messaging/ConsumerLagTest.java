package com.necxian.refunds.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.PrometheusText;
import com.necxian.refunds.testsupport.RealInfrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * necxian_consumer_lag{group,topic,partition} (messaging-support's ConsumerLag) shows what the status view has not
 * committed: with its listener stopped, records sent to one partition are lag on /actuator/prometheus; started
 * again, the listener catches up and the partition's lag is 0. The dead-letter counter is there under its name too.
 */
@SpringBootTest(properties = "necxian.messaging.consumer-lag.interval=1s")
@AutoConfigureMockMvc
@RealInfrastructure
class ConsumerLagTest {

    static final String GROUP = "intake-status-view";
    static final int RECORDS = 5;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MockMvc http;

    @Test
    void recordsTheStoppedListenerHasNotReadAreLagUntilItCatchesUp() throws Exception {
        MessageListenerContainer statusView = listeners.getListenerContainer(GROUP);
        String key = "NX-" + UUID.randomUUID();
        String partition;
        statusView.stop();
        try {
            partition = sendToOnePartition(key);
            Map<String, String> labels = Map.of("group", GROUP, "topic", Topics.REFUND_APPROVED,
                    "partition", partition);
            await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusText.sum(scrape(),
                    "necxian_consumer_lag", labels) >= RECORDS);
        } finally {
            statusView.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> lag(partition) == 0);
    }

    @Test
    void deadLettersAreCountedUnderTheNameTheAlertsRead() throws Exception {
        assertThat(scrape()).contains("necxian_dead_letters_total{topic=\"" + Topics.REFUND_APPROVED + "\"");
    }

    private String sendToOnePartition(String key) throws Exception {
        Integer partition = null;
        for (int i = 0; i < RECORDS; i++) {
            partition = kafka.send(Topics.REFUND_APPROVED, key, PoisonRecordsTest.approved(key)).get()
                    .getRecordMetadata().partition();
        }
        return String.valueOf(partition);
    }

    private double lag(String partition) {
        Gauge gauge = meters.find("necxian.consumer.lag").tags("group", GROUP, "topic", Topics.REFUND_APPROVED,
                "partition", partition).gauge();
        return gauge == null ? -1 : gauge.value();
    }

    private String scrape() throws Exception {
        return http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
