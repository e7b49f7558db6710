package com.necxian.refunds.intake.store;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency-Key records: the first request with a key claims it; its answer is kept for replays. */
@Repository
public class IdempotencyKeys {

    public record Claim(String requestHash, String refundId, String responseBody) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; empty when this caller won it, else the existing claim. */
    public Optional<Claim> claim(String key, String requestHash, String refundId) {
        int inserted = jdbc.sql("""
                insert into idempotency_key (idempotency_key, request_hash, refund_id) values (?, ?, ?)
                on conflict do nothing""").params(key, requestHash, refundId).update();
        return inserted == 1 ? Optional.empty() : find(key);
    }

    public Optional<Claim> find(String key) {
        return jdbc.sql("select request_hash, refund_id, response_body from idempotency_key where idempotency_key = ?")
                .param(key).query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public void complete(String key, String responseBody) {
        jdbc.sql("update idempotency_key set response_body = ? where idempotency_key = ?").params(responseBody, key)
                .update();
    }

    /** Gives the key up after a failed attempt, so the storefront's retry is handled as new. */
    public void release(String key) {
        jdbc.sql("delete from idempotency_key where idempotency_key = ? and response_body is null").param(key).update();
    }
}
