package com.necxian.refunds.intake.messaging;

import java.time.Instant;
import java.util.List;
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
import com.necxian.refunds.intake.application.RecordStatusChanges;
import com.necxian.refunds.intake.application.StatusChange;
import com.necxian.refunds.intake.application.StatusView;
import com.necxian.refunds.messaging.PollTransaction;
import com.necxian.refunds.money.Money;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Feeds the status view from every refund topic; events may come late, twice, or out of order. Turns each record of a
 * poll into a {@link StatusChange} and records them all at once ({@link RecordStatusChanges}, one database
 * transaction). When that fails (a record that is not a refund event or could not be read, or one the database
 * refuses, such as text with a NUL byte), the poll is applied again record by record ({@link PollTransaction}): the
 * events before the bad one commit, and the error handler retries and dead-letters that record alone and goes on
 * with the ones after it. Each refund's row keeps the trace id its records carry; the stage latency event → status
 * view says how far the view is behind.
 */
@Component
class StatusViewListener {

    private final RecordStatusChanges record;
    private final StageLatency eventToStatusView;
    private final PollTransaction poll;

    StatusViewListener(RecordStatusChanges record, MeterRegistry registry, PlatformTransactionManager transactions) {
        this.record = record;
        this.eventToStatusView = StageLatency.of(registry, StageLatency.EVENT_TO_STATUS_VIEW);
        this.poll = new PollTransaction(transactions);
    }

    @KafkaListener(id = "intake-status-view", batch = "true", topics = {Topics.REFUND_REQUESTED,
            Topics.REFUND_REVIEW_REQUIRED, Topics.REFUND_APPROVED, Topics.REFUND_DENIED, Topics.REFUND_PROCESSED,
            Topics.REFUND_FAILED})
    void on(List<ConsumerRecord<String, Object>> records) {
        try {
            apply(records.stream().map(this::changeOf).toList());
        } catch (RuntimeException notAllAtOnce) {
            poll.handle(records, one -> apply(List.of(changeOf(one))));
        }
    }

    private StatusChange changeOf(ConsumerRecord<String, Object> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, null);
        if (unreadable != null) {
            throw unreadable;
        }
        if (record.value() instanceof SpecificRecord event) {
            return changeOf(event).tracedBy(TraceParents.traceIdOf(TraceParents.of(record.headers())));
        }
        throw new IllegalArgumentException("not a refund event: " + record.value());
    }

    private void apply(List<StatusChange> changes) {
        record.apply(changes);
        Instant now = Instant.now();
        changes.forEach(change -> eventToStatusView.record(change.at(), now));
    }

    private static StatusChange changeOf(SpecificRecord event) {
        if (event instanceof RefundRequested e) {
            return StatusChange.of(e.getEventId(), e.getRefundId(), e.getOrderNumber(), RefundStatus.RECEIVED,
                    e.getOccurredAt()).respondBy(e.getRespondBy());
        }
        if (event instanceof RefundReviewRequired e) {
            return StatusChange.of(e.getEventId(), e.getRefundId(), e.getOrderNumber(), RefundStatus.UNDER_REVIEW,
                    e.getOccurredAt()).respondBy(e.getRespondBy()).reviewed(review(e));
        }
        if (event instanceof RefundApproved e) {
            return StatusChange.of(e.getEventId(), e.getRefundId(), e.getOrderNumber(), RefundStatus.APPROVED,
                    e.getOccurredAt()).processBy(e.getProcessBy()).decided(decision("APPROVED", e.getAmountMinor(),
                            e.getCurrency(), e.getResolution().name(), e.getClauses(), e.getPolicyVersion(),
                            e.getDecidedBy(), e.getLines()));
        }
        if (event instanceof RefundDenied e) {
            return StatusChange.of(e.getEventId(), e.getRefundId(), e.getOrderNumber(), RefundStatus.DENIED,
                    e.getOccurredAt()).decided(decision("DENIED", 0, e.getCurrency(), null, e.getClauses(),
                            e.getPolicyVersion(), e.getDecidedBy(), e.getLines()));
        }
        if (event instanceof RefundProcessed e) {
            return StatusChange.of(e.getEventId(), e.getRefundId(), e.getOrderNumber(), RefundStatus.PROCESSED,
                    e.getOccurredAt()).paid(new StatusView.PaymentOutcome("SUCCEEDED", e.getProviderReference(), null));
        }
        if (event instanceof RefundFailed e) {
            return StatusChange.of(e.getEventId(), e.getRefundId(), e.getOrderNumber(), RefundStatus.FAILED,
                    e.getOccurredAt()).paid(new StatusView.PaymentOutcome("FAILED", null, e.getReason()));
        }
        throw new IllegalArgumentException("not a refund event: " + event.getSchema().getFullName());
    }

    private static StatusView.Decision decision(String outcome, long amountMinor, String currency, String resolution,
            List<String> clauses, int policyVersion, String decidedBy, List<LineDecision> lines) {
        return new StatusView.Decision(outcome, Money.decimal(amountMinor, currency), currency, resolution, clauses,
                policyVersion, decidedBy, lines.stream().map(line -> new StatusView.DecisionLine(line.getLineId(),
                        line.getOutcome().name(), line.getClauses(), line.getExplanation())).toList());
    }

    /**
     * Why a person looks at the refund and by when: the clauses the automatic evaluation rests on, the customer's
     * message and the lines. An event from before `clauses`/`customerMessage` existed gives the lines' clauses and
     * explanations instead.
     */
    private static StatusView.Review review(RefundReviewRequired event) {
        List<LineDecision> lines = event.getLines();
        List<String> clauses = !event.getClauses().isEmpty() ? event.getClauses()
                : lines.stream().flatMap(line -> line.getClauses().stream()).distinct().toList();
        String message = event.getCustomerMessage() != null ? event.getCustomerMessage()
                : lines.stream().filter(line -> line.getOutcome() == LineOutcome.REVIEW)
                        .map(LineDecision::getExplanation).collect(Collectors.joining(" "));
        return new StatusView.Review(clauses, message, event.getRespondBy(), lines.stream()
                .map(line -> new StatusView.ReviewLine(line.getLineId(), line.getOutcome().name(), line.getClauses()))
                .toList());
    }
}
