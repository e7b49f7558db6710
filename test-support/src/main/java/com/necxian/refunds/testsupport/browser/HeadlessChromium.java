package com.necxian.refunds.testsupport.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium (/usr/bin/chromium) driven headless through Debian's chromedriver, given by path so that
 * Selenium never looks for or downloads a browser or driver of its own. Fails with what to install when either is
 * missing. Also runs axe-core (the script shipped in axe-core's jar) on the page shown.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "/axe.min.js";

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A new browser with a window of the given size (screenshots show this much). */
    public static HeadlessChromium start(int width, int height) {
        for (Path needed : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the console's browser tests need Debian's "
                        + "Chromium and its driver (apt-get install -y chromium chromium-driver; .ci/run does it)");
            }
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-extensions", "--no-first-run", "--window-size=" + width + "," + height, "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Signs in on a form with {@code username} and {@code password} fields, as a person would. */
    public void signIn(String loginUrl, String username, String password) {
        driver.get(loginUrl);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(driver.findElement(By.cssSelector("button[type=submit]")));
    }

    /** Clicks what loads a new page (a link, a submit button) and waits until the old page is gone. */
    public void clickAndWait(WebElement element) {
        element.click();
        awaitNewPage(element);
    }

    /**
     * Waits until the element (of the page shown before) is no longer in the page shown. Asked while the new page
     * replaces the old one, chromedriver may answer "does not belong to the document" instead of a stale element:
     * that too means the old page is gone.
     */
    public void awaitNewPage(WebElement before) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(shown -> {
            try {
                return ExpectedConditions.stalenessOf(before).apply(shown);
            } catch (WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        });
    }

    /**
     * axe-core's serious and critical violations on the page shown (WCAG 2 A and AA rules and best practices), one
     * line each: rule, impact, the elements. Empty when there are none.
     */
    public List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeScript());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                                   nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: String(e)}]));""");
        List<String> serious = new ArrayList<>();
        for (Object item : (List<?>) result) {
            Map<?, ?> violation = (Map<?, ?>) item;
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.get("id") + " (" + impact + ") at " + violation.get("nodes"));
            }
        }
        return serious;
    }

    /** A PNG of the viewport, written to {@code file} (folders made as needed). */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the whole page, as tall as its content (up to 4000 pixels). */
    public void fullPageScreenshot(Path file) {
        var size = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
                (int) Math.min(4000, Math.max(size.getHeight(), height + 140))));
        try {
            screenshot(file);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axeScript() {
        try (InputStream in = HeadlessChromium.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
