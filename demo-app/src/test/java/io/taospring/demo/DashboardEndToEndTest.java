package io.taospring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): the chart gets
 * data points, the latest-readings table gets a row per meter, and pressing "surge" on a meter makes its
 * alert appear. Saves a screenshot to {@code target/e2e/dashboard.png} whatever the outcome.
 *
 * <p>Without Chromium the test is skipped with a message saying what to install, except on CI
 * ({@code CI} set, as {@code .ci/run} runs), where it fails: {@code .ci/run} installs the browser, so its
 * absence there is a broken build, not a reason to skip. {@code -Dchromium.binary} and
 * {@code -Dchromedriver.binary} point at other locations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "demo.meters.count=4", "demo.meters.rate=4", "demo.meters.over-voltage-probability=0"})
@DisabledIf(value = "chromiumMissingOutsideCi", disabledReason = "Chromium or ChromeDriver is not installed"
        + " (apt-get install chromium chromium-driver)")
class DashboardEndToEndTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOT = Path.of("target", "e2e", "dashboard.png");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private WebDriver browser;

    private static final String MISSING = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER + ") is not"
            + " installed: install Debian's chromium and chromium-driver packages (.ci/run does), or set"
            + " -Dchromium.binary and -Dchromedriver.binary";

    /** The condition of {@code @DisabledIf}: skipped, with the reason on the console, on a developer's machine. */
    static boolean chromiumMissingOutsideCi() {
        boolean skip = !chromiumInstalled() && System.getenv("CI") == null;
        if (skip) {
            System.err.println("SKIPPED DashboardEndToEndTest: " + MISSING);
        }
        return skip;
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** On CI the browser is part of the build: its absence fails the test instead of skipping it. */
    @BeforeAll
    static void requireChromium() {
        if (!chromiumInstalled()) {
            Assertions.fail(MISSING);
        }
    }

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            Files.createDirectories(SCREENSHOT.getParent());
            Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void showsLiveReadingsAndTheAlertOfAForcedSurge() {
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

        long points = wait.until(page -> {
            long n = chartPoints();
            return n >= 8 ? n : null;
        });
        assertThat(points).isGreaterThanOrEqualTo(8);
        wait.until(page -> page.findElements(By.cssSelector("#latest tbody tr")).size() == 4);
        assertThat(browser.findElements(By.cssSelector("#latest tbody tr td:first-child")))
                .extracting(cell -> cell.getText()).containsExactly("d1001", "d1002", "d1003", "d1004");
        assertThat(browser.findElements(By.cssSelector("#alerts li"))).isEmpty();

        browser.findElement(By.cssSelector("#latest button[data-meter='d1003']")).click();

        String alert = wait.until(page -> page.findElements(By.cssSelector("#alerts li[data-meter='d1003']"))
                .stream().findFirst().map(item -> item.getText()).orElse(null));
        assertThat(alert).contains("d1003", "California.SanDiego").containsPattern("2[4-9][0-9] V");
    }

    /** The data points of every series of the chart, as ECharts holds them. */
    private long chartPoints() {
        Object n = ((JavascriptExecutor) browser).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('chart')).getOption().series.reduce((n, s) => n + s.data.length, 0);");
        return ((Number) n).longValue();
    }
}
