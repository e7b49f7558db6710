package com.necxian.refunds.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.RealInfrastructure;

/**
 * Not part of the normal build (its name does not end in Test): run it on purpose with
 * {@code mvn -o -f payment-service/pom.xml test -Dtest=PayoutThroughputBenchmark -Dbenchmark.payouts=20000}.
 * Publishes approvals as fast as the producer can, then waits until every one is SUCCEEDED in the ledger and its
 * RefundProcessed is on Kafka; payouts per second = payouts / (last event seen - first approval sent).
 */
@SpringBootTest(properties = {
        "necxian.payment.simulated.latency=0ms",
        "necxian.payment.simulated.confirmation-delay=0ms",
        "necxian.payment.worker.poll-interval=20ms",
        "logging.level.root=WARN"})
@RealInfrastructure
@Import(TestDoubles.class)
class PayoutThroughputBenchmark {

    @Autowired
    KafkaTemplate<String, Object> kafka;
    @Autowired
    TestDoubles.PublishedEvents published;
    @Autowired
    JdbcClient jdbc;

    @Test
    void payoutsPerSecond() {
        int payouts = Integer.getInteger("benchmark.payouts", 20_000);
        warmUp();
        List<String> refundIds = new ArrayList<>(payouts);
        List<RefundApproved> approvals = new ArrayList<>(payouts);
        for (int i = 0; i < payouts; i++) {
            RefundApproved approval = PaymentServiceTest.approval(PaymentServiceTest.order(), Resolution.REFUND,
                    1000 + i % 500, 2000, PaymentServiceTest.reference("")).build();
            approvals.add(approval);
            refundIds.add(approval.getRefundId());
        }
        Runtime runtime = Runtime.getRuntime();
        long began = System.nanoTime();
        List<CompletableFuture<?>> sends = new ArrayList<>(payouts);
        for (RefundApproved approval : approvals) {
            sends.add(kafka.send(Topics.REFUND_APPROVED, approval.getOrderNumber(), approval));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        double sentSeconds = (System.nanoTime() - began) / 1e9;
        String last = refundIds.get(refundIds.size() - 1);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> refundIds.stream().allMatch(id -> !published.of(id).isEmpty()));
        double seconds = (System.nanoTime() - began) / 1e9;
        long succeeded = jdbc.sql("select count(*) from refund_payment where status = 'SUCCEEDED' "
                + "and refund_id = any(?)").param(refundIds.toArray(String[]::new)).query(Long.class).single();
        assertThat(succeeded).isEqualTo(payouts);
        System.out.printf("BENCHMARK payouts=%d approvals sent in %.2f s; end to end %.2f s => %.0f payouts/s; "
                + "heap used %d MB of %d MB committed (last %s)%n", payouts, sentSeconds, seconds, payouts / seconds,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.totalMemory() >> 20, last);
    }

    private void warmUp() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            RefundApproved approval = PaymentServiceTest.approval(PaymentServiceTest.order(), Resolution.REFUND,
                    1000, 1000, PaymentServiceTest.reference("")).build();
            ids.add(approval.getRefundId());
            kafka.send(Topics.REFUND_APPROVED, approval.getOrderNumber(), approval);
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> ids.stream().allMatch(id -> !published.of(id).isEmpty()));
    }
}
