package com.necxian.refunds.payment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.payment.web.provider.SimulatedPaymentGateway;
import com.necxian.refunds.payment.domain.LedgerEntry;
import com.necxian.refunds.payment.store.RefundPayments;
import com.necxian.refunds.testsupport.RealInfrastructure;

/**
 * One Spring context for every test class of the module (same annotations and properties, so the context cache
 * shares it): the real infrastructure, the simulated provider with no latency and a short pending phase, short
 * leases and backoff, a movable clock and a gateway that can be made to "crash" after a call.
 */
@SpringBootTest(properties = {
        "necxian.payment.simulated.latency=0ms",
        "necxian.payment.simulated.confirmation-delay=200ms",
        "necxian.payment.worker.poll-interval=50ms",
        "necxian.payment.worker.claim-lease=1s",
        "necxian.payment.worker.confirmation-check=100ms",
        "necxian.payment.retry.initial=100ms",
        "necxian.payment.retry.max=400ms"})
@AutoConfigureMockMvc
@RealInfrastructure
@Import(TestDoubles.class)
public abstract class PaymentServiceTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    protected KafkaTemplate<String, Object> kafka;
    @Autowired
    protected TestDoubles.PublishedEvents published;
    @Autowired
    protected TestDoubles.MovableClock clock;
    @Autowired
    protected SimulatedPaymentGateway provider;
    @Autowired
    protected RefundPayments ledger;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MockMvc http;

    protected static RefundApproved.Builder approval(String orderNumber, Resolution resolution, long amountMinor,
            long paidMinor, String paymentReference) {
        return RefundApproved.newBuilder().setEventId(UUID.randomUUID().toString())
                .setRefundId(UUID.randomUUID().toString()).setOrderNumber(orderNumber).setOccurredAt(Instant.now())
                .setCorrelationId(UUID.randomUUID().toString())
                .setCustomer(Customer.newBuilder().setId("C-" + UUID.randomUUID()).setEmail("ana@example.com")
                        .setName("Ana Ruiz").build())
                .setPolicyVersion(1).setAmountMinor(amountMinor).setCurrency("EUR").setOrderPaidMinor(paidMinor)
                .setResolution(resolution)
                .setPayment(Payment.newBuilder().setMethod(PaymentMethod.CARD).setReference(paymentReference).build())
                .setProcessBy(Instant.now().plus(Duration.ofDays(7))).setLines(List.of()).setClauses(List.of("STD-1"))
                .setDecidedBy("policy");
    }

    protected static String order() {
        return "NX-" + UUID.randomUUID();
    }

    protected static String reference(String suffix) {
        return "pay_" + UUID.randomUUID().toString().substring(0, 8) + suffix;
    }

    protected void publish(RefundApproved approval) {
        try {
            kafka.send(Topics.REFUND_APPROVED, approval.getOrderNumber(), approval).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the refund's first outcome event (RefundProcessed or RefundFailed). */
    protected SpecificRecord outcomeOf(String refundId) {
        return await().atMost(PATIENCE).until(() -> published.of(refundId), events -> !events.isEmpty()).get(0);
    }

    protected LedgerEntry ledgerRow(String refundId) {
        return ledger.find(refundId).orElseThrow();
    }
}
