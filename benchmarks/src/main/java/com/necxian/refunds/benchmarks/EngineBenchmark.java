package com.necxian.refunds.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.necxian.refunds.policy.domain.MadeToOrder;
import com.necxian.refunds.policy.domain.OrderHistory;
import com.necxian.refunds.policy.domain.OrderLine;
import com.necxian.refunds.policy.domain.PolicyEngine;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.domain.ProductType;
import com.necxian.refunds.policy.domain.RefundDecision;
import com.necxian.refunds.policy.domain.RefundReason;
import com.necxian.refunds.policy.domain.RefundRequest;
import com.necxian.refunds.policy.domain.Resolution;
import com.necxian.refunds.policy.domain.SaleCondition;

/**
 * Line decisions per second of the policy engine on one thread (one core). Each request carries one line of
 * every product type, so the rows of the whole decision table are exercised.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Threads(1)
public class EngineBenchmark {

    static final int LINES = 8;

    private final PolicyEngine engine = new PolicyEngine();
    private final PolicySettings settings = PolicySettings.defaults();
    private RefundRequest request;

    @Setup
    public void request() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        Instant delivered = now.minus(3, ChronoUnit.DAYS);
        List<OrderLine> lines = new ArrayList<>();
        lines.add(line("1", ProductType.PHYSICAL, MadeToOrder.NONE, SaleCondition.REGULAR, delivered, null, null));
        lines.add(line("2", ProductType.PHYSICAL, MadeToOrder.NONE, SaleCondition.CLEARANCE, delivered, null, null));
        lines.add(line("3", ProductType.PHYSICAL, MadeToOrder.CUSTOMIZED, SaleCondition.REGULAR, delivered, null, null));
        lines.add(line("4", ProductType.DIGITAL, MadeToOrder.NONE, SaleCondition.REGULAR, delivered, null, null));
        lines.add(line("5", ProductType.SUBSCRIPTION, MadeToOrder.NONE, SaleCondition.REGULAR, null,
                now.minus(10, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS)));
        lines.add(line("6", ProductType.CUSTOM_SERVICE, MadeToOrder.NONE, SaleCondition.REGULAR, null, null, null));
        lines.add(line("7", ProductType.PROFESSIONAL_SERVICE, MadeToOrder.NONE, SaleCondition.REGULAR, null, null,
                null));
        lines.add(line("8", ProductType.PHYSICAL, MadeToOrder.NONE, SaleCondition.REGULAR,
                now.minus(90, ChronoUnit.DAYS), null, null));
        request = new RefundRequest("r-1", "NX-1", now, delivered.minus(2, ChronoUnit.DAYS),
                delivered.minus(2, ChronoUnit.DAYS), RefundReason.DISSATISFIED, 1, Resolution.REFUND, "EUR", lines);
    }

    private static OrderLine line(String id, ProductType type, MadeToOrder madeToOrder, SaleCondition sale,
            Instant delivered, Instant subscriptionStart, Instant subscriptionEnd) {
        return new OrderLine(id, "SKU-" + id, type, madeToOrder, sale, 1999, delivered, null, subscriptionStart,
                subscriptionEnd);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public RefundDecision lineDecisions() {
        return engine.decide(request, settings, OrderHistory.empty());
    }
}
