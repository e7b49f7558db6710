package com.necxian.refunds.payment.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.payment.PaymentServiceTest;

/** The outcome event is the outbox row written with the ledger change; the shared gauges are exposed. */
class OutboxPublishingTest extends PaymentServiceTest {

    @Test
    void theOutcomeEventIsTheOutboxRowWrittenWithTheLedgerChangeAndIsMarkedSent() throws Exception {
        RefundApproved approval = approval(order(), Resolution.EXCHANGE, 100, 100, reference("")).build();
        publish(approval);

        var processed = (RefundProcessed) outcomeOf(approval.getRefundId());
        await().atMost(PATIENCE).until(() -> jdbc.sql("select sent_at is not null from outbox where event_id = ?")
                .param(processed.getEventId()).query(Boolean.class).optional().orElse(false));
        assertThat(jdbc.sql("select topic || ' ' || record_key || ' ' || event_type from outbox where event_id = ?")
                .param(processed.getEventId()).query(String.class).single()).isEqualTo("refund.processed "
                        + approval.getOrderNumber() + " " + RefundProcessed.class.getName());

        String metrics = http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(metrics).containsPattern("(?m)^outbox_unsent(\\{[^}]*\\})? [0-9.eE+-]+$")
                .containsPattern("(?m)^outbox_oldest_unsent_seconds(\\{[^}]*\\})? [0-9.eE+-]+$");
    }
}
