package org.usmx.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type in the browser, at desktop width and at 400 px: it renders its heading, needs
 * no sideways scrolling on a phone, and leaves a screenshot under target/screenshots/ to look at.
 */
class PageTypesBrowserTest extends BrowserTest {

    private static final String[][] PAGES = {
        {"/id/document/downie-2011.html", "paper"},
        {"/id/claim/downie-2011-c061.html", "claim"},
        {"/browse/organization", "browse-organization"},
        {"/search?q=merida", "search-merida"},
        {"/ontology", "ontology"},
        {"/id/org/sedna", "not-found"},
    };

    @Test
    void everyPageTypeRendersAndFitsAPhone() {
        for (String[] page : PAGES) {
            ChromeDriver d = open(page[0]);
            assertTrue(!d.findElement(By.tagName("h1")).getText().isBlank(), page[0]);
            screenshot(page[1]);
            openAt(page[0], PHONE);
            Number overflow = (Number) d.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow.intValue(), page[0] + " scrolls sideways at 400 px");
            screenshot(page[1] + "-400px");
        }
    }
}
