package com.necxian.refunds.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.notification.Events;
import com.necxian.refunds.notification.NotificationServiceTest;
import com.necxian.refunds.testsupport.PrometheusText;

/** The e-mail of a processed refund keeps the refund's trace and moves the stage latency processed → e-mailed. */
class DeliveryObservabilityTest extends NotificationServiceTest {

    @Autowired
    MockMvc http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProcessedRefundsEmailKeepsItsTraceAndMovesTheStageLatencyAndTheSentCount() throws Exception {
        double emailedBefore = stageCount();
        double sentBefore = PrometheusText.sum(metrics(), "necxian_emails_total",
                Map.of("template", "PROCESSED", "result", "sent"));
        String email = Events.uniqueEmail("observed");
        RefundProcessed processed = Events.forCustomer(email, "Ana Ruiz").processed(4_000, Resolution.REFUND);
        String traceId = UUID.randomUUID().toString().replace("-", "");

        try (var trace = TraceParents.open("00-" + traceId + "-00f067aa0ba902b7-01")) {
            publish(processed);
        }

        awaitMail(email, 1);
        assertThat(jdbc.sql("select trace_parent from notification where refund_id = ? and template = 'PROCESSED'")
                .param(processed.getRefundId()).query(String.class).single()).contains(traceId);
        await().atMost(TIMEOUT).until(() -> stageCount() > emailedBefore);
        assertThat(PrometheusText.sum(metrics(), "necxian_emails_total",
                Map.of("template", "PROCESSED", "result", "sent"))).isGreaterThan(sentBefore);
    }

    private double stageCount() throws Exception {
        return PrometheusText.sum(metrics(), "necxian_refund_stage_latency_seconds_count",
                Map.of("stage", "processed_to_emailed"));
    }

    private String metrics() throws Exception {
        return http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
