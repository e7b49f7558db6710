package com.necxian.refunds.notification.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.LineDecision;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundFailed;
import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.notification.config.NotificationSettings;
import com.necxian.refunds.notification.domain.CustomerWording;
import com.necxian.refunds.notification.domain.Draft;
import com.necxian.refunds.notification.domain.LineName;
import com.necxian.refunds.notification.domain.LineView;
import com.necxian.refunds.notification.domain.MailTemplate;
import com.necxian.refunds.money.Money;
import com.necxian.refunds.notification.store.KnownCustomers.KnownCustomer;

/**
 * Turns an event into the e-mail it causes: recipient, subject and the values its templates show. Values stay
 * raw here (customer text included); the HTML template escapes them.
 */
@Component
public class EventDrafts {

    private final NotificationSettings settings;

    public EventDrafts(NotificationSettings settings) {
        this.settings = settings;
    }

    /** The e-mail for a refund event; {@code lineNames} names lines by the customer's own description. */
    public Draft forRefund(SpecificRecord event, Map<String, String> lineNames) {
        if (event instanceof RefundRequested e) {
            return received(e);
        }
        if (event instanceof RefundReviewRequired e) {
            return underReview(e);
        }
        if (event instanceof RefundApproved e) {
            return approved(e, lineNames);
        }
        if (event instanceof RefundDenied e) {
            return denied(e, lineNames);
        }
        if (event instanceof RefundProcessed e) {
            return processed(e);
        }
        if (event instanceof RefundFailed e) {
            return failed(e);
        }
        throw new IllegalArgumentException("not a refund event: " + event.getSchema().getFullName());
    }

