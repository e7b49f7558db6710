package com.necxian.refunds.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.necxian.refunds.testsupport.RealInfrastructure;

@SpringBootTest
@RealInfrastructure
class IdempotencyKeysTest {

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedAttemptLeavesTheKeyFreeForTheRetry() {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> keys.claimWhile(key, "hash", "refund-1", "{\"first\":1}", () -> {
            throw new IllegalStateException("broker did not acknowledge");
        })).hasMessageContaining("broker");

        assertThat(keys.find(key)).isEmpty();
        assertThat(keys.claimWhile(key, "hash", "refund-2", "{\"second\":2}", () -> { })).isEmpty();
        assertThat(keys.find(key)).get().extracting(IdempotencyKeys.Claim::refundId).isEqualTo("refund-2");
    }

    @Test
    void aSecondClaimWaitsForTheFirstAndThenGetsItsAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch firstHoldsTheKey = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> keys.claimWhile(key, "hash", "refund-1", "{\"a\":1}", () -> {
            firstHoldsTheKey.countDown();
            awaitQuietly(release);
        }));
        assertThat(firstHoldsTheKey.await(10, TimeUnit.SECONDS)).isTrue();

        var second = CompletableFuture.supplyAsync(() -> keys.claimWhile(key, "hash", "refund-2", "{\"b\":2}",
                () -> { throw new AssertionError("the key was already claimed"); }));
        await().atMost(Duration.ofSeconds(10)).until(this::aClaimIsWaitingOnALock);
        assertThat(second).isNotDone();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.get(10, TimeUnit.SECONDS)).get().extracting(IdempotencyKeys.Claim::responseBody)
                .isEqualTo("{\"a\":1}");
    }

    private boolean aClaimIsWaitingOnALock() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and query like '%insert into idempotency_key%'""")
                .query(Long.class).single() > 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
