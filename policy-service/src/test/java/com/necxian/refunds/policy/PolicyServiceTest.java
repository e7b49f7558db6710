package com.necxian.refunds.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.Evidence;
import com.necxian.refunds.events.EvidenceKind;
import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.messaging.DecisionPublisher;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.testsupport.RealInfrastructure;

/**
 * One Spring context for every test of the module (same annotations, same overrides), so it starts once. Tests
 * that post a policy version put the defaults back afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
public abstract class PolicyServiceTest {

    protected static final String REVIEWER = "reviewer";
    protected static final String REVIEWER_PASSWORD = "local-reviewer";
    protected static final String POLICY_OWNER = "policy-owner";
    protected static final String POLICY_OWNER_PASSWORD = "local-policy-owner";
    protected static final String STOREFRONT_KEY = "local-storefront-key";

    @Autowired
    protected MockMvc http;

    @Autowired
    protected KafkaTemplate<String, Object> kafka;

    @Autowired
    protected DecisionObserver observer;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PolicyVersions versions;

    @MockitoSpyBean
    protected DecisionPublisher publisher;

    private int versionBefore;

    @org.junit.jupiter.api.BeforeEach
    void rememberVersion() {
        versionBefore = versions.current().version();
    }

    @AfterEach
    void restoreDefaultsIfChanged() {
        if (versions.current().version() != versionBefore) {
            versions.add(com.necxian.refunds.policy.domain.PolicySettings.defaults(), false, "test reset", "test");
        }
    }

    protected static String orderNumber() {
        return "NX-" + UUID.randomUUID();
    }

    protected static OrderLine.Builder physicalLine(String lineId, long amountMinor, Instant deliveredAt) {
        return OrderLine.newBuilder().setLineId(lineId).setSku("SKU-" + lineId).setDescription("item " + lineId)
                .setProductType(ProductType.PHYSICAL).setMadeToOrder(MadeToOrder.NONE)
                .setSaleCondition(SaleCondition.REGULAR).setQuantity(1).setAmountPaidMinor(amountMinor)
                .setDeliveredAt(deliveredAt).setServiceStartedAt(null).setSubscriptionPeriod(null);
    }

    protected static RefundRequested.Builder request(String orderNumber, RefundReason reason, OrderLine... lines) {
        Instant now = Instant.now();
        return RefundRequested.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(UUID.randomUUID().toString())
                .setOrderNumber(orderNumber).setOccurredAt(now).setCorrelationId("corr-" + orderNumber)
                .setCustomer(new Customer("C-42", "ana@example.com", "Ana Ruiz"))
                .setRespondBy(now.plus(Duration.ofDays(7))).setOrderedAt(now.minus(Duration.ofDays(10)))
                .setProcessedAt(now.minus(Duration.ofDays(9)))
                .setPayment(new Payment(PaymentMethod.CARD, "pay_8f2k")).setCurrency("EUR").setReason(reason)
                .setDescription("test request")
                .setEvidence(List.of(new Evidence(EvidenceKind.PHOTO, "https://cdn.example.com/1.jpg", null)))
                .setPreferredResolution(Resolution.REFUND).setLines(List.of(lines));
    }

    protected static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    protected void send(RefundRequested event) {
        kafka.executeInTransaction(operations -> operations.send(Topics.REFUND_REQUESTED, event.getOrderNumber(),
                event));
    }
}
