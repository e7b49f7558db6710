package com.necxian.refunds.notification.application;

import java.time.Instant;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.notification.domain.Draft;
import com.necxian.refunds.notification.domain.MaskedEmail;
import com.necxian.refunds.notification.store.KnownCustomers;
import com.necxian.refunds.notification.store.Notifications;
import com.necxian.refunds.notification.store.RefundLines;

/** Queues the e-mail a refund event causes, once per (refund, status), and remembers the customer. */
@Component
public class RefundMailQueue {

    private static final Logger log = LoggerFactory.getLogger(RefundMailQueue.class);

    private final EventDrafts drafts;
    private final MailRenderer renderer;
    private final Notifications notifications;
    private final KnownCustomers customers;
    private final RefundLines lines;

    RefundMailQueue(EventDrafts drafts, MailRenderer renderer, Notifications notifications, KnownCustomers customers,
            RefundLines lines) {
        this.drafts = drafts;
        this.renderer = renderer;
        this.notifications = notifications;
        this.customers = customers;
        this.lines = lines;
    }

    /** True when a new e-mail was queued; false for a redelivered or already-mailed status. */
    @Transactional
    public boolean queue(SpecificRecord event) {
        String refundId = event.get(event.getSchema().getField("refundId").pos()).toString();
        if (event instanceof RefundRequested requested) {
            for (OrderLine line : requested.getLines()) {
                lines.remember(refundId, line.getLineId(), line.getDescription(), line.getQuantity(),
                        line.getQuantityToRefund());
            }
        }
        Map<String, String> lineNames = lines.names(refundId);
        Draft draft = drafts.forRefund(event, lineNames);
        MailRenderer.Rendered rendered = renderer.render(draft.template(), draft.variables());
        Customer customer = (Customer) event.get(event.getSchema().getField("customer").pos());
        customers.remember(draft.recipient(), customer.getId(), customer.getName());
        Object occurredAt = event.get(event.getSchema().getField("occurredAt").pos());
        boolean queued = notifications.record(draft, rendered.text(), rendered.html(), (Instant) occurredAt);
        log.info("{} e-mail for refund {} to {}: {}", draft.template(), refundId, MaskedEmail.of(draft.recipient()),
                queued ? "queued" : "already recorded");
        return queued;
    }
}
