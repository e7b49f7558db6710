package com.necxian.refunds.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.LineDecision;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundProcessed;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.intake.store.RefundViews;
import com.necxian.refunds.testsupport.RealInfrastructure;

@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class StatusViewTest {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    RefundViews views;

    @Autowired
    MockMvc http;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    final String refundId = UUID.randomUUID().toString();
    final String orderNumber = "NX-" + UUID.randomUUID();
    final Customer customer = new Customer("C-1", "ana@example.com", null);
    final Instant t0 = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void aLateApprovalDoesNotTakeAProcessedRefundBackButItsDecisionIsKept() throws Exception {
        publish(processed());
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(refundId) == RefundStatus.PROCESSED);

        publish(approved());
        publish(reviewRequired());
        await().atMost(Duration.ofSeconds(30)).until(() -> views.find(refundId).orElseThrow().history().size() == 3);

        RefundViews.View view = views.find(refundId).orElseThrow();
        assertThat(view.status()).isEqualTo(RefundStatus.PROCESSED);
        assertThat(view.decisionJson()).contains("\"STD-1\"").contains("\"approvedAmount\":\"19.99\"");
        assertThat(view.paymentJson()).contains("psp_1");
        assertThat(view.processBy()).isEqualTo(t0.plus(Duration.ofDays(7)));
        http.perform(get("/api/v1/refunds/" + refundId).header("X-Api-Key", "local-storefront-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROCESSED"))
                .andExpect(jsonPath("$.processBy").value("2026-11-27T10:00:00Z"))
                .andExpect(jsonPath("$.decision.outcome").value("APPROVED"))
                .andExpect(jsonPath("$.decision.approvedAmount").value("19.99"))
                .andExpect(jsonPath("$.decision.currency").value("EUR"))
                .andExpect(jsonPath("$.decision.resolution").value("REFUND"))
                .andExpect(jsonPath("$.decision.clauses[1]").value("PROC-4"))
                .andExpect(jsonPath("$.decision.policyVersion").value(1))
                .andExpect(jsonPath("$.decision.decidedBy").value("policy"))
                .andExpect(jsonPath("$.decision.lines[0].lineId").value("1"))
                .andExpect(jsonPath("$.decision.lines[0].outcome").value("APPROVE"))
                .andExpect(jsonPath("$.decision.lines[0].explanation").value("Within 30 days."))
                .andExpect(jsonPath("$.payment.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.payment.reference").value("psp_1"))
                .andExpect(jsonPath("$.review").doesNotExist())
                .andExpect(jsonPath("$.history[*].status").value(
                        contains("UNDER_REVIEW", "APPROVED", "PROCESSED")));
    }

    @Test
    void underReviewTheStatusViewSaysWhyAndByWhenAndNoLongerOnceDecided() throws Exception {
        publish(RefundReviewRequired.newBuilder(reviewRequired()).setCategory("DEFECT_OR_RECALL").setRecommendation(LineOutcome.REVIEW)
                .setLines(List.of(new LineDecision("1", LineOutcome.REVIEW, 0L, List.of("EXC-3"),
                        "We will check the recall.")))
                .setClauses(List.of("EXC-3")).setCustomerMessage("A member of our team will review it by 2026-11-27.")
                .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(refundId) == RefundStatus.UNDER_REVIEW);

        http.perform(get("/api/v1/refunds/" + refundId).header("X-Api-Key", "local-storefront-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.review.clauses[0]").value("EXC-3"))
                .andExpect(jsonPath("$.review.message").value("A member of our team will review it by 2026-11-27."))
                .andExpect(jsonPath("$.review.respondBy").value("2026-11-27T10:00:00Z"))
                .andExpect(jsonPath("$.review.lines[0].lineId").value("1"))
                .andExpect(jsonPath("$.review.lines[0].outcome").value("REVIEW"))
                .andExpect(jsonPath("$.review.lines[0].clauses[0]").value("EXC-3"));
        http.perform(get("/api/v1/refunds").param("orderNumber", orderNumber).header("X-Api-Key",
                        "local-storefront-key"))
                .andExpect(jsonPath("$[0].review.clauses[0]").value("EXC-3"));

        publish(approved());
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(refundId) == RefundStatus.APPROVED);
        http.perform(get("/api/v1/refunds/" + refundId).header("X-Api-Key", "local-storefront-key"))
                .andExpect(jsonPath("$.review").doesNotExist());
    }

    @Test
    void aReviewEventFromBeforeItsClausesAndMessageShowsTheLinesOnes() throws Exception {
        publish(RefundReviewRequired.newBuilder(reviewRequired()).setCategory("THIRD_PARTY").setRecommendation(LineOutcome.REVIEW)
                .setLines(List.of(new LineDecision("1", LineOutcome.REVIEW, 0L, List.of("TPS-1", "TPS-2"),
                        "The provider's terms apply.")))
                .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(refundId) == RefundStatus.UNDER_REVIEW);

        http.perform(get("/api/v1/refunds/" + refundId).header("X-Api-Key", "local-storefront-key"))
                .andExpect(jsonPath("$.review.clauses[0]").value("TPS-1"))
                .andExpect(jsonPath("$.review.clauses[1]").value("TPS-2"))
                .andExpect(jsonPath("$.review.message").value("The provider's terms apply."));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        RefundApproved approved = approved();
        publish(approved);
        publish(approved);
        publish(processed());

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(refundId) == RefundStatus.PROCESSED);
        assertThat(views.find(refundId).orElseThrow().history()).extracting(RefundViews.HistoryEntry::status)
                .containsExactly(RefundStatus.APPROVED, RefundStatus.PROCESSED);
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheEventsAroundItAreApplied() {
        publish(approved());
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.REFUND_APPROVED, orderNumber, "not avro".getBytes())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        publish(processed());

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(refundId) == RefundStatus.PROCESSED);
        assertThat(views.find(refundId).orElseThrow().history()).hasSize(2);
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.REFUND_APPROVED)));
            List<String> deadLettered = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (orderNumber.equals(r.key())) {
                        deadLettered.add(new String(r.value()));
                    }
                });
                return !deadLettered.isEmpty();
            });
            assertThat(deadLettered).containsExactly("not avro");
        }
    }

    private RefundStatus statusOf(String id) {
        return views.find(id).map(RefundViews.View::status).orElse(null);
    }

    private void publish(SpecificRecord event) {
        kafka.send(Topics.of(event), Topics.keyOf(event), event).join();
    }

    private RefundProcessed processed() {
        return RefundProcessed.newBuilder().setEventId(UUID.randomUUID().toString()).setRefundId(refundId)
                .setOrderNumber(orderNumber).setOccurredAt(t0.plusSeconds(120)).setCorrelationId("c")
                .setCustomer(customer).setAmountMinor(1999).setCurrency("EUR").setResolution(Resolution.REFUND)
                .setProviderReference("psp_1").build();
    }

    private RefundApproved approved() {
        return RefundApproved.newBuilder().setEventId(UUID.randomUUID().toString()).setRefundId(refundId)
                .setOrderNumber(orderNumber).setOccurredAt(t0.plusSeconds(60)).setCorrelationId("c")
                .setCustomer(customer).setPolicyVersion(1).setAmountMinor(1999).setCurrency("EUR")
                .setOrderPaidMinor(1999).setResolution(Resolution.REFUND)
                .setPayment(new Payment(PaymentMethod.CARD, "pay_1")).setProcessBy(t0.plus(Duration.ofDays(7)))
                .setLines(List.of(new LineDecision("1", LineOutcome.APPROVE, 1999L, List.of("STD-1"), "Within 30 days.")))
                .setClauses(List.of("STD-1", "PROC-4")).setDecidedBy("policy").setNote(null).build();
    }

    private RefundReviewRequired reviewRequired() {
        return RefundReviewRequired.newBuilder().setEventId(UUID.randomUUID().toString()).setRefundId(refundId)
                .setOrderNumber(orderNumber).setOccurredAt(t0.plusSeconds(30)).setCorrelationId("c")
                .setCustomer(customer).setPolicyVersion(1).setRespondBy(t0.plus(Duration.ofDays(7)))
                .setCurrency("EUR").setCategory("THRESHOLD").setRecommendation(LineOutcome.APPROVE)
                .setSuggestedAmountMinor(1999).setLines(List.of()).setProblems(List.of()).build();
    }
}
