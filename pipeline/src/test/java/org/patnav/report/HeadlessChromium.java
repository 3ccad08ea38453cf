package org.patnav.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium, driven through its chromedriver, for tests that look at a rendered page
 * as a reader's browser shows it: console errors, charts actually drawn, a full-page screenshot.
 *
 * <p>It uses {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's {@code chromium} and
 * {@code chromium-driver}; other paths with {@code -Dpatnav.chromium=} and {@code -Dpatnav.chromedriver=}),
 * both given to Selenium explicitly, so Selenium Manager never tries to download a browser or a driver.
 * {@link #start()} skips the calling test when they are not installed, and fails it instead under
 * {@code -Dpatnav.requireBrowser=true}, which CI sets so that a missing browser cannot pass unnoticed.
 *
 * <p>Starting takes a second or two: share one per test class, started by the first test from
 * {@code @BeforeEach} (when still null) and closed in {@code @AfterAll}. Not from {@code @BeforeAll}: Surefire
 * reports a class whose {@code @BeforeAll} skipped as "Tests run: 0", with no test skipped and no reason.
 * The jobs module's tests get this class through the pipeline test-jar.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String REQUIRE_PROPERTY = "patnav.requireBrowser";
    public static final Path BROWSER = Path.of(System.getProperty("patnav.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("patnav.chromedriver", "/usr/bin/chromedriver"));

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    /** Screenshots taller than this are cut: Chromium's limit for one capture is 16,384 pixels. */
    private static final int MAX_SCREENSHOT_HEIGHT = 16_000;

    private static final String DRAWN_CHARTS = """
            return Array.from(document.querySelectorAll('[data-chart-id]')).filter(function (el) {
              if (typeof echarts === 'undefined' || !echarts.getInstanceByDom(el)) {
                return false;
              }
              var surface = el.querySelector('svg, canvas');
              if (surface === null) {
                return false;
              }
              var box = surface.getBoundingClientRect();
              var marks = surface.tagName.toLowerCase() === 'svg' ? surface.querySelectorAll('path, text').length : 1;
              return box.width > 0 && box.height > 0 && marks > 0;
            }).length;""";

    // Selenium looks for a DevTools binding of the browser's exact version and warns on every start when it
    // has none; nothing here uses DevTools. A static field, as java.util.logging holds loggers weakly.
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.OFF);
    }

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile) {
        this.profile = profile;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    }

    /** True when both the browser and its driver are installed. */
    public static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /**
     * Starts the browser; when it is not installed, skips the calling test, or fails it when
     * {@code -Dpatnav.requireBrowser=true}.
     */
    public static HeadlessChromium start() throws IOException {
        if (!installed()) {
            String message = "headless Chromium needs " + BROWSER + " and " + DRIVER
                    + " (Debian: apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
                Assertions.fail(message + "; -D" + REQUIRE_PROPERTY + "=true says this test must not be skipped");
            }
            Assumptions.abort("skipped: " + message + "; set -D" + REQUIRE_PROPERTY + "=true to fail instead");
        }
        return new HeadlessChromium(Files.createTempDirectory("patnav-chromium-"));
    }

    private static HeadlessChromium shared;

    /**
     * One browser for all the tests of the JVM: started by the first caller (skipped or failed as
     * {@link #start()} says when there is none) and closed when the JVM exits.
     */
    public static synchronized HeadlessChromium shared() throws IOException {
        if (shared == null) {
            HeadlessChromium browser = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    browser.close();
                } catch (IOException e) {
                    System.err.println("could not remove the browser profile: " + e.getMessage());
                }
            }));
            shared = browser;
        }
        return shared;
    }

    /** Opens a local file and waits until it is loaded and painted (inline scripts have run by then). */
    public void open(Path file) {
        driver.get(file.toAbsolutePath().toUri().toString());
        waitForPaint();
    }

    /** The console's SEVERE entries (uncaught errors, console.error, failed loads) since the last call. */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** How many elements of the page are chart containers ({@code [data-chart-id]}). */
    public int chartContainers() {
        return ((Number) script("return document.querySelectorAll('[data-chart-id]').length;")).intValue();
    }

    /**
     * How many chart containers hold an ECharts instance that drew something: an SVG with marks in it, or a
     * canvas, of nonzero size.
     */
    public int drawnCharts() {
        return ((Number) script(DRAWN_CHARTS)).intValue();
    }

    /**
     * Saves the whole page as a PNG: the window is made {@value #WIDTH} pixels wide and as tall as the page
     * (at most {@value #MAX_SCREENSHOT_HEIGHT}), then put back.
     */
    public Path screenshot(Path png) throws IOException {
        long pageHeight = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
        int height = (int) Math.min(Math.max(pageHeight, HEIGHT), MAX_SCREENSHOT_HEIGHT);
        // The window's size includes what the browser takes around the page: add that, so the page fits.
        long frame = ((Number) script("return window.outerHeight - window.innerHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(WIDTH, (int) (height + frame)));
        try {
            waitForPaint();
            byte[] image = driver.getScreenshotAs(OutputType.BYTES);
            Path dir = png.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            return Files.write(png, image);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    /** Runs JavaScript in the page ({@code return ...} for a value; {@code arguments[i]} are the args). */
    public Object script(String javaScript, Object... args) {
        return driver.executeScript(javaScript, args);
    }

    /** The Selenium driver, for what this class does not offer. */
    public ChromeDriver driver() {
        return driver;
    }

    // Two animation frames: the page has laid out and painted what its scripts drew.
    private void waitForPaint() {
        driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                function frames() {
                  requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });
                }
                if (document.readyState === 'complete') {
                  frames();
                } else {
                  window.addEventListener('load', frames);
                }""");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
