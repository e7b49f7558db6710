package com.necxian.refunds.intake.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.necxian.refunds.events.LineDecision;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.messaging.metrics.StageLatency;
import com.necxian.refunds.messaging.tracing.TraceParents;
import com.necxian.refunds.intake.store.RefundViews;
import com.necxian.refunds.intake.store.RefundViews.Update;
import com.necxian.refunds.messaging.PollTransaction;
import com.necxian.refunds.money.Money;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the status view from every refund topic; events may come late, twice, or out of order. Takes a whole
 * poll at once and applies it in one database transaction. When that fails (a record that is not a refund event or
 * could not be read, or one the database refuses, such as text with a NUL byte), the poll is applied again record
 * by record ({@link PollTransaction}): the events before the bad one commit, and the error handler retries and
 * dead-letters that record alone and goes on with the ones after it. Each refund's row keeps the trace id its
 * records carry; the stage latency event → status view says how far the view is behind.
 */
@Component
class StatusViewListener {

    private final RefundViews views;
    private final JsonMapper json;
    private final StageLatency eventToStatusView;
    private final PollTransaction poll;

    StatusViewListener(RefundViews views, JsonMapper json, MeterRegistry registry,
            PlatformTransactionManager transactions) {
        this.views = views;
        this.json = json;
        this.eventToStatusView = StageLatency.of(registry, StageLatency.EVENT_TO_STATUS_VIEW);
        this.poll = new PollTransaction(transactions);
    }

    @KafkaListener(id = "intake-status-view", batch = "true", topics = {Topics.REFUND_REQUESTED,
            Topics.REFUND_REVIEW_REQUIRED, Topics.REFUND_APPROVED, Topics.REFUND_DENIED, Topics.REFUND_PROCESSED,
            Topics.REFUND_FAILED})
    void on(List<ConsumerRecord<String, Object>> records) {
        try {
            apply(records.stream().map(this::updateFor).toList());
        } catch (RuntimeException notAllAtOnce) {
            poll.handle(records, record -> apply(List.of(updateFor(record))));
        }
    }

    private Update updateFor(ConsumerRecord<String, Object> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, null);
        if (unreadable != null) {
            throw unreadable;
        }
        if (record.value() instanceof SpecificRecord event) {
            return updateFor(event).tracedBy(TraceParents.traceIdOf(TraceParents.of(record.headers())));
        }
        throw new IllegalArgumentException("not a refund event: " + record.value());
    }

    private void apply(List<Update> updates) {
        views.applyAll(updates);
        Instant now = Instant.now();
        updates.forEach(update -> eventToStatusView.record(update.at(), now));
    }

    private Update updateFor(SpecificRecord event) {
        if (event instanceof RefundRequested e) {
            return new Update(e.getEventId(), e.getRefundId(), e.getOrderNumber(),
                    RefundStatus.RECEIVED, e.getOccurredAt(), e.getRespondBy(), null, null, null, null);
        }
        if (event instanceof RefundReviewRequired e) {
            return new Update(e.getEventId(), e.getRefundId(), e.getOrderNumber(),
                    RefundStatus.UNDER_REVIEW, e.getOccurredAt(), e.getRespondBy(), null, null, null, review(e));
        }
        if (event instanceof RefundApproved e) {
            return new Update(e.getEventId(), e.getRefundId(), e.getOrderNumber(),
                    RefundStatus.APPROVED, e.getOccurredAt(), null, e.getProcessBy(),
                    decision("APPROVED", e.getAmountMinor(), e.getCurrency(), e.getResolution().name(), e.getClauses(),
                            e.getPolicyVersion(), e.getDecidedBy(), e.getLines()), null, null);
        }
        if (event instanceof RefundDenied e) {
            return new Update(e.getEventId(), e.getRefundId(), e.getOrderNumber(),
                    RefundStatus.DENIED, e.getOccurredAt(), null, null,
                    decision("DENIED", 0, e.getCurrency(), null, e.getClauses(), e.getPolicyVersion(),
                            e.getDecidedBy(), e.getLines()), null, null);
        }
        if (event instanceof RefundProcessed e) {
            return new Update(e.getEventId(), e.getRefundId(), e.getOrderNumber(),
                    RefundStatus.PROCESSED, e.getOccurredAt(), null, null, null,
                    payment("SUCCEEDED", e.getProviderReference(), null), null);
        }
        if (event instanceof RefundFailed e) {
            return new Update(e.getEventId(), e.getRefundId(), e.getOrderNumber(),
                    RefundStatus.FAILED, e.getOccurredAt(), null, null, null, payment("FAILED", null, e.getReason()),
                    null);
        }
        throw new IllegalArgumentException("not a refund event: " + event.getSchema().getFullName());
    }

    private String decision(String outcome, long amountMinor, String currency, String resolution, List<String> clauses,
            int policyVersion, String decidedBy, List<LineDecision> lines) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", outcome);
        decision.put("approvedAmount", Money.decimal(amountMinor, currency));
        decision.put("currency", currency);
        decision.put("resolution", resolution);
        decision.put("clauses", clauses);
        decision.put("policyVersion", policyVersion);
        decision.put("decidedBy", decidedBy);
        decision.put("lines", lines.stream().map(line -> Map.of("lineId", line.getLineId(),
                "outcome", line.getOutcome().name(), "clauses", line.getClauses(),
                "explanation", line.getExplanation())).toList());
        return json.writeValueAsString(decision);
    }

    /**
     * Why a person looks at the refund and by when: the clauses the automatic evaluation rests on, the customer's
     * message and the lines. An event from before `clauses`/`customerMessage` existed gives the lines' clauses and
     * explanations instead.
     */
    private String review(RefundReviewRequired event) {
        List<LineDecision> lines = event.getLines();
        List<String> clauses = !event.getClauses().isEmpty() ? event.getClauses()
                : lines.stream().flatMap(line -> line.getClauses().stream()).distinct().toList();
        String message = event.getCustomerMessage() != null ? event.getCustomerMessage()
                : lines.stream().filter(line -> line.getOutcome() == LineOutcome.REVIEW)
                        .map(LineDecision::getExplanation).collect(Collectors.joining(" "));
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("clauses", clauses);
        review.put("message", message);
        review.put("respondBy", event.getRespondBy().toString());
        review.put("lines", lines.stream().map(line -> Map.of("lineId", line.getLineId(),
                "outcome", line.getOutcome().name(), "clauses", line.getClauses())).toList());
        return json.writeValueAsString(review);
    }

    private String payment(String status, String reference, String reason) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("status", status);
        payment.put("reference", reference);
        payment.put("reason", reason);
        return json.writeValueAsString(payment);
    }
}
