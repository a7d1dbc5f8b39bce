package org.usmx.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/**
 * One headless Debian chromium and one real server over the real data, shared by every browser
 * test in the JVM (started on first use, stopped when the JVM exits). Selenium is pointed at the
 * packaged browser and driver: nothing downloads a browser here.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = TestProject.repositoryRoot().resolve("target/screenshots");

    private static ChromeDriver driver;
    private static RunningServer server;

    private Browser() {}

    public static synchronized ChromeDriver driver() {
        if (driver == null) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", "--lang=en-US");
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    /** The real service over the real curated data, shared by the browser tests. */
    public static synchronized RunningServer server() {
        // the real-data server every integration test of the JVM shares
        if (server == null) server = RunningServer.real();
        return server;
    }

    /** Opens a path of the shared server in the shared browser at the given window width. */
    public static ChromeDriver open(String pathAndQuery, int width) {
        ChromeDriver d = driver();
        d.manage().window().setSize(new Dimension(width, 900));
        d.get(server().base() + pathAndQuery);
        return d;
    }

    /**
     * A full-page PNG of what the browser shows, under target/screenshots/{name}.png, for people
     * to look at. Chrome's DevTools capture beyond the viewport gives the whole page in one image.
     */
    public static Path screenshot(String name) {
        ChromeDriver d = driver();
        try {
            Files.createDirectories(SCREENSHOTS);
            Object width = d.executeScript("return document.documentElement.scrollWidth");
            Object height = d.executeScript("return Math.min(document.documentElement.scrollHeight, 8000)");
            Map<String, Object> shot = d.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            byte[] png = OutputType.BYTES.convertFromBase64Png((String) shot.get("data"));
            Path out = SCREENSHOTS.resolve(name + ".png");
            Files.write(out, png);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
