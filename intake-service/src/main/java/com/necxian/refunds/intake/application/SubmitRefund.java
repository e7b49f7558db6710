package com.necxian.refunds.intake.application;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.intake.domain.RequestLimits;
import com.necxian.refunds.intake.store.IdempotencyKeys;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The use case "submit a refund": a valid request is written as RefundRequested, and answered once the broker
 * acknowledged it. With an Idempotency-Key, the key and its answer are claimed in a database transaction that commits
 * only after that acknowledgement, so a failed write leaves the key free and a retry starts afresh (with the same
 * ids). Throws {@link InvalidRequest} (400), {@link IdempotencyConflict} (422), {@link RefundRequestNotWritten} (503).
 */
@Component
public class SubmitRefund {

    private static final Logger log = LoggerFactory.getLogger(SubmitRefund.class);
    private static final Duration RESPOND_WITHIN = Duration.ofDays(7); // PROC-2

    private final RefundRequestPublisher publisher;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    SubmitRefund(RefundRequestPublisher publisher, IdempotencyKeys keys, JsonMapper json, Clock clock) {
        this.publisher = publisher;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    public Acknowledgement accept(RefundRequestBody body, String idempotencyKey, String correlationId) {
        if (idempotencyKey != null
                && (idempotencyKey.isBlank() || idempotencyKey.length() > RequestLimits.IDEMPOTENCY_KEY)) {
            throw invalid(List.of(new FieldProblem("Idempotency-Key",
                    "must be 1 to " + RequestLimits.IDEMPOTENCY_KEY + " characters")));
        }
        Instant receivedAt = clock.instant();
        var validation = RefundRequestValidation.of(body, receivedAt);
        if (!validation.problems().isEmpty()) {
            throw invalid(validation.problems());
        }
        String hash = idempotencyKey == null ? null : sha256Of(body);
        Identity id = idempotencyKey == null ? Identity.random() : Identity.of(idempotencyKey, hash);
        Acknowledgement answer = new Acknowledgement(id.refundId(), RefundStatus.RECEIVED.name(),
                receivedAt.plus(RESPOND_WITHIN));
        var event = validation.toEvent(id.eventId(), id.refundId(), receivedAt, answer.respondBy(), correlationId);
        if (idempotencyKey == null) {
            publisher.publish(event);
            log.info("refund {} of order {} received", answer.refundId(), event.getOrderNumber());
            return answer;
        }
        Optional<IdempotencyKeys.Claim> earlier = keys.claimWhile(idempotencyKey, hash, answer.refundId(),
                json.writeValueAsString(answer), () -> publisher.publish(event));
        if (earlier.isEmpty()) {
            log.info("refund {} of order {} received", answer.refundId(), event.getOrderNumber());
            return answer;
        }
        if (!earlier.get().requestHash().equals(hash)) {
            throw new IdempotencyConflict();
        }
        return json.readValue(earlier.get().responseBody(), Acknowledgement.class);
    }

    private static InvalidRequest invalid(List<FieldProblem> problems) {
        return new InvalidRequest("The refund request has invalid fields; each is listed in errors.", problems);
    }

    /**
     * The refund's and its event's ids. With an Idempotency-Key they follow from the key and the body, so a retry
     * after an attempt that wrote its event but could not keep its claim (an acknowledgement that came too late,
     * a failed commit) writes the same event again, which every consumer drops by its eventId.
     */
    record Identity(String refundId, String eventId) {

        static Identity random() {
            return new Identity(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        }

        static Identity of(String idempotencyKey, String bodyHash) {
            String refundId = nameUuid("refund", idempotencyKey, bodyHash);
            return new Identity(refundId, nameUuid("refund-requested", refundId));
        }

        private static String nameUuid(String... parts) {
            return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    /** SHA-256 of the body's JSON as this service writes it, streamed into the digest (no string or copy). */
    private String sha256Of(RefundRequestBody body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            json.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), digest), body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
