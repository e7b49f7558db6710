package com.necxian.refunds.policy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.policy.PolicyServiceTest;
import com.necxian.refunds.testsupport.PrometheusText;

/** A decision continues its request's trace, and moves the stage latency received → decided and the counts. */
class DecisionObservabilityTest extends PolicyServiceTest {

    @Test
    void aDecisionIsPublishedInTheTraceOfItsRequestAndMovesTheStageLatencyAndTheDecisionCounts() throws Exception {
        double decidedBefore = stageCount();
        double std1Before = PrometheusText.sum(metrics(), "necxian_decisions_total",
                Map.of("outcome", "APPROVED", "clause", "STD-1"));
        String traceId = UUID.randomUUID().toString().replace("-", "");
        OrderLine line = physicalLine("1", 19_900, daysAgo(3)).build();
        RefundRequested request = request(orderNumber(), RefundReason.DEFECTIVE, line).build();

        try (var trace = TraceParents.open("00-" + traceId + "-00f067aa0ba902b7-01")) {
            send(request);
        }

        SpecificRecord decision = observer.awaitAny(request.getRefundId());
        String eventId = String.valueOf(decision.get(decision.getSchema().getField("eventId").pos()));
        assertThat(jdbc.sql("select trace_parent from outbox where event_id = ?").param(eventId)
                .query(String.class).single()).contains(traceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> stageCount() > decidedBefore);
        assertThat(PrometheusText.sum(metrics(), "necxian_decisions_total",
                Map.of("outcome", "APPROVED", "clause", "STD-1"))).isGreaterThan(std1Before);
        assertThat(PrometheusText.sum(metrics(), "necxian_refund_stage_latency_seconds_bucket",
                Map.of("stage", "received_to_decided", "le", "+Inf"))).as("SLO buckets").isGreaterThan(0);
    }

    private double stageCount() throws Exception {
        return PrometheusText.sum(metrics(), "necxian_refund_stage_latency_seconds_count",
                Map.of("stage", "received_to_decided"));
    }

    private String metrics() throws Exception {
        return http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