    public Draft forPolicyChange(RefundPolicyChanged event, KnownCustomer customer) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerName", customer.name());
        values.put("policyVersion", event.getPolicyVersion());
        values.put("summary", event.getSummary());
        values.put("effectiveOn", date(event.getEffectiveAt()));
        return new Draft(Draft.policyKey(event.getPolicyVersion(), customer.email()), MailTemplate.POLICY_CHANGED,
                null, null, event.getEventId(), customer.email(),
                "Changes to the " + settings.companyName() + " refund policy", values);
    }

    private Draft received(RefundRequested e) {
        Map<String, Object> values = common(e.getCustomer(), e.getOrderNumber(), e.getRefundId());
        long total = 0;
        List<LineView> lines = new java.util.ArrayList<>();
        for (OrderLine line : e.getLines()) {
            total += line.getAmountPaidMinor();
            String paid = Money.of(line.getAmountPaidMinor(), e.getCurrency()).text();
            boolean partial = LineName.isPartial(line.getQuantity(), line.getQuantityToRefund());
            lines.add(new LineView(LineName.of(line.getLineId(), line.getDescription(), line.getQuantity(),
                    line.getQuantityToRefund()), partial ? paid + " paid for all " + line.getQuantity() + " units"
                    : paid, null, List.of()));
        }
        values.put("lines", lines);
        values.put("total", Money.of(total, e.getCurrency()).text());
        values.put("receivedOn", date(e.getOccurredAt()));
        values.put("respondBy", date(e.getRespondBy()));
        values.put("reason", CustomerWording.reason(e.getReason().name()));
        values.put("description", e.getDescription());
        values.put("preferredResolution", e.getPreferredResolution().name());
        return draft(MailTemplate.RECEIVED, e.getRefundId(), e.getOrderNumber(), e.getEventId(), e.getCustomer(),
                "We received your refund request for order " + oneLine(e.getOrderNumber()), values);
    }

    private Draft underReview(RefundReviewRequired e) {
        Map<String, Object> values = common(e.getCustomer(), e.getOrderNumber(), e.getRefundId());
        values.put("respondBy", date(e.getRespondBy()));
        values.put("thirdParty", "THIRD_PARTY".equals(e.getCategory()) || cites(e.getLines(), null, "TPS-"));
        return draft(MailTemplate.UNDER_REVIEW, e.getRefundId(), e.getOrderNumber(), e.getEventId(),
                e.getCustomer(), "Your refund request for order " + oneLine(e.getOrderNumber()) + " is being reviewed",
                values);
    }

    private Draft approved(RefundApproved e, Map<String, String> lineNames) {
        Map<String, Object> values = common(e.getCustomer(), e.getOrderNumber(), e.getRefundId());
        values.put("amount", Money.of(e.getAmountMinor(), e.getCurrency()).text());
        values.put("resolution", e.getResolution().name());
        values.put("paymentMethod", CustomerWording.paymentMethod(e.getPayment().getMethod().name()));
        values.put("processBy", date(e.getProcessBy()));
        values.put("approvedLines", lines(e.getLines(), LineOutcome.APPROVE, e.getCurrency(), lineNames));
        decision(values, e.getLines(), e.getClauses(), e.getNote(), e.getCurrency(), lineNames);
        return draft(MailTemplate.APPROVED, e.getRefundId(), e.getOrderNumber(), e.getEventId(), e.getCustomer(),
                "Your refund request for order " + oneLine(e.getOrderNumber()) + " is approved", values);
    }

    private Draft denied(RefundDenied e, Map<String, String> lineNames) {
        Map<String, Object> values = common(e.getCustomer(), e.getOrderNumber(), e.getRefundId());
        decision(values, e.getLines(), e.getClauses(), e.getNote(), e.getCurrency(), lineNames);
        return draft(MailTemplate.DENIED, e.getRefundId(), e.getOrderNumber(), e.getEventId(), e.getCustomer(),
                "Your refund request for order " + oneLine(e.getOrderNumber()) + " was not approved", values);
    }

    private Draft processed(RefundProcessed e) {
        Map<String, Object> values = common(e.getCustomer(), e.getOrderNumber(), e.getRefundId());
        values.put("amount", Money.of(e.getAmountMinor(), e.getCurrency()).text());
        values.put("resolution", e.getResolution().name());
        values.put("processedOn", date(e.getOccurredAt()));
        values.put("providerReference", e.getProviderReference());
        return draft(MailTemplate.PROCESSED, e.getRefundId(), e.getOrderNumber(), e.getEventId(), e.getCustomer(),
                "Your refund for order " + oneLine(e.getOrderNumber()) + " has been processed", values);
    }

    private Draft failed(RefundFailed e) {
        Map<String, Object> values = common(e.getCustomer(), e.getOrderNumber(), e.getRefundId());
        values.put("amount", Money.of(e.getAmountMinor(), e.getCurrency()).text());
        values.put("resolution", e.getResolution().name());
        values.put("reason", e.getReason());
        values.put("permanent", e.getPermanent());
        return draft(MailTemplate.FAILED, e.getRefundId(), e.getOrderNumber(), e.getEventId(), e.getCustomer(),
                "We could not complete your refund for order " + oneLine(e.getOrderNumber()) + " yet", values);
    }

    /** What approval and denial e-mails share: the denied lines with their reasons, clauses, note, SUB-2, TPS-2. */
    private void decision(Map<String, Object> values, List<LineDecision> lines, List<String> clauses, String note,
            String currency, Map<String, String> lineNames) {
        values.put("deniedLines", lines(lines, LineOutcome.DENY, currency, lineNames));
        values.put("clauses", String.join(", ", clauses));
        values.put("note", note);
        values.put("subscription", cites(lines, LineOutcome.DENY, "SUB-1") || cites(lines, LineOutcome.DENY, "SUB-2"));
        values.put("thirdParty", cites(lines, null, "TPS-") || clauses.stream().anyMatch(c -> c.startsWith("TPS-")));
    }

    private List<LineView> lines(List<LineDecision> lines, LineOutcome outcome, String currency,
            Map<String, String> lineNames) {
        return lines.stream().filter(line -> line.getOutcome() == outcome)
                .map(line -> new LineView(LineName.of(line.getLineId(), lineNames.get(line.getLineId()), null, null),
                        outcome == LineOutcome.DENY ? null : Money.of(line.getAmountMinor(), currency).text(),
                        line.getExplanation(), List.copyOf(line.getClauses())))
                .toList();
    }

    private static boolean cites(List<LineDecision> lines, LineOutcome outcome, String clausePrefix) {
        return lines.stream().filter(line -> outcome == null || line.getOutcome() == outcome)
                .flatMap(line -> line.getClauses().stream()).anyMatch(clause -> clause.startsWith(clausePrefix));
    }

    private Map<String, Object> common(Customer customer, String orderNumber, String refundId) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerName", customer.getName());
        values.put("orderNumber", orderNumber);
        values.put("refundId", refundId);
        return values;
    }

    private static Draft draft(MailTemplate template, String refundId, String orderNumber, String eventId,
            Customer customer, String subject, Map<String, Object> values) {
        String email = customer.getEmail();
        if (email == null || email.isBlank() || email.indexOf('@') <= 0) {
            throw new IllegalArgumentException("event " + eventId + " has no usable customer e-mail address");
        }
        return new Draft(Draft.refundKey(refundId, template), template, refundId, orderNumber,
                eventId == null ? UUID.randomUUID().toString() : eventId, email.strip(), subject, values);
    }

    /** Text that goes into a header: no line breaks or other control characters. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private String date(Instant instant) {
        return CustomerWording.date(instant, settings.zone());
    }
}
