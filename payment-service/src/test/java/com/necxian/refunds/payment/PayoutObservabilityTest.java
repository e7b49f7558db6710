package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.testsupport.PrometheusText;

/** A payout's outcome continues the approval's trace and moves the stage latency decided → processed. */
class PayoutObservabilityTest extends PaymentServiceTest {

    @Test
    void anOutcomeIsPublishedInTheApprovalsTraceAndMovesTheStageLatencyAndThePayoutCount() throws Exception {
        double processedBefore = stageCount();
        double exchangesBefore = PrometheusText.sum(metrics(), "necxian_payouts_total",
                Map.of("resolution", "EXCHANGE", "result", "succeeded"));
        RefundApproved approval = approval(order(), Resolution.EXCHANGE, 100, 100, reference("")).build();
        String traceId = UUID.randomUUID().toString().replace("-", "");

        try (var trace = TraceParents.open("00-" + traceId + "-00f067aa0ba902b7-01")) {
            publish(approval);
        }

        var processed = (RefundProcessed) outcomeOf(approval.getRefundId());
        assertThat(jdbc.sql("select trace_parent from outbox where event_id = ?").param(processed.getEventId())
                .query(String.class).single()).contains(traceId);
        await().atMost(PATIENCE).until(() -> stageCount() > processedBefore);
        String metrics = metrics();
        assertThat(PrometheusText.sum(metrics, "necxian_payouts_total",
                Map.of("resolution", "EXCHANGE", "result", "succeeded"))).isGreaterThan(exchangesBefore);
        assertThat(PrometheusText.has(metrics, "payment_payouts_near_process_by")).isTrue();
    }

    @Test
    void aRefundPaidByTheWorkerLaterIsPublishedInTheApprovalsTraceToo() {
        RefundApproved approval = approval(order(), Resolution.REFUND, 2_500, 2_500, reference("")).build();
        String traceId = UUID.randomUUID().toString().replace("-", "");

        try (var trace = TraceParents.open("00-" + traceId + "-00f067aa0ba902b7-01")) {
            publish(approval);
        }

        var processed = (RefundProcessed) outcomeOf(approval.getRefundId());
        assertThat(jdbc.sql("select trace_parent from outbox where event_id = ?").param(processed.getEventId())
                .query(String.class).single()).contains(traceId);
    }

    private double stageCount() throws Exception {
        return PrometheusText.sum(metrics(), "necxian_refund_stage_latency_seconds_count",
                Map.of("stage", "decided_to_processed"));
    }

    private String metrics() throws Exception {
        return http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
