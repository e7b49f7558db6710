package com.necxian.refunds.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import com.necxian.refunds.events.Customer;
import com.necxian.refunds.events.Evidence;
import com.necxian.refunds.events.EvidenceKind;
import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.OrderLine;
import com.necxian.refunds.events.Payment;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.policy.DecisionObserver;
import com.necxian.refunds.policy.domain.PolicySettings;
import com.necxian.refunds.policy.domain.Recall;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.Reviews;
import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.browser.HeadlessChromium;

/**
 * The console in Debian's headless Chromium, as a reviewer and the policy owner use it: sign in, the queue, a case,
 * a decision (with its errors shown in the form, and once with the keyboard only), the policy with a preview. Every
 * page passes axe-core without serious or critical violations. Screenshots go to target/console-screenshots, or to
 * the folder named by -Dconsole.screenshots (docs/console, see docs/reviewer-guide.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ConsoleBrowserTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots",
            "target/console-screenshots"));

    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Reviews reviews;

    @Autowired
    DecisionObserver observer;

    @Autowired
    PolicyVersions versions;

    private int versionBefore;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
        versionBefore = versions.current().version();
    }

    @AfterEach
    void policyBackToDefaults() {
        if (versions.current().version() != versionBefore) {
            versions.add(current -> PolicySettings.defaults(), false, "test reset", "test");
        }
    }

    @Test
    void aReviewerFindsTheCaseReadsItsClausesAndApprovesWithinWhatIsPayable() {
        RefundRequested overdue = thirdPartyCase(Instant.now().minus(Duration.ofDays(1)));
        RefundRequested later = thirdPartyCase(Instant.now().plus(Duration.ofDays(6)));

        browser.driver().get(url("/console/reviews"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/login");
        assertAccessible("login");
        browser.signIn(url("/console/login"), "reviewer", "local-reviewer");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/reviews");
        List<String> order = browser.driver().findElements(By.cssSelector("#queue tbody tr")).stream()
                .map(row -> row.getAttribute("data-refund-id")).toList();
        assertThat(order.indexOf(overdue.getRefundId())).isNotNegative().isLessThan(order.indexOf(later.getRefundId()));
        assertThat(row(overdue).getText()).contains("Overdue", overdue.getOrderNumber(), "Third-party service");
        assertThat(row(later).getText()).doesNotContain("Overdue");
        assertAccessible("queue");

        new Select(browser.driver().findElement(By.id("category"))).selectByValue("THIRD_PARTY");
        browser.driver().findElement(By.id("order")).sendKeys(overdue.getOrderNumber().substring(3, 15));
        submit(By.cssSelector(".filters button"));
        assertThat(browser.driver().findElements(By.cssSelector("#queue tbody tr"))).singleElement()
                .satisfies(only -> assertThat(only.getAttribute("data-refund-id")).isEqualTo(overdue.getRefundId()));
        new Select(browser.driver().findElement(By.id("category"))).selectByValue("THRESHOLD");
        submit(By.cssSelector(".filters button"));
        assertThat(browser.driver().findElements(By.id("empty"))).hasSize(1);

        browser.driver().get(url("/console/reviews"));
        browser.clickAndWait(row(overdue).findElement(By.tagName("a")));
        String page = browser.driver().findElement(By.id("main")).getText();
        assertThat(page).contains(overdue.getOrderNumber(), "Ana Ruiz", "ana@example.com", "The lid cracked.",
                "TPS-1", "Third-party services follow the provider's own refund terms.", "TPS-2",
                "cannot guarantee a refund", "Overdue");
        assertThat(browser.driver().findElement(By.id("evaluation")).getText())
                .contains("TPS-1: Third-party services follow the provider's own refund terms.");
        assertThat(browser.driver().findElement(By.id("payable")).getText()).isEqualTo("50.00");
        WebElement evidence = browser.driver().findElement(By.cssSelector("#evidence a"));
        assertThat(evidence.getAttribute("href")).isEqualTo("https://cdn.example.com/1.jpg");
        assertThat(evidence.getAttribute("rel")).contains("noopener", "noreferrer");
        assertThat(browser.driver().findElement(By.id("evidence")).getText())
                .contains("javascript:alert(1) (not an https link: not opened)");
        assertThat(browser.driver().findElements(By.cssSelector("#evidence a"))).hasSize(1);
        assertAccessible("case");

        browser.driver().findElement(By.id("approve")).click();
        replace("amount", "50.01");
        submit(By.id("submit-decision"));
        assertThat(browser.driver().findElement(By.id("amount-error")).getText()).contains("must be at most 50.00 EUR");
        assertThat(browser.driver().findElement(By.id("amount")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(reviews.find(overdue.getRefundId()).orElseThrow().state()).isEqualTo(Reviews.State.OPEN);
        assertAccessible("case-errors");

        replace("amount", "40.00");
        new Select(browser.driver().findElement(By.id("resolution"))).selectByValue("STORE_CREDIT");
        replace("note", "The provider confirmed the booking failed.");
        submit(By.id("submit-decision"));

        assertThat(browser.driver().findElement(By.id("decided")).getText()).contains("approved", "by reviewer",
                "left the queue");
        assertThat(browser.driver().findElements(By.cssSelector("#queue tbody tr")).stream()
                .map(row -> row.getAttribute("data-refund-id"))).doesNotContain(overdue.getRefundId())
                .contains(later.getRefundId());
        RefundApproved approved = observer.await(overdue.getRefundId(), RefundApproved.class);
        assertThat(approved.getDecidedBy()).isEqualTo("reviewer");
        assertThat(approved.getAmountMinor()).isEqualTo(4_000);
        assertThat(approved.getResolution()).isEqualTo(Resolution.STORE_CREDIT);

        browser.driver().get(url("/console/reviews?state=DECIDED&order=" + overdue.getOrderNumber()));
        assertThat(row(overdue).getText()).contains("APPROVE by reviewer");
        assertAccessible("decided");
        browser.driver().get(url("/console/reviews/" + overdue.getRefundId()));
        assertThat(browser.driver().findElement(By.id("decided-by")).getText()).isEqualTo("reviewer");
        assertThat(browser.driver().findElement(By.id("decision")).getText()).contains("APPROVE", "40.00 EUR",
                "STORE_CREDIT", "TPS-1", "PROC-6", "The provider confirmed the booking failed.");
        assertThat(browser.driver().findElements(By.id("decide"))).isEmpty();
        assertAccessible("case-decided");
    }

    @Test
    void aReviewerDeniesACaseWithTheKeyboardOnly() {
        RefundRequested request = thirdPartyCase(Instant.now().plus(Duration.ofDays(5)));
        browser.signIn(url("/console/login"), "reviewer", "local-reviewer");
        browser.driver().get(url("/console/reviews?order=" + request.getOrderNumber()));

        tabUntil(focused -> request.getOrderNumber().equals(focused.getText()));
        WebElement link = browser.focused();
        press(Keys.ENTER);
        browser.awaitNewPage(link);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/reviews/" + request.getRefundId());

        tabUntil(focused -> "approve".equals(focused.getAttribute("id")));
        press(Keys.ARROW_RIGHT); // arrows move the choice within the radio group
        assertThat(browser.focused().getAttribute("id")).isEqualTo("deny");
        assertThat(browser.focused().isSelected()).isTrue();
        tabUntil(focused -> "note".equals(focused.getAttribute("id")));
        press("The provider's terms exclude refunds after the event date.");
        tabUntil(focused -> "submit-decision".equals(focused.getAttribute("id")));
        WebElement button = browser.focused();
        press(Keys.ENTER);
        browser.awaitNewPage(button);
        assertThat(browser.driver().findElement(By.id("decided")).getText()).contains("denied", "by reviewer");
        RefundDenied denied = observer.await(request.getRefundId(), RefundDenied.class);
        assertThat(denied.getDecidedBy()).isEqualTo("reviewer");
        assertThat(denied.getClauses()).containsExactly("TPS-1", "TPS-2");
        assertThat(denied.getNote()).contains("provider's terms");
    }

    @Test
    void thePolicyOwnerPreviewsWhatANewVersionChangesThenPostsIt() {
        browser.signIn(url("/console/login"), "policy-owner", "local-policy-owner");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/policy");
        int inForce = versions.current().version();
        assertThat(browser.driver().findElement(By.id("current-version")).getText()).isEqualTo("" + inForce);
        assertThat(browser.driver().findElements(By.linkText("Review queue"))).isEmpty();
        assertAccessible("policy");

        replace("returnWindowDays", "thirty");
        replace("summary", "Longer return window.");
        submit(By.id("preview-button"));
        assertThat(browser.driver().findElement(By.id("returnWindowDays-error")).getText()).contains("whole number");
        assertAccessible("policy-errors");

        replace("returnWindowDays", "45");
        replace("thresholds", "EUR 1000.00\nUSD 1000.00\nGBP 1000.00\nJPY 150000\nCHF 900");
        submit(By.id("preview-button"));
        String preview = browser.driver().findElement(By.id("preview")).getText();
        assertThat(preview).contains("Return window (days, STD-1) 30 45", "Review threshold CHF (STD-2) none 900.00")
                .doesNotContain("Review threshold EUR");
        assertThat(versions.current().version()).isEqualTo(inForce);
        assertAccessible("policy-preview");

        submit(By.id("post-button"));
        assertThat(browser.driver().findElement(By.id("posted")).getText()).contains("Version " + (inForce + 1));
        assertThat(versions.current().settings().returnWindowDays()).isEqualTo(45);
        assertThat(versions.current().createdBy()).isEqualTo("policy-owner");
        assertThat(browser.driver().findElement(By.id("history")).getText()).contains("Longer return window.");
    }

    @Test
    void thePolicyOwnerChangesTheRecallListWithTheKeyboardAndTheVersionInForceListsIt() {
        Instant lampRecalled = Instant.parse("2026-10-01T08:00:00Z");
        versions.add(current -> current.withRecall(new Recall("KETTLE-OLD", lampRecalled, null))
                .withRecall(new Recall("LAMP-KEEP", lampRecalled, "Overheating switch")), false, "Recalls", "test");
        int inForce = versions.current().version();
        browser.signIn(url("/console/login"), "policy-owner", "local-policy-owner");
        assertThat(browser.driver().findElement(By.id("current-recalls")).getText())
                .contains("KETTLE-OLD", "LAMP-KEEP", "Overheating switch");
        assertThat(browser.driver().findElement(By.id("recalls")).getAttribute("value"))
                .isEqualTo("KETTLE-OLD\nLAMP-KEEP");

        replace("recalls", "LAMP-KEEP\n" + "X".repeat(101));
        replace("summary", "Scooter model 9 recalled; the kettle recall is over.");
        submit(By.id("preview-button"));
        assertThat(browser.driver().findElement(By.id("recalls-error")).getText())
                .contains("at most 100 characters");
        assertThat(browser.driver().findElement(By.id("recalls")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("policy-recalls-errors");

        tabUntil(focused -> "recalls".equals(focused.getAttribute("id")));
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        press("LAMP-KEEP\nSCOOTER-9");
        tabUntil(focused -> "preview-button".equals(focused.getAttribute("id")));
        pressEnterOnFocused();
        assertThat(browser.driver().findElements(By.id("preview")))
                .as(browser.driver().findElement(By.id("main")).getText()).hasSize(1);
        assertThat(browser.driver().findElement(By.id("preview")).getText())
                .contains("Recall of SKU SCOOTER-9 (EXC-3) not listed added",
                        "Recall of SKU KETTLE-OLD (EXC-3) listed removed")
                .doesNotContain("LAMP-KEEP", "Return window");
        assertThat(versions.current().version()).isEqualTo(inForce);
        assertAccessible("policy-recalls-preview");

        tabUntil(focused -> "post-button".equals(focused.getAttribute("id")));
        pressEnterOnFocused();
        assertThat(browser.driver().findElement(By.id("posted")).getText()).contains("Version " + (inForce + 1));
        assertThat(browser.driver().findElement(By.id("current-recalls")).getText())
                .contains("SCOOTER-9", "LAMP-KEEP", "Overheating switch").doesNotContain("KETTLE-OLD");
        assertThat(versions.current().settings().recalls()).extracting(Recall::sku)
                .containsExactly("LAMP-KEEP", "SCOOTER-9");
        assertThat(versions.current().settings().recalls().get(0))
                .isEqualTo(new Recall("LAMP-KEEP", lampRecalled, "Overheating switch"));
        assertThat(versions.current().settings().recalls().get(1).recalledAt()).isNotNull();
        assertThat(browser.driver().findElement(By.cssSelector("#history tbody tr")).getText())
                .contains("LAMP-KEEP, SCOOTER-9", "Scooter model 9 recalled");
        assertAccessible("policy-recalls");
    }

    @Test
    void aReviewerReadsThePolicyButHasNoFormToPostOne() {
        browser.signIn(url("/console/login"), "reviewer", "local-reviewer");
        browser.driver().get(url("/console/policy"));
        assertThat(browser.driver().findElement(By.id("main")).getText())
                .contains("Only the policy owner can post a new version.");
        assertThat(browser.driver().findElements(By.id("new-version"))).isEmpty();
        submit(By.cssSelector(".logout button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/login?logout");
        browser.driver().get(url("/console/reviews"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/login");
    }

    private RefundRequested thirdPartyCase(Instant respondBy) {
        String order = "NX-" + UUID.randomUUID();
        Instant now = Instant.now();
        OrderLine line = OrderLine.newBuilder().setLineId("1").setSku("TKT-7").setDescription("Concert ticket")
                .setProductType(ProductType.THIRD_PARTY_SERVICE).setMadeToOrder(MadeToOrder.NONE)
                .setSaleCondition(SaleCondition.REGULAR).setQuantity(1).setAmountPaidMinor(5_000)
                .setDeliveredAt(null).setServiceStartedAt(null).setSubscriptionPeriod(null).build();
        RefundRequested request = RefundRequested.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setRefundId(UUID.randomUUID().toString())
                .setOrderNumber(order).setOccurredAt(now).setCorrelationId("corr-" + order)
                .setCustomer(new Customer("C-42", "ana@example.com", "Ana Ruiz")).setRespondBy(respondBy)
                .setOrderedAt(now.minus(Duration.ofDays(10))).setProcessedAt(now.minus(Duration.ofDays(9)))
                .setPayment(new Payment(PaymentMethod.CARD, "pay_8f2k")).setCurrency("EUR")
                .setReason(RefundReason.NOT_DELIVERED).setDescription("The lid cracked.")
                .setEvidence(List.of(new Evidence(EvidenceKind.PHOTO, "https://cdn.example.com/1.jpg", "photo"),
                        new Evidence(EvidenceKind.OTHER, "javascript:alert(1)", null)))
                .setPreferredResolution(Resolution.REFUND).setLines(List.of(line)).build();
        try {
            kafka.send(Topics.REFUND_REQUESTED, order, request).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> reviews.find(request.getRefundId()).isPresent());
        return request;
    }

    private WebElement row(RefundRequested request) {
        return browser.driver().findElement(By.cssSelector("#queue tr[data-refund-id='" + request.getRefundId() + "']"));
    }

    private void replace(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses Tab until the focused element is the one wanted (at most 80 times). */
    private void tabUntil(Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 80; presses++) {
            if (wanted.test(browser.focused())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element; focus is on " + browser.focused().getTagName()
                + " " + browser.focused().getAttribute("id"));
    }

    private void pressEnterOnFocused() {
        WebElement button = browser.focused();
        press(Keys.ENTER);
        browser.awaitNewPage(button);
    }

    private void submit(By button) {
        browser.clickAndWait(browser.driver().findElement(button));
    }

    /** Keys typed on the keyboard, into whatever has the focus. */
    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private void assertAccessible(String page) {
        browser.fullPageScreenshot(SCREENSHOTS.resolve(page + ".png"));
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on " + page).isEmpty();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
