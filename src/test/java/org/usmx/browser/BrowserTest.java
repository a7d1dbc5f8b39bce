package org.usmx.browser;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.usmx.testing.RunningServer;

/**
 * Base of the browser tests: the shared real server and headless chromium ({@link Browser}),
 * and helpers to open pages, wait for elements and save screenshots. Nothing is skipped when the
 * browser is missing: CI installs chromium and chromium-driver.
 */
@Tag("browser")
public abstract class BrowserTest {

    protected static final int DESKTOP = 1280;
    protected static final int PHONE = 400;

    protected static RunningServer server() {
        return Browser.server();
    }

    protected static ChromeDriver open(String pathAndQuery) {
        return Browser.open(pathAndQuery, DESKTOP);
    }

    protected static ChromeDriver openAt(String pathAndQuery, int width) {
        return Browser.open(pathAndQuery, width);
    }

    /** Waits (up to 20 s) until an element matching the CSS selector is visible. */
    protected static WebElement waitFor(String css) {
        return new WebDriverWait(Browser.driver(), Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    protected static void screenshot(String name) {
        Browser.screenshot(name);
    }
}
