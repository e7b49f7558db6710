package com.necxian.refunds.intake.store;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency-Key records: the first request with a key claims it together with its answer; replays get that
 * answer. The claim and the work it guards share one transaction, so a failed attempt leaves no claim behind.
 */
@Repository
public class IdempotencyKeys {

    public record Claim(String requestHash, String refundId, String responseBody) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key and runs {@code whileClaimed} before committing: empty when this caller won the key, else
     * the earlier claim. If {@code whileClaimed} throws, the claim is rolled back and the key is free again.
     * A second request with the key waits on the row until the first commits or rolls back (PostgreSQL's unique
     * index does the waiting), so it sees either the first answer or a free key, never a half-done attempt.
     */
    @Transactional
    public Optional<Claim> claimWhile(String key, String requestHash, String refundId, String responseBody,
            Runnable whileClaimed) {
        int inserted = jdbc.sql("""
                insert into idempotency_key (idempotency_key, request_hash, refund_id, response_body)
                values (?, ?, ?, ?) on conflict do nothing""").params(key, requestHash, refundId, responseBody).update();
        if (inserted == 0) {
            return find(key);
        }
        whileClaimed.run();
        return Optional.empty();
    }

    public Optional<Claim> find(String key) {
        return jdbc.sql("select request_hash, refund_id, response_body from idempotency_key where idempotency_key = ?")
                .param(key).query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
