package com.necxian.refunds.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.notification.Events;
import com.necxian.refunds.notification.NotificationServiceTest;
import com.necxian.refunds.testsupport.RecordedSpans;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;

/** The SMTP send and the database work for a processed refund are spans in the refund's own trace. */
class DeliverySpansTest extends NotificationServiceTest {

    private static final String REFUND_SPAN = "00f067aa0ba902b7";

    @Autowired
    RecordedSpans spans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSmtpSendAndTheNotificationsInsertAreSpansInTheRefundsTraceWithoutTheAddress() {
        String email = Events.uniqueEmail("spans");
        RefundProcessed processed = Events.forCustomer(email, "Ana Ruiz").processed(2_500, Resolution.REFUND);
        String traceId = UUID.randomUUID().toString().replace("-", "");

        try (var trace = TraceParents.open("00-" + traceId + "-" + REFUND_SPAN + "-01")) {
            publish(processed);
        }
        awaitMail(email, 1);

        SpanData send = await().atMost(TIMEOUT).until(() -> named(traceId, "email send PROCESSED"),
                found -> !found.isEmpty()).get(0);
        assertThat(send.getAttributes().get(AttributeKey.stringKey("template"))).isEqualTo("PROCESSED");
        assertThat(send.getAttributes().get(AttributeKey.stringKey("result"))).isEqualTo("sent");
        String rowsTraceParent = jdbc.sql("select trace_parent from notification where refund_id = ?")
                .param(processed.getRefundId()).query(String.class).single();
        assertThat(rowsTraceParent).isEqualTo("00-" + traceId + "-" + send.getParentSpanId() + "-01");

        List<SpanData> inTrace = spans.inTrace(traceId);
        assertThat(inTrace).filteredOn(span -> span.getName().equals("query"))
                .anySatisfy(query -> assertThat(query.getAttributes().get(AttributeKey.stringKey("jdbc.query[0]")))
                        .containsIgnoringCase("insert into notification"));
        assertThat(inTrace).allSatisfy(span -> assertThat(span.getAttributes().toString()).doesNotContain(email)
                .doesNotContain("Ana Ruiz"));
    }

    private List<SpanData> named(String traceId, String name) {
        return spans.inTrace(traceId).stream().filter(span -> span.getName().equals(name)).toList();
    }
}
