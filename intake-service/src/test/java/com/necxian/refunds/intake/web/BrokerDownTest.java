package com.necxian.refunds.intake.web;

import static com.necxian.refunds.intake.web.RefundApiTest.KEY;
import static com.necxian.refunds.intake.web.RefundApiTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.intake.store.IdempotencyKeys;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.KafkaBroker;
import com.necxian.refunds.testsupport.TopicContents;

/** Kafka stops under a running intake: the storefront gets 503 with Retry-After, and a retry after is safe. */
@SpringBootTest(properties = "spring.application.name=intake-broker-down")
@AutoConfigureMockMvc
@DirtiesContext
@ActiveProfiles("local")
class BrokerDownTest {

    static final KafkaBroker broker = KafkaBroker.start();

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        Infrastructure.shared().springProperties("intake_broker_down").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Autowired
    MockMvc http;

    @Autowired
    IdempotencyKeys keys;

    @Test
    void withTheBrokerDownTheAnswerIs503AndNothingIsAccepted() throws Exception {
        String up = "NX-" + UUID.randomUUID();
        assertThat(submit(up, "k-" + up).getStatus()).isEqualTo(202);
        String bootstrap = broker.bootstrapServers();

        broker.close();
        String down = "NX-" + UUID.randomUUID();
        MockHttpServletResponse refused = submit(down, "k-" + down);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(TopicContents.withKey(Infrastructure.shared().kafka().bootstrapServers(), Topics.REFUND_REQUESTED,
                down)).isEmpty();
        assertThat(bootstrap).isNotBlank();
        assertThat(keys.find("k-" + down)).as("the key is free for the retry").isEmpty();
        assertThat(keys.find("k-" + up)).isPresent();
    }

    private MockHttpServletResponse submit(String orderNumber, String idempotencyKey) throws Exception {
        return http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY).header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).content(request(orderNumber, "10.00"))).andReturn()
                .getResponse();
    }
}
