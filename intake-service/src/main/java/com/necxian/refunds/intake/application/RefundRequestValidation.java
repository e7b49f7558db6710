package com.necxian.refunds.intake.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.Evidence;
import com.necxian.refunds.events.EvidenceKind;
import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;
import com.necxian.refunds.events.SubscriptionPeriod;
import com.necxian.refunds.intake.domain.DateRange;
import com.necxian.refunds.intake.domain.RequestLimits;
import com.necxian.refunds.intake.domain.TextCharacters;
import com.necxian.refunds.money.Money;
import com.necxian.refunds.web.problem.FieldProblem;

/** Checks every field of a request and turns a valid one into the RefundRequested event; collects all problems. */
final class RefundRequestValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final RefundRequestBody body;
    private final DateRange dates;

    private RefundRequestValidation(RefundRequestBody body, Instant now) {
        this.body = body;
        this.dates = DateRange.around(now);
    }

    /** The request checked as it arrived at {@code now} (dates may lie at most a year after it). */
    static RefundRequestValidation of(RefundRequestBody body, Instant now) {
        var validation = new RefundRequestValidation(body, now);
        validation.check();
        return validation;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    private void check() {
        text("orderNumber", body.orderNumber(), RequestLimits.ORDER_NUMBER);
        if (required("orderedAt", body.orderedAt())) {
            date("orderedAt", body.orderedAt());
        }
        date("processedAt", body.processedAt());
        freeText("description", body.description(), RequestLimits.DESCRIPTION);
        enumValue("reason", body.reason(), RefundReason.class, true);
        if (body.preferredResolution() != null) {
            enumValue("preferredResolution", body.preferredResolution(), Resolution.class, true);
        }
        checkCustomer();
        checkPayment();
        Currency currency = Money.currency(body.currency()).orElse(null);
        if (currency == null) {
            problems.add(new FieldProblem("currency", "must be an ISO 4217 currency code such as EUR"));
        }
        checkEvidence();
        checkLines(currency);
    }

    private void checkCustomer() {
        if (required("customer", body.customer())) {
            text("customer.id", body.customer().id(), RequestLimits.CUSTOMER_ID);
            if (text("customer.email", body.customer().email(), RequestLimits.CUSTOMER_EMAIL)
                    && !EMAIL.matcher(body.customer().email()).matches()) {
                problems.add(new FieldProblem("customer.email", "must be an e-mail address"));
            }
            optionalText("customer.name", body.customer().name(), RequestLimits.CUSTOMER_NAME);
        }
    }

    private void checkPayment() {
        if (required("payment", body.payment())) {
            enumValue("payment.method", body.payment().method(), PaymentMethod.class, true);
            text("payment.reference", body.payment().reference(), RequestLimits.PAYMENT_REFERENCE);
        }
    }

    private void checkEvidence() {
        List<RefundRequestBody.Evidence> evidence = body.evidence() == null ? List.of() : body.evidence();
        if (evidence.size() > RequestLimits.EVIDENCE) {
            problems.add(new FieldProblem("evidence", "may list at most " + RequestLimits.EVIDENCE + " items"));
        }
        for (int i = 0; i < evidence.size(); i++) {
            String prefix = "evidence[" + i + "]";
            RefundRequestBody.Evidence item = evidence.get(i);
            if (required(prefix, item)) {
                enumValue(prefix + ".kind", item.kind(), EvidenceKind.class, true);
                if (optionalText(prefix + ".uri", item.uri(), RequestLimits.EVIDENCE_URI) && !isHttps(item.uri())) {
                    problems.add(new FieldProblem(prefix + ".uri", "must be an absolute https: URI with a host and "
                            + "without user name or password, such as https://cdn.example.com/e/1.jpg"));
                }
                if (item.note() != null) {
                    withinLimits(prefix + ".note", item.note(), RequestLimits.EVIDENCE_NOTE, TextCharacters.FREE_TEXT);
                }
            }
        }
    }

    /** Evidence links a reviewer can open safely: https, absolute, with a host, no credentials in them. */
    private static boolean isHttps(String text) {
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void checkLines(Currency currency) {
        if (body.lines() == null || body.lines().isEmpty()) {
            problems.add(new FieldProblem("lines", "must list at least one order line"));
            return;
        }
        if (body.lines().size() > RequestLimits.LINES) {
            problems.add(new FieldProblem("lines", "may list at most " + RequestLimits.LINES + " order lines"));
        }
        for (int i = 0; i < body.lines().size(); i++) {
            if (required("lines[" + i + "]", body.lines().get(i))) {
                checkLine("lines[" + i + "].", body.lines().get(i), currency);
            }
        }
        List<String> lineIds = body.lines().stream().filter(Objects::nonNull).map(RefundRequestBody.Line::lineId)
                .toList();
        if (lineIds.stream().distinct().count() != lineIds.size()) {
            problems.add(new FieldProblem("lines", "each lineId may appear only once"));
        }
    }

    private void checkLine(String prefix, RefundRequestBody.Line line, Currency currency) {
        text(prefix + "lineId", line.lineId(), RequestLimits.LINE_ID);
        optionalText(prefix + "sku", line.sku(), RequestLimits.SKU);
        optionalText(prefix + "description", line.description(), RequestLimits.LINE_DESCRIPTION);
        enumValue(prefix + "productType", line.productType(), ProductType.class, true);
        enumValue(prefix + "madeToOrder", line.madeToOrder(), MadeToOrder.class, false);
        enumValue(prefix + "saleCondition", line.saleCondition(), SaleCondition.class, false);
        if (line.quantity() != null && line.quantity() < 1) {
            problems.add(new FieldProblem(prefix + "quantity", "must be at least 1"));
        }
        int bought = line.quantity() == null ? 1 : Math.max(1, line.quantity());
        if (line.quantityToRefund() != null && (line.quantityToRefund() < 1 || line.quantityToRefund() > bought)) {
            problems.add(new FieldProblem(prefix + "quantityToRefund", "must be between 1 and quantity (" + bought
                    + ")"));
        }
        if (required(prefix + "amountPaid", line.amountPaid()) && currency != null) {
            long minor = Money.toMinor(line.amountPaid(), currency).orElse(-1L);
            if (minor <= 0) {
                problems.add(new FieldProblem(prefix + "amountPaid", "must be a decimal string above zero with at most "
                        + currency.getDefaultFractionDigits() + " fraction digits for " + currency.getCurrencyCode()));
            }
        }
        date(prefix + "deliveredAt", line.deliveredAt());
        date(prefix + "serviceStartedAt", line.serviceStartedAt());
        if (line.subscriptionPeriod() != null) {
            checkPeriod(prefix + "subscriptionPeriod", line.subscriptionPeriod());
        }
    }

    private void checkPeriod(String field, RefundRequestBody.Period period) {
        if (period.start() == null || period.end() == null) {
            problems.add(new FieldProblem(field, "needs both start and end"));
            return;
        }
        // & rather than &&: a bad start and a bad end are both listed
        boolean inRange = date(field + ".start", period.start()) & periodEnd(field + ".end", period.end());
        if (inRange && period.end().isBefore(period.start())) {
            problems.add(new FieldProblem(field + ".end", "must not be before start"));
        }
    }

    /** A date that may be absent: true when it is absent or within the range. */
    private boolean date(String field, Instant value) {
        return check(field, value == null || dates.holds(value), dates.message());
    }

    private boolean periodEnd(String field, Instant value) {
        return check(field, dates.holdsPeriodEnd(value), dates.periodEndMessage());
    }

    private boolean check(String field, boolean holds, String message) {
        if (!holds) {
            problems.add(new FieldProblem(field, message));
        }
        return holds;
    }

    private boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(field, "is required"));
            return false;
        }
        return true;
    }

    /** A required one-line text within its limits: true when it is present and within them. */
    private boolean text(String field, String value, int maxLength) {
        return required(field, value) && withinLimits(field, value, maxLength, TextCharacters.ONE_LINE);
    }

    /** A required free text (tabs and line breaks allowed) within its limits. */
    private boolean freeText(String field, String value, int maxLength) {
        return required(field, value) && withinLimits(field, value, maxLength, TextCharacters.FREE_TEXT);
    }

    /** A one-line text that may be absent: true when it is present and within its limits. */
    private boolean optionalText(String field, String value, int maxLength) {
        return value != null && withinLimits(field, value, maxLength, TextCharacters.ONE_LINE);
    }

    /** Lengths count characters as a person does (code points), not UTF-16 units. */
    private boolean withinLimits(String field, String value, int maxLength, TextCharacters allowed) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
            return false;
        }
        Optional<String> badCharacter = allowed.firstProblem(value);
        badCharacter.ifPresent(problem -> problems.add(new FieldProblem(field, problem)));
        return badCharacter.isEmpty();
    }

    private <E extends Enum<E>> void enumValue(String field, String value, Class<E> type, boolean mandatory) {
        if (value == null && !mandatory) {
            return;
        }
        if (required(field, value) && Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(value))) {
            problems.add(new FieldProblem(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    /** The event for a valid request. */
    RefundRequested toEvent(String eventId, String refundId, Instant receivedAt, Instant respondBy,
            String correlationId) {
        Currency currency = Money.currency(body.currency()).orElseThrow();
        return RefundRequested.newBuilder()
                .setEventId(eventId).setRefundId(refundId)
                .setOrderNumber(body.orderNumber()).setOccurredAt(receivedAt).setCorrelationId(correlationId)
                .setCustomer(new Customer(body.customer().id(), body.customer().email(), body.customer().name()))
                .setRespondBy(respondBy).setOrderedAt(body.orderedAt()).setProcessedAt(body.processedAt())
                .setPayment(new Payment(PaymentMethod.valueOf(body.payment().method()), body.payment().reference()))
                .setCurrency(currency.getCurrencyCode()).setReason(RefundReason.valueOf(body.reason()))
                .setDescription(body.description())
                .setEvidence(list(body.evidence(), e -> new Evidence(EvidenceKind.valueOf(e.kind()), e.uri(), e.note())))
                .setPreferredResolution(body.preferredResolution() == null ? Resolution.REFUND
                        : Resolution.valueOf(body.preferredResolution()))
                .setLines(list(body.lines(), line -> toLine(line, currency)))
                .build();
    }

    private static OrderLine toLine(RefundRequestBody.Line line, Currency currency) {
        var period = line.subscriptionPeriod();
        int bought = line.quantity() == null ? 1 : line.quantity();
        return OrderLine.newBuilder().setLineId(line.lineId()).setSku(line.sku()).setDescription(line.description())
                .setProductType(ProductType.valueOf(line.productType()))
                // Not given is UNKNOWN, never the customer's favour: the policy sends such a physical line to review.
                .setMadeToOrder(line.madeToOrder() == null ? MadeToOrder.UNKNOWN
                        : MadeToOrder.valueOf(line.madeToOrder()))
                .setSaleCondition(line.saleCondition() == null ? SaleCondition.UNKNOWN
                        : SaleCondition.valueOf(line.saleCondition()))
                .setQuantity(bought)
                .setQuantityToRefund(line.quantityToRefund() == null ? bought : line.quantityToRefund())
                .setAmountPaidMinor(Money.toMinor(line.amountPaid(), currency).orElseThrow())
                .setDeliveredAt(line.deliveredAt()).setServiceStartedAt(line.serviceStartedAt())
                .setSubscriptionPeriod(period == null ? null : new SubscriptionPeriod(period.start(), period.end()))
                .build();
    }

    private static <A, B> List<B> list(List<A> items, Function<A, B> map) {
        return items == null ? List.of() : items.stream().map(map).toList();
    }
}
