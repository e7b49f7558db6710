package com.necxian.refunds.notification.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.notification.Events;
import com.necxian.refunds.notification.NotificationServiceTest;
import com.necxian.refunds.notification.store.KnownCustomers.KnownCustomer;

/**
 * Two listener polls that share customers, each remembering them in the opposite order while the other is still
 * open: both commit. Written in event order, each held the row the other wanted next and PostgreSQL aborted one
 * (40P01).
 */
class KnownCustomersTest extends NotificationServiceTest {

    @Autowired
    KnownCustomers customers;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoPollsRememberingTheSameCustomersInOppositeOrdersBothCommit() throws Exception {
        String first = Events.uniqueEmail("a-first");
        String second = Events.uniqueEmail("b-second");
        var oneRemembered = new CountDownLatch(1);
        var otherRemembered = new CountDownLatch(1);
        var one = CompletableFuture.runAsync(() -> inTransaction(() -> {
            customers.remember(first, "C-1", "First");
            oneRemembered.countDown();
            await(otherRemembered);
            customers.remember(second, "C-2", "Second");
        }));
        var other = CompletableFuture.runAsync(() -> inTransaction(() -> {
            customers.remember(second, "C-2", "Second, renamed");
            otherRemembered.countDown();
            await(oneRemembered);
            customers.remember(first, "C-1", null);
        }));

        CompletableFuture.allOf(one, other).get(30, TimeUnit.SECONDS);

        List<KnownCustomer> known = customers.all().stream()
                .filter(c -> c.email().equals(first) || c.email().equals(second)).toList();
        assertThat(known).extracting(KnownCustomer::email).containsExactly(first, second);
        assertThat(known.get(0).name()).as("a null name keeps the known one").isEqualTo("First");
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
