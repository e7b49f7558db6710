package com.necxian.refunds.notification.application;

import java.util.List;

import org.springframework.stereotype.Service;

import com.necxian.refunds.notification.store.Notifications;
import com.necxian.refunds.notification.store.Notifications.Entry;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

/** For operators: the e-mails of a refund, oldest first (none for an unknown refund). */
@Service
public class NotificationHistory {

    /** Longer than any refund id (a UUID); a longer value is not one. */
    public static final int MAX_REFUND_ID_LENGTH = 100;

    private final Notifications notifications;

    NotificationHistory(Notifications notifications) {
        this.notifications = notifications;
    }

    /** 400 invalid-request naming {@code refundId} when it is missing, blank or too long. */
    public List<Entry> forRefund(String refundId) {
        if (refundId == null || refundId.isBlank()) {
            throw invalid("is required");
        }
        if (refundId.length() > MAX_REFUND_ID_LENGTH) {
            throw invalid("must be at most " + MAX_REFUND_ID_LENGTH + " characters");
        }
        return notifications.forRefund(refundId);
    }

    private static InvalidRequest invalid(String message) {
        return new InvalidRequest("The request has an invalid parameter",
                List.of(new FieldProblem("refundId", message)));
    }
}
