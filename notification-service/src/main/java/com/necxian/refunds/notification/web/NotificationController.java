package com.necxian.refunds.notification.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.notification.application.NotificationHistory;
import com.necxian.refunds.notification.store.Notifications.Entry;
import com.necxian.refunds.web.openapi.ProblemResponses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For operators: the e-mails of a refund, with recipient, time and delivery status. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "notifications")
class NotificationController {


    @Schema(description = "One e-mail of the refund")
    record NotificationView(
            @Schema(description = "The e-mail's id", example = "4711", requiredMode = Schema.RequiredMode.REQUIRED)
            long id,
            @Schema(description = "What the e-mail is about", example = "APPROVED",
                    allowableValues = {"RECEIVED", "UNDER_REVIEW", "APPROVED", "DENIED", "PROCESSED", "FAILED",
                            "POLICY_CHANGED"}, requiredMode = Schema.RequiredMode.REQUIRED)
            String template,
            @Schema(description = "The customer's address", example = "ana@example.com", format = "email",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String recipient,
            @Schema(example = "Your refund request for order NX-100234 is approved",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String subject,
            @Schema(description = "PENDING: waiting or being retried; SENT: accepted by the SMTP server; FAILED: "
                    + "the server kept rejecting it; SUPERSEDED: a progress notice overtaken by a later status, "
                    + "not sent", example = "SENT", allowableValues = {"PENDING", "SENT", "FAILED", "SUPERSEDED"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String deliveryStatus,
            @Schema(description = "Delivery attempts so far", example = "1", minimum = "0",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            int attempts,
            @Schema(example = "2026-11-20T12:00:03Z", requiredMode = Schema.RequiredMode.REQUIRED)
            Instant createdAt,
            @Schema(description = "When the SMTP server accepted it; null until then", example = "2026-11-20T12:00:04Z",
                    nullable = true)
            Instant sentAt,
            @Schema(description = "The last failure, addresses masked; null when none", nullable = true,
                    example = "ConnectException: Connection refused")
            String lastError) {

        static NotificationView of(Entry entry) {
            return new NotificationView(entry.id(), entry.template(), entry.recipient(), entry.subject(),
                    entry.state().name(), entry.attempts(), entry.createdAt(), entry.sentAt(), entry.lastError());
        }
    }

    @Schema(description = "The e-mails of one refund, oldest first")
    record RefundNotifications(
            @Schema(example = "5d1b3c1e-7a2f-4c1e-9a51-0b8f3e2d4c11", requiredMode = Schema.RequiredMode.REQUIRED)
            String refundId,
            @ArraySchema(arraySchema = @Schema(description = "Empty for an unknown refund",
                    requiredMode = Schema.RequiredMode.REQUIRED))
            List<NotificationView> notifications) {
    }

    private final NotificationHistory history;

    NotificationController(NotificationHistory history) {
        this.history = history;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listNotificationsOfRefund", summary = "The e-mails of a refund",
            description = "Every e-mail queued for the refund, with its recipient, times and delivery status. "
                    + "Role OPERATOR.")
    @ApiResponse(responseCode = "200", description = "The refund's e-mails (an empty list for an unknown refund)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = RefundNotifications.class), examples = @ExampleObject(
            name = "received-and-approved", value = """
                    {"refundId": "5d1b3c1e-7a2f-4c1e-9a51-0b8f3e2d4c11", "notifications": [
                      {"id": 4711, "template": "RECEIVED", "recipient": "ana@example.com",
                       "subject": "We received your refund request for order NX-100234",
                       "deliveryStatus": "SENT", "attempts": 1, "createdAt": "2026-11-20T12:00:03Z",
                       "sentAt": "2026-11-20T12:00:04Z", "lastError": null},
                      {"id": 4712, "template": "APPROVED", "recipient": "ana@example.com",
                       "subject": "Your refund request for order NX-100234 is approved",
                       "deliveryStatus": "PENDING", "attempts": 1, "createdAt": "2026-11-20T12:00:05Z",
                       "sentAt": null, "lastError": "ConnectException: Connection refused"}]}
                    """)))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.INVALID_REQUEST)
    RefundNotifications forRefund(
            @Parameter(description = "The refund's id, as intake answered it", required = true,
                    example = "5d1b3c1e-7a2f-4c1e-9a51-0b8f3e2d4c11",
                    schema = @Schema(type = "string", minLength = 1,
                            maxLength = NotificationHistory.MAX_REFUND_ID_LENGTH))
            @RequestParam(required = false) String refundId) {
        return new RefundNotifications(refundId,
                history.forRefund(refundId).stream().map(NotificationView::of).toList());
    }
}
