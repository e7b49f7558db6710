package com.necxian.refunds.intake.web;

import static com.necxian.refunds.intake.web.RefundApiTest.KEY;
import static com.necxian.refunds.intake.web.RefundApiTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.TopicContents;

/** No database connection to be had: a keyed request gets 503 with Retry-After and writes no event. */
// Flyway needs two connections at start-up, so the pool has two and the test takes both.
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.minimum-idle=2", "spring.datasource.hikari.connection-timeout=300",
        "spring.kafka.listener.auto-startup=false"})
@AutoConfigureMockMvc
@RealInfrastructure
class DatabaseUnavailableTest {

    @Autowired
    MockMvc http;

    @Autowired
    DataSource dataSource;

    @Test
    void aKeyedRequestIs503WhenNoConnectionCanBeHadAndWritesNothing() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        MockHttpServletResponse answer;
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            answer = http.perform(post("/api/v1/refunds").header("X-Api-Key", KEY)
                    .header("Idempotency-Key", "k-" + orderNumber).contentType(MediaType.APPLICATION_JSON)
                    .content(request(orderNumber, "10.00"))).andReturn().getResponse();
        }

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeader("Retry-After")).isNotBlank();
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(TopicContents.withKey(Infrastructure.shared().kafka().bootstrapServers(), Topics.REFUND_REQUESTED,
                orderNumber)).isEmpty();
    }
}
