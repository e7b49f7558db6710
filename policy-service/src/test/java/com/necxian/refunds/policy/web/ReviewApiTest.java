package com.necxian.refunds.policy.web;

import static com.necxian.refunds.policy.web.PolicyApiTest.asReviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.policy.PolicyServiceTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReviewApiTest extends PolicyServiceTest {

    private static final String PROBLEMS = "https://necxian.example/problems/";

    private RefundRequested thirdPartyCase(Instant respondBy) {
        RefundRequested request = request(orderNumber(), RefundReason.NOT_DELIVERED,
                physicalLine("1", 5_000, null).setProductType(ProductType.THIRD_PARTY_SERVICE).build())
                .setRespondBy(respondBy).build();
        send(request);
        observer.await(request.getRefundId(), RefundReviewRequired.class);
        return request;
    }

    @Test
    void theQueueListsOldestRespondByFirstWithOverdueMarkedAndTheEvaluations() throws Exception {
        RefundRequested later = thirdPartyCase(Instant.now().plus(Duration.ofDays(7)));
        RefundRequested overdue = thirdPartyCase(Instant.now().minus(Duration.ofDays(1)));

        String json = http.perform(asReviewer(get("/api/v1/reviews").param("state", "OPEN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> queue = JsonMapper.shared().readTree(json).valueStream().toList();
        List<String> ids = queue.stream().map(node -> node.get("refundId").asString()).toList();
        assertThat(ids.indexOf(overdue.getRefundId())).isNotNegative().isLessThan(ids.indexOf(later.getRefundId()));
        JsonNode first = queue.get(ids.indexOf(overdue.getRefundId()));
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(queue.get(ids.indexOf(later.getRefundId())).get("overdue").asBoolean()).isFalse();
        assertThat(first.get("category").asString()).isEqualTo("THIRD_PARTY");
        assertThat(first.get("recommendation").asString()).isNotBlank();
        assertThat(first.get("request").get("lines").get(0).get("amountPaid").asString()).isEqualTo("50.00");
        assertThat(first.get("lines").get(0).get("outcome").asString()).isEqualTo("REVIEW");
        assertThat(first.get("lines").get(0).get("clauses").toString()).contains("TPS-1", "TPS-2");

        http.perform(get("/api/v1/reviews")).andExpect(status().isUnauthorized());
        String metrics = http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(gauge(metrics, "policy_reviews_open")).isGreaterThanOrEqualTo(2);
        assertThat(gauge(metrics, "policy_reviews_overdue")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(metrics, "outbox_unsent")).isNotNegative();
        assertThat(gauge(metrics, "outbox_oldest_unsent_seconds")).isNotNegative();
    }

    @Test
    void aReviewerApprovesAnAmountUpToWhatWasPaidOnceAndTheApprovalNamesTheAuthenticatedReviewerNotTheBodysName() throws Exception {
        RefundRequested request = thirdPartyCase(Instant.now().plus(Duration.ofDays(7)));
        String decision = "/api/v1/reviews/" + request.getRefundId() + "/decision";

        http.perform(asReviewer(post(decision)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "APPROVE", "amount": "50.01", "resolution": "REFUND", "reviewer": "kim"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "amount-above-payable"))
                .andExpect(jsonPath("$.payable").value("50.00"))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        http.perform(asReviewer(post(decision)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "APPROVE", "amount": "40.00", "resolution": "STORE_CREDIT", "clauses": ["TPS-2"],
                         "note": "The provider confirmed the booking failed.", "reviewer": "kim"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("APPROVED"))
                .andExpect(jsonPath("$.amount").value("40.00"));

        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        assertThat(approved.getDecidedBy()).isEqualTo(REVIEWER);
        assertThat(approved.getAmountMinor()).isEqualTo(4_000);
        assertThat(approved.getOrderPaidMinor()).isEqualTo(5_000);
        assertThat(approved.getResolution()).isEqualTo(Resolution.STORE_CREDIT);
        assertThat(approved.getClauses()).contains("TPS-2", "PROC-6");
        assertThat(approved.getNote()).contains("provider confirmed");
        assertThat(approved.getPolicyVersion()).isPositive();
        assertThat(approved.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getOutcome()).isEqualTo(LineOutcome.APPROVE);
            assertThat(line.getAmountMinor()).isEqualTo(4_000);
        });

        http.perform(asReviewer(post(decision)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "DENY", "clauses": ["TPS-1"], "note": "changed my mind"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "review-already-decided"))
                .andExpect(jsonPath("$.title").value("Review already decided"));
        http.perform(asReviewer(get("/api/v1/reviews/" + request.getRefundId())))
                .andExpect(jsonPath("$.state").value("DECIDED"))
                .andExpect(jsonPath("$.decision.decidedBy").value(REVIEWER));
        assertThat(jdbc.sql("select approved_total_minor from order_history where order_number = ?")
                .param(request.getOrderNumber()).query(Long.class).single()).isEqualTo(4_000);
    }

    /** Issue 15 item 11: a reviewer can approve at most the share of the units asked for, and they count. */
    @Test
    void aReviewerApprovesAtMostTheShareOfTheUnitsAskedFor() throws Exception {
        RefundRequested request = request(orderNumber(), RefundReason.NOT_DELIVERED,
                physicalLine("1", 5_000, null).setProductType(ProductType.THIRD_PARTY_SERVICE).setQuantity(3)
                        .setQuantityToRefund(1).build()).build();
        send(request);
        observer.await(request.getRefundId(), RefundReviewRequired.class);
        String decision = "/api/v1/reviews/" + request.getRefundId() + "/decision";

        http.perform(asReviewer(get("/api/v1/reviews/" + request.getRefundId())))
                .andExpect(jsonPath("$.request.lines[0].quantity").value(3))
                .andExpect(jsonPath("$.request.lines[0].quantityToRefund").value(1));
        http.perform(asReviewer(post(decision)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "APPROVE", "amount": "16.67", "resolution": "REFUND"}"""))
                .andExpect(status().isBadRequest());
        http.perform(asReviewer(post(decision)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "APPROVE", "amount": "16.66", "resolution": "REFUND"}"""))
                .andExpect(status().isOk());

        assertThat(observer.await(request.getRefundId(), RefundApproved.class).getAmountMinor()).isEqualTo(1_666);
        assertThat(jdbc.sql("select units from refunded_line where order_number = ?")
                .param(request.getOrderNumber()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReviewersApprovalReportsWhatWasPaidForTheWholeOrderSoFar() throws Exception {
        String order = orderNumber();
        RefundRequested earlier = request(order, RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 19_900, daysAgo(5)).build()).build();
        send(earlier);
        observer.await(earlier.getRefundId(), RefundApproved.class);
        RefundRequested request = request(order, RefundReason.NOT_DELIVERED,
                physicalLine("2", 5_000, null).setProductType(ProductType.THIRD_PARTY_SERVICE).build()).build();
        send(request);
        observer.await(request.getRefundId(), RefundReviewRequired.class);

        http.perform(asReviewer(post("/api/v1/reviews/" + request.getRefundId() + "/decision"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "APPROVE", "amount": "50.00", "resolution": "REFUND", "reviewer": "kim"}"""))
                .andExpect(status().isOk());

        RefundApproved approved = observer.await(request.getRefundId(), RefundApproved.class);
        assertThat(approved.getAmountMinor()).isEqualTo(5_000);
        assertThat(approved.getOrderPaidMinor()).isEqualTo(24_900);
    }

    @Test
    void aReviewerDeniesWithClausesAndANote() throws Exception {
        RefundRequested request = thirdPartyCase(Instant.now().plus(Duration.ofDays(7)));

        http.perform(asReviewer(post("/api/v1/reviews/" + request.getRefundId() + "/decision"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "DENY", "clauses": ["TPS-1", "TPS-2"],
                         "note": "The provider's terms exclude refunds after the event date."}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DENIED"));

        RefundDenied denied = observer.await(request.getRefundId(), RefundDenied.class);
        assertThat(denied.getDecidedBy()).isEqualTo(REVIEWER);
        assertThat(denied.getClauses()).containsExactly("TPS-1", "TPS-2");
        assertThat(denied.getNote()).contains("provider's terms");
        assertThat(denied.getLines()).allSatisfy(line -> assertThat(line.getOutcome()).isEqualTo(LineOutcome.DENY));
    }

    @Test
    void badDecisionsAndUnknownCasesAreProblems() throws Exception {
        http.perform(asReviewer(post("/api/v1/reviews/" + UUID.randomUUID() + "/decision"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"DENY\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "review-not-found"))
                .andExpect(jsonPath("$.title").value("Review not found"));
        http.perform(asReviewer(get("/api/v1/reviews/" + UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "review-not-found"));
        RefundRequested request = thirdPartyCase(Instant.now().plus(Duration.ofDays(7)));
        http.perform(asReviewer(post("/api/v1/reviews/" + request.getRefundId() + "/decision"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"DENY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("clauses", "note")));
        http.perform(asReviewer(post("/api/v1/reviews/" + request.getRefundId() + "/decision"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "DENY", "clauses": ["TPS-1"], "note": "%s"}""".formatted("x".repeat(2001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("note")));
        http.perform(asReviewer(get("/api/v1/reviews").param("state", "LOST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        http.perform(post("/api/v1/reviews/" + request.getRefundId() + "/decision")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"DENY\"}"))
                .andExpect(status().isUnauthorized());
    }

    private static double gauge(String prometheus, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(prometheus);
        assertThat(matcher.find()).as(name + " in " + prometheus.length() + " chars of metrics").isTrue();
        return Double.parseDouble(matcher.group(2));
    }
}
