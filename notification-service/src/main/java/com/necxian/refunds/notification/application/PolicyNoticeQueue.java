package com.necxian.refunds.notification.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.notification.domain.Draft;
import com.necxian.refunds.notification.store.KnownCustomers;
import com.necxian.refunds.notification.store.KnownCustomers.KnownCustomer;
import com.necxian.refunds.notification.store.Notifications;
import com.necxian.refunds.notification.store.PolicyNotices;

/**
 * CHG-2: a significant policy version queues one notice for every customer known at that moment, in one
 * transaction with the version's claim, so a redelivery or a restart neither repeats nor loses the fan-out.
 */
@Component
public class PolicyNoticeQueue {

    private static final Logger log = LoggerFactory.getLogger(PolicyNoticeQueue.class);

    private final EventDrafts drafts;
    private final MailRenderer renderer;
    private final Notifications notifications;
    private final KnownCustomers customers;
    private final PolicyNotices notices;

    PolicyNoticeQueue(EventDrafts drafts, MailRenderer renderer, Notifications notifications,
            KnownCustomers customers, PolicyNotices notices) {
        this.drafts = drafts;
        this.renderer = renderer;
        this.notifications = notifications;
        this.customers = customers;
        this.notices = notices;
    }

    @Transactional
    public boolean queue(RefundPolicyChanged change) {
        if (!change.getSignificant()) {
            log.info("policy version {} is not significant: no notices", change.getPolicyVersion());
            return false;
        }
        if (!notices.claim(change.getPolicyVersion(), change.getEventId(), change.getSummary(),
                change.getEffectiveAt())) {
            log.info("policy version {} notices were already queued", change.getPolicyVersion());
            return false;
        }
        int queued = 0;
        for (KnownCustomer customer : customers.all()) {
            Draft draft = drafts.forPolicyChange(change, customer);
            MailRenderer.Rendered rendered = renderer.render(draft.template(), draft.variables());
            if (notifications.record(draft, rendered.text(), rendered.html())) {
                queued++;
            }
        }
        notices.recipients(change.getPolicyVersion(), queued);
        log.info("policy version {}: {} notices queued", change.getPolicyVersion(), queued);
        return queued > 0;
    }
}
