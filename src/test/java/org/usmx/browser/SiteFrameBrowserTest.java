package org.usmx.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The frame every page shares, as a browser renders it: stylesheet applied, navigation, search box. */
class SiteFrameBrowserTest extends BrowserTest {

    @Test
    void homeLoadsItsVersionedStylesheetAndShowsTheNavigation() {
        ChromeDriver d = open("/");
        // the stylesheet arrived: the header gets its flex layout only from site.css
        assertEquals("flex", d.findElement(By.cssSelector("header.site")).getCssValue("display"));
        List<String> nav = d.findElements(By.cssSelector("header.site nav a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Home", "Query", "Browse", "Explore", "Conflicts", "Ontology"), nav);
        assertEquals("page", d.findElement(By.linkText("Home")).getAttribute("aria-current"));
        assertTrue(d.findElements(By.cssSelector("main a[href^='/id/document/']")).size() >= 4, "the four papers");
        screenshot("home");
    }

    @Test
    void homeFitsAPhoneScreen() {
        ChromeDriver d = openAt("/", PHONE);
        Number scrollWidth = (Number) d.executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) d.executeScript("return document.documentElement.clientWidth");
        assertEquals(clientWidth.longValue(), scrollWidth.longValue(), "no horizontal scrolling at 400 px");
        screenshot("home-400px");
    }
}
