package io.github.hrindicators.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.examples.KyrgyzDataset;
import io.github.hrindicators.examples.report.ReportedIndicators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report as a reader sees it, in Debian's Chromium driven by its ChromeDriver (installed by
 * {@code .ci/install-browser}; skipped, with a message, only where neither is installed): at phone and desktop
 * width the page does not scroll sideways, every chart is drawn, no two texts of a chart overlap, no table cell's
 * text runs out of its cell, and the console has no errors. Screenshots go to {@code target/screenshots/}.
 */
class ReportInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "browser-report");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "No Chromium here (" + CHROMIUM + " and " + DRIVER + "): run .ci/install-browser; CI always has it");
        for (Language language : Language.values()) {
            CountryReport.of(KyrgyzDataset.load(), KyrgyzDataset.KYRGYZSTAN, 2001, 2025, "kyrgyzstan.csv",
                    ReportedIndicators.bundled(), language).write(OUT.resolve(language.code()));
        }
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1400", "en, 400", "ru, 1400", "ru, 400"})
    void readsWellAtPhoneAndDesktopWidth(String language, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(OUT.resolve(language).resolve("index.html").toAbsolutePath().toUri().toString());
        JavascriptExecutor js = driver;
        long inner = (Long) js.executeScript("return window.innerWidth");
        assertThat(inner).as("viewport width").isBetween(width - 20L, (long) width);
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) js.executeScript("return [...document.body.querySelectorAll('*')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 || !(e instanceof SVGElement) && e.scrollWidth > window.innerWidth)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ': '"
                + " + (e.textContent || '').slice(0, 50))");
        assertThat(wide).as("elements wider than the window at %d px", width).isEmpty();
        long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
        assertThat(scroll).as("page width at %d px", width).isLessThanOrEqualTo(inner);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) js.executeScript(
                "return [...document.querySelectorAll('svg.chart')].map(s => { const r = s.getBoundingClientRect();"
                        + " return {id: s.id, w: r.width, h: r.height, font: Math.min(...[...s.querySelectorAll("
                        + "'text')].map(t => t.getBoundingClientRect().height))}; })");
        assertThat(charts).hasSizeGreaterThan(4);
        for (Map<String, Object> c : charts) {
            assertThat(((Number) c.get("w")).doubleValue()).as("width of %s", c.get("id")).isPositive();
            assertThat(((Number) c.get("h")).doubleValue()).as("height of %s", c.get("id")).isPositive();
            // chart text stays readable at phone width: at least 9 px high (it was 4 px with the old charts)
            assertThat(((Number) c.get("font")).doubleValue()).as("smallest text of %s", c.get("id"))
                    .isGreaterThan(9);
        }

        @SuppressWarnings("unchecked")
        List<String> overlaps = (List<String>) js.executeScript(
                "const out = [];"
                        + "for (const s of document.querySelectorAll('svg.chart')) {"
                        + "  const r = [...s.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);"
                        + "  for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {"
                        + "    const a = r[i][1], b = r[j][1];"
                        + "    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5"
                        + "        && b.top < a.bottom - 0.5) out.push(s.id + ': ' + r[i][0] + ' / ' + r[j][0]);"
                        + "  }"
                        + "  const box = s.getBoundingClientRect();"
                        + "  for (const [t, a] of r) if (a.left < box.left - 0.5 || a.right > box.right + 0.5)"
                        + "    out.push(s.id + ': ' + t + ' runs out of the chart');"
                        + "}"
                        + "for (const td of document.querySelectorAll('td, th'))"
                        + "  if (td.scrollWidth > td.clientWidth + 1) out.push('cell: ' + td.textContent.slice(0, 60));"
                        + "return out;");
        assertThat(overlaps).as("texts that overlap or run out").isEmpty();

        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();

        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve("report-" + language + "-" + width + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path chart = driver.findElement(org.openqa.selenium.By.id("charts")).getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.copy(chart, SCREENSHOTS.resolve("charts-" + language + "-" + width + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(driver).isInstanceOf(TakesScreenshot.class);
    }
}
