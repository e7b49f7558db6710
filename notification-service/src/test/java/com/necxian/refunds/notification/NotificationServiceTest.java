package com.necxian.refunds.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.RecordedSpans;

/** One Spring context for every test class of the module: they extend this and share it. */
@SpringBootTest(properties = {
        "necxian.notification.delivery.poll-interval=100ms",
        "necxian.notification.delivery.first-retry=200ms",
        "necxian.notification.delivery.max-retry=1s"})
@AutoConfigureMockMvc
@RealInfrastructure
@Import(NotificationServiceTest.Spans.class)
public abstract class NotificationServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Spans {

        @Bean
        RecordedSpans recordedSpans() {
            return new RecordedSpans();
        }
    }

    protected static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    protected KafkaTemplate<String, Object> kafka;

    protected void publish(SpecificRecord... events) {
        for (SpecificRecord event : events) {
            try {
                kafka.send(Topics.of(event), Topics.keyOf(event), event).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not publish " + event.getSchema().getName(), e);
            }
        }
    }

    /** Waits until {@code count} messages reached the recipient, then returns them. */
    protected static List<DeliveredMail> awaitMail(String recipient, int count) {
        return await().atMost(TIMEOUT).until(() -> DeliveredMail.to(recipient), mails -> mails.size() >= count);
    }
}
