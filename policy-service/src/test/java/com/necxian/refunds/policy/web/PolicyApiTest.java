package com.necxian.refunds.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.policy.PolicyServiceTest;
import com.necxian.refunds.policy.domain.MadeToOrder;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.domain.ProductType;
import com.necxian.refunds.policy.domain.RefundabilityAnswer;
import com.necxian.refunds.policy.domain.RefundabilityAtPurchase;
import com.necxian.refunds.policy.domain.SaleCondition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PolicyApiTest extends PolicyServiceTest {

    static final String THREE_DAY_WINDOW = """
            {"settings": {"returnWindowDays": 3, "digitalComplaintDays": 7, "respondWithinDays": 7,
                          "processWithinDays": 7, "reviewThresholds": {"EUR": "1000.00", "JPY": "150000"}},
             "significant": true, "summary": "Regular items can now be returned within 3 days of delivery."}
            """;

    static MockHttpServletRequestBuilder asReviewer(MockHttpServletRequestBuilder request) {
        return as(REVIEWER, REVIEWER_PASSWORD, request);
    }

    static MockHttpServletRequestBuilder asPolicyOwner(MockHttpServletRequestBuilder request) {
        return as(POLICY_OWNER, POLICY_OWNER_PASSWORD, request);
    }

    private static MockHttpServletRequestBuilder as(String user, String password,
            MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes()));
            return r;
        });
    }

    @Test
    void theVersionInForceIsShownWithItsSettingsToReviewersOnly() throws Exception {
        http.perform(asReviewer(get("/api/v1/policy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(versions.current().version()))
                .andExpect(jsonPath("$.settings.returnWindowDays").value(30))
                .andExpect(jsonPath("$.settings.reviewThresholds.EUR").value("1000.00"))
                .andExpect(jsonPath("$.settings.reviewThresholds.JPY").value("150000"));
        http.perform(get("/api/v1/policy")).andExpect(status().isUnauthorized());
        http.perform(asReviewer(get("/api/v1/policy/versions/" + (versions.current().version() + 1000))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://necxian.example/problems/policy-version-not-found"));
        http.perform(get("/api/v1/policy").header("X-Api-Key", STOREFRONT_KEY)).andExpect(status().isForbidden());
    }

    @Test
    void aNewVersionTakesEffectAtOnceIsAnnouncedWhenSignificantAndDecisionsRecordIt() throws Exception {
        String body = http.perform(asPolicyOwner(post("/api/v1/policy/versions")).contentType(MediaType.APPLICATION_JSON)
                        .content(THREE_DAY_WINDOW))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/policy/versions/")))
                .andReturn().getResponse().getContentAsString();
        int version = JsonMapper.shared().readTree(body).get("version").asInt();
        http.perform(asReviewer(get("/api/v1/policy"))).andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.settings.returnWindowDays").value(3));

        RefundPolicyChanged changed = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> observer.all()
                .stream().filter(RefundPolicyChanged.class::isInstance).map(RefundPolicyChanged.class::cast)
                .filter(e -> e.getPolicyVersion() == version).findFirst().orElse(null), e -> e != null);
        assertThat(changed.getSignificant()).isTrue();
        assertThat(changed.getSummary()).contains("3 days");

        RefundRequested request = request(orderNumber(), RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 3_000, daysAgo(5)).build()).build();
        send(request);
        RefundDenied denied = observer.await(request.getRefundId(), RefundDenied.class);
        assertThat(denied.getPolicyVersion()).isEqualTo(version);
        assertThat(denied.getClauses()).contains("STD-1");
        assertThat(jdbc.sql("select policy_version from decision where refund_id = ?").param(request.getRefundId())
                .query(Integer.class).single()).isEqualTo(version);
    }

    @Test
    void invalidSettingsGet400AndChangeNothing() throws Exception {
        int before = versions.current().version();
        String bad = THREE_DAY_WINDOW.replace("\"returnWindowDays\": 3", "\"returnWindowDays\": 0")
                .replace("\"JPY\": \"150000\"", "\"JPY\": \"1.5\"");

        http.perform(asPolicyOwner(post("/api/v1/policy/versions")).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("settings.reviewThresholds.JPY")));
        http.perform(asPolicyOwner(post("/api/v1/policy/versions")).contentType(MediaType.APPLICATION_JSON)
                        .content(THREE_DAY_WINDOW.replace("\"returnWindowDays\": 3", "\"returnWindowDays\": 0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", startsWith("returnWindowDays")));

        assertThat(versions.current().version()).isEqualTo(before);
    }

    @Test
    void aVersionStartsFromTheOneInForceAndChangesOnlyWhatIsPosted() throws Exception {
        postVersion("""
                {"settings": {"returnWindowDays": 14}, "summary": "Returns within 14 days."}""");
        http.perform(asReviewer(get("/api/v1/policy")))
                .andExpect(jsonPath("$.settings.returnWindowDays").value(14))
                .andExpect(jsonPath("$.settings.digitalComplaintDays").value(7))
                .andExpect(jsonPath("$.settings.reviewThresholds.EUR").value("1000.00"))
                .andExpect(jsonPath("$.settings.reviewThresholds.USD").value("1000.00"))
                .andExpect(jsonPath("$.settings.reviewThresholds.GBP").value("1000.00"))
                .andExpect(jsonPath("$.settings.reviewThresholds.JPY").value("150000"));

        postVersion("""
                {"settings": {"reviewThresholds": {"CHF": "800.00", "GBP": null}}, "summary": "CHF in, GBP out."}""");
        http.perform(asReviewer(get("/api/v1/policy")))
                .andExpect(jsonPath("$.settings.returnWindowDays").value(14))
                .andExpect(jsonPath("$.settings.reviewThresholds.CHF").value("800.00"))
                .andExpect(jsonPath("$.settings.reviewThresholds.EUR").value("1000.00"))
                .andExpect(jsonPath("$.settings.reviewThresholds.GBP").doesNotExist());
    }

    @Test
    void aVersionThatWouldRemoveEveryThresholdIsRefused() throws Exception {
        int before = versions.current().version();

        http.perform(asPolicyOwner(post("/api/v1/policy/versions")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"settings": {"reviewThresholds": {"EUR": null, "USD": null, "GBP": null, "JPY": null}},
                         "summary": "No more fraud control."}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("settings.reviewThresholds")));

        assertThat(versions.current().version()).isEqualTo(before);
        assertThat(versions.current().settings().reviewThresholdMinorByCurrency()).containsKeys("EUR", "USD");
    }

    @Test
    void aRecalledSkuIsApprovedAndAnyOtherRecallClaimGoesToReview() throws Exception {
        String sku = "RC-" + java.util.UUID.randomUUID();
        int before = versions.current().version();
        http.perform(asPolicyOwner(post("/api/v1/policy/recalls")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"sku": "%s", "recalledAt": "2026-10-01T00:00:00Z", "note": "battery overheats"}"""
                        .formatted(sku)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(before + 1));
        http.perform(asReviewer(get("/api/v1/policy/recalls")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sku == '%s')].note".formatted(sku)).value(hasItem("battery overheats")));
        http.perform(asReviewer(post("/api/v1/policy/recalls")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sku\": \"X\", \"recalledAt\": \"2026-10-01T00:00:00Z\"}")).andExpect(status().isForbidden());
        http.perform(asPolicyOwner(post("/api/v1/policy/recalls")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"no sku\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("sku")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("recalledAt")));
        http.perform(asPolicyOwner(post("/api/v1/policy/recalls")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\": \"X\", \"recalledAt\": \"2026-10-01T00:00:00Z\", \"note\": \"%s\"}"
                                .formatted("x".repeat(1001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://necxian.example/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("note")));

        RefundRequested listed = request(orderNumber(), RefundReason.PRODUCT_RECALL,
                physicalLine("1", 3_000, daysAgo(200)).setSku(sku).build())
                .setOrderedAt(daysAgo(205)).setProcessedAt(daysAgo(204)).build();
        RefundRequested unlisted = request(orderNumber(), RefundReason.PRODUCT_RECALL,
                physicalLine("1", 3_000, daysAgo(200)).setSku("NOT-RECALLED").build())
                .setOrderedAt(daysAgo(205)).setProcessedAt(daysAgo(204)).build();
        send(listed);
        send(unlisted);

        assertThat(observer.await(listed.getRefundId(), RefundApproved.class).getClauses()).contains("EXC-3");
        assertThat(observer.await(unlisted.getRefundId(), RefundReviewRequired.class).getLines().get(0).getClauses())
                .containsExactly("EXC-3");
    }

    @Test
    void aRequestIsDecidedUnderTheVersionInForceWhenItWasReceived() throws Exception {
        int before = versions.current().version();
        RefundRequested receivedEarlier = request(orderNumber(), RefundReason.NO_LONGER_NEEDED,
                physicalLine("1", 3_000, daysAgo(5)).build()).build();

        postVersion("""
                {"settings": {"returnWindowDays": 3}, "summary": "Returns within 3 days."}""");
        send(receivedEarlier);

        RefundApproved approved = observer.await(receivedEarlier.getRefundId(), RefundApproved.class);
        assertThat(approved.getPolicyVersion()).isEqualTo(before);
        assertThat(approved.getClauses()).contains("STD-1");
    }

    private void postVersion(String version) throws Exception {
        http.perform(asPolicyOwner(post("/api/v1/policy/versions")).contentType(MediaType.APPLICATION_JSON)
                .content(version)).andExpect(status().isCreated());
    }

    @Test
    void refundabilityAnswersTheStorefrontForEveryCombinationAsTheEngineDoes() throws Exception {
        PolicySettings settings = versions.current().settings();
        RefundabilityAtPurchase engine = new RefundabilityAtPurchase();
        for (ProductType type : ProductType.values()) {
            for (MadeToOrder made : MadeToOrder.values()) {
                for (SaleCondition sale : SaleCondition.values()) {
                    RefundabilityAnswer expected = engine.answer(type, made, sale, settings);
                    String json = http.perform(get("/api/v1/policy/refundability").header("X-Api-Key", STOREFRONT_KEY)
                                    .param("productType", type.name()).param("madeToOrder", made.name())
                                    .param("saleCondition", sale.name()))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                    JsonNode answer = JsonMapper.shared().readTree(json);
                    assertThat(answer.get("refundable").asString()).isEqualTo(expected.refundable().name());
                    assertThat(answer.get("label").asString()).isEqualTo(expected.label());
                    assertThat(answer.get("clauses").valueStream().map(JsonNode::asString).toList())
                            .isEqualTo(expected.clauses());
                    assertThat(answer.get("policyVersion").asInt()).isEqualTo(settings.version());
                }
            }
        }
    }

    @Test
    void refundabilityTakesTheStorefrontKeyOrReviewerCredentialsAndChecksItsParameters() throws Exception {
        http.perform(asReviewer(get("/api/v1/policy/refundability")).param("productType", "PHYSICAL"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.refundable").value("YES"))
                .andExpect(jsonPath("$.clauses[0]").value("STD-1"));
        http.perform(get("/api/v1/policy/refundability").param("productType", "PHYSICAL"))
                .andExpect(status().isUnauthorized());
        http.perform(get("/api/v1/policy/refundability").header("X-Api-Key", "wrong").param("productType", "DIGITAL"))
                .andExpect(status().isUnauthorized());
        http.perform(get("/api/v1/policy/refundability").header("X-Api-Key", STOREFRONT_KEY)
                        .param("productType", "FURNITURE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("productType"));
    }
}
