package com.necxian.refunds.intake.web;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.springframework.stereotype.Component;

import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.intake.messaging.RefundRequestPublisher;
import com.necxian.refunds.intake.store.IdempotencyKeys;

import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a valid request: claims its Idempotency-Key, writes RefundRequested and waits for the broker's
 * acknowledgement, then records the answer. A failed write gives the key back, so a retry starts afresh.
 */
@Component
class RefundIntake {

    private static final Duration RESPOND_WITHIN = Duration.ofDays(7); // PROC-2
    private static final Duration REPLAY_WAIT = Duration.ofSeconds(15);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(5);

    private final RefundRequestPublisher publisher;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    RefundIntake(RefundRequestPublisher publisher, IdempotencyKeys keys, JsonMapper json, Clock clock) {
        this.publisher = publisher;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    Acknowledgement accept(RefundRequestBody body, String idempotencyKey, String correlationId) {
        var validation = RefundRequestValidation.of(body);
        if (!validation.problems().isEmpty()) {
            throw new InvalidRequest(validation.problems());
        }
        String refundId = UUID.randomUUID().toString();
        if (idempotencyKey == null) {
            return publish(validation, refundId, correlationId);
        }
        String hash = sha256Of(body);
        Optional<IdempotencyKeys.Claim> earlier = keys.claim(idempotencyKey, hash, refundId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash, idempotencyKey, body, correlationId);
        }
        try {
            Acknowledgement answer = publish(validation, refundId, correlationId);
            keys.complete(idempotencyKey, json.writeValueAsString(answer));
            return answer;
        } catch (RuntimeException e) {
            keys.release(idempotencyKey);
            throw e;
        }
    }

    private Acknowledgement publish(RefundRequestValidation validation, String refundId, String correlationId) {
        Instant receivedAt = clock.instant();
        Instant respondBy = receivedAt.plus(RESPOND_WITHIN);
        var event = validation.toEvent(refundId, receivedAt, respondBy, correlationId);
        publisher.publish(event);
        return new Acknowledgement(refundId, RefundStatus.RECEIVED.name(), respondBy);
    }

    /** The same key again: the first answer once it exists; a different body is a conflict. */
    private Acknowledgement replay(IdempotencyKeys.Claim claim, String hash, String key, RefundRequestBody body,
            String correlationId) {
        if (!claim.requestHash().equals(hash)) {
            throw new IdempotencyConflict();
        }
        Instant giveUp = clock.instant().plus(REPLAY_WAIT);
        Optional<IdempotencyKeys.Claim> current = Optional.of(claim);
        while (current.isPresent() && current.get().responseBody() == null && clock.instant().isBefore(giveUp)) {
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
            current = keys.find(key);
        }
        if (current.isEmpty()) {
            return accept(body, key, correlationId); // the first attempt failed and gave the key back
        }
        if (current.get().responseBody() == null) {
            throw new RefundRequestPublisher.EventNotWritten(new IllegalStateException("first attempt still running"));
        }
        return json.readValue(current.get().responseBody(), Acknowledgement.class);
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
