package com.necxian.refunds.notification.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.notification.store.Notifications;
import com.necxian.refunds.notification.store.Notifications.Entry;

/** For operators: the e-mails of a refund, with recipient, time and delivery status. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    record NotificationView(long id, String template, String recipient, String subject, String deliveryStatus,
            int attempts, Instant createdAt, Instant sentAt, String lastError) {

        static NotificationView of(Entry entry) {
            return new NotificationView(entry.id(), entry.template(), entry.recipient(), entry.subject(),
                    entry.state().name(), entry.attempts(), entry.createdAt(), entry.sentAt(), entry.lastError());
        }
    }

    record RefundNotifications(String refundId, List<NotificationView> notifications) {
    }

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    RefundNotifications forRefund(@RequestParam String refundId) {
        return new RefundNotifications(refundId,
                notifications.forRefund(refundId).stream().map(NotificationView::of).toList());
    }
}
