package com.necxian.refunds.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.necxian.refunds.testsupport.browser.HeadlessChromium;

import tools.jackson.databind.JsonNode;

/**
 * A reviewer decides a case in the console, in Debian's headless Chromium, with the four services as deployed:
 * the refund the storefront submitted to intake waits UNDER_REVIEW, leaves the queue once approved in the browser,
 * and intake then shows it approved and paid.
 */
class ReviewerConsoleTest {

    final RunningSystem system = RunningSystem.get();

    @Test
    void aCaseApprovedInTheConsoleLeavesTheQueueAndTheRefundIsPaidThroughIntake() throws Exception {
        String orderNumber = "NX-CONSOLE-" + UUID.randomUUID();
        var accepted = system.submit(thirdPartyRequest(orderNumber));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String refundId = system.json(accepted.body()).get("refundId").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> system.status(refundId),
                view -> view != null && "UNDER_REVIEW".equals(view.path("status").asString()));

        String console = system.url("policy-service") + "/console";
        try (HeadlessChromium browser = HeadlessChromium.start(1280, 900)) {
            browser.signIn(console + "/login", "reviewer", "local-reviewer");
            browser.driver().get(console + "/reviews?order=" + orderNumber);
            var row = browser.driver().findElement(By.cssSelector("#queue tr[data-refund-id='" + refundId + "']"));
            assertThat(row.getText()).contains("Third-party service");
            browser.clickAndWait(row.findElement(By.tagName("a")));
            assertThat(browser.driver().findElement(By.id("description")).getText())
                    .isEqualTo("The concert was cancelled and the provider has not answered.");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.driver().findElement(By.id("approve")).click();
            browser.driver().findElement(By.id("amount")).clear();
            browser.driver().findElement(By.id("amount")).sendKeys("80.00");
            new Select(browser.driver().findElement(By.id("resolution"))).selectByValue("REFUND");
            browser.driver().findElement(By.id("note")).sendKeys("The provider confirmed the cancellation.");
            browser.clickAndWait(browser.driver().findElement(By.id("submit-decision")));

            assertThat(browser.driver().findElement(By.id("decided")).getText()).contains("approved", "by reviewer");
            assertThat(browser.driver().findElements(By.cssSelector("#queue tr[data-refund-id='" + refundId + "']")))
                    .isEmpty();
        }

        JsonNode view = await().atMost(Duration.ofSeconds(60)).until(() -> system.status(refundId),
                v -> v != null && "PROCESSED".equals(v.path("status").asString()));
        assertThat(view.path("decision").path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(view.path("decision").path("approvedAmount").asString()).isEqualTo("80.00");
        assertThat(view.path("decision").path("decidedBy").asString()).isEqualTo("reviewer");
        assertThat(view.path("history").toString()).contains("UNDER_REVIEW", "APPROVED", "PROCESSED");
    }

    private static String thirdPartyRequest(String orderNumber) {
        Instant ordered = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"orderNumber": "%s", "orderedAt": "%s", "processedAt": "%s",
                 "customer": {"id": "C-CONSOLE", "email": "console-%s@example.com", "name": "Ana Ruiz"},
                 "payment": {"method": "CARD", "reference": "pay_%s"}, "currency": "EUR", "reason": "NOT_DELIVERED",
                 "description": "The concert was cancelled and the provider has not answered.",
                 "evidence": [{"kind": "DOCUMENT", "uri": "https://cdn.example.com/ticket.pdf", "note": "ticket"}],
                 "preferredResolution": "REFUND",
                 "lines": [{"lineId": "1", "sku": "TKT-9", "description": "Concert ticket",
                            "productType": "THIRD_PARTY_SERVICE", "madeToOrder": "NONE", "saleCondition": "REGULAR",
                            "quantity": 1, "amountPaid": "80.00"}]}
                """.formatted(orderNumber, ordered, ordered.plus(1, ChronoUnit.HOURS), UUID.randomUUID(), orderNumber);
    }
}
