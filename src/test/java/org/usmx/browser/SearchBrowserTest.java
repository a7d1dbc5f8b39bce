package org.usmx.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search in a browser: typeahead in the header, the results page with facets and marked words. */
class SearchBrowserTest extends BrowserTest {

    @Test
    void theHeaderTypeaheadOffersSedenaForSedeAndTheKeyboardOpensIt() {
        ChromeDriver d = open("/");
        WebElement box = d.findElement(By.id("site-q"));
        box.sendKeys("sede");
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> !x.findElements(By.cssSelector("#typeahead-list li")).isEmpty());
        List<String> offered = d.findElements(By.cssSelector("#typeahead-list li")).stream().map(WebElement::getText).toList();
        int sedena = -1;
        for (int i = 0; i < offered.size(); i++) if (offered.get(i).startsWith("Secretariat of National Defense")) sedena = i;
        assertTrue(sedena >= 0, "SEDENA offered: " + offered);
        screenshot("typeahead");
        for (int i = 0; i <= sedena; i++) box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> x.getCurrentUrl().endsWith("/id/org/sedena.html"));
    }

    @Test
    void theResultsPageHasFacetsPagingAndMarkedWords() {
        ChromeDriver d = open("/search?q=military");
        assertTrue(d.findElements(By.cssSelector(".facets a")).size() >= 3, "kind and paper facets");
        assertTrue(d.findElements(By.cssSelector(".hit mark")).size() > 5, "matched words marked");
        assertEquals("military", d.findElements(By.cssSelector(".hit mark")).get(0).getText().toLowerCase());
        screenshot("search");
        d.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        assertTrue(d.getCurrentUrl().contains("page=2"));
        // a misspelling still leads to SEDENA: the index's close-spelling matches, or "did you mean" when nothing matches
        open("/search?q=sedenna");
        boolean found = !d.findElements(By.cssSelector(".hit a[href='/id/org/sedena.html']")).isEmpty()
            || d.findElements(By.cssSelector(".did-you-mean a")).stream().anyMatch(a -> a.getText().equals("sedena"));
        assertTrue(found, d.findElement(By.tagName("main")).getText());
    }
}
