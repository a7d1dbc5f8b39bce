package org.usmx.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type in the browser, at 1366 px and at 400 px: it renders its heading, needs
 * no sideways scrolling on a phone, and leaves a screenshot under target/screenshots/ to look at.
 */
class PageTypesBrowserTest extends BrowserTest {

    private static final String[][] PAGES = {
        {"/id/document/downie-2011.html", "paper"},
        {"/id/claim/downie-2011-c061.html", "claim"},
        {"/browse/organization", "browse-organization"},
        {"/search?q=merida", "search-merida"},
        {"/ontology", "ontology"},
        {"/ontology/shapes", "shapes"},
        {"/graph/downie-2011.html", "named-graph"},
        {"/id/conflict/crosspaper-merida-meeting-date.html", "conflict-node"},
        {"/reconcile/preview?id=https://w3id.org/usmx/id/org/sedena", "reconcile-preview"},
        {"/id/org/sedna", "not-found"},
    };

    /** The desktop width screenshots are taken at (a common laptop screen). */
    private static final int WIDE = 1366;

    @Test
    void everyPageTypeRendersAndFitsAPhone() {
        for (String[] page : PAGES) {
            ChromeDriver d = openAt(page[0], WIDE);
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
