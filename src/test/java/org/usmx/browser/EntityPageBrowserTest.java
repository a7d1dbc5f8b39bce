package org.usmx.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Entity pages as a browser shows them: statements with references, readable on a phone. */
class EntityPageBrowserTest extends BrowserTest {

    @Test
    void sedenaShowsGalvanGalvansPostAsOneStatementWithSeveralReferences() {
        ChromeDriver d = open("/id/org/sedena.html");
        List<WebElement> galvan = d.findElements(By.cssSelector("#posts .statement")).stream()
            .filter(s -> s.findElement(By.cssSelector(".value a.main")).getText().equals("Guillermo Galván Galván")).toList();
        assertEquals(1, galvan.size(), "one statement for his post");
        List<WebElement> refs = galvan.get(0).findElements(By.cssSelector("li.reference"));
        assertTrue(refs.size() >= 3, "several references: " + refs.size());
        assertTrue(refs.get(0).isDisplayed(), "references are visible without a click");
        assertTrue(galvan.get(0).getText().contains("Secretary of National Defense"));
        screenshot("entity-organization");
        openAt("/id/org/sedena.html", PHONE);
        Number scroll = (Number) d.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, scroll.intValue(), "no sideways scrolling at 400 px");
        screenshot("entity-organization-400px");
    }

    @Test
    void personEventAndFactorPagesRender() {
        for (String[] page : new String[][] {{"/id/person/gene-renuart.html", "entity-person"},
                {"/id/event/merida-initiative-agreement-2007.html", "entity-event"},
                {"/id/factor/use-of-military-against-organized-crime.html", "entity-factor"},
                {"/id/initiative/merida-initiative.html", "entity-initiative"}}) {
            ChromeDriver d = open(page[0]);
            assertTrue(!d.findElement(By.tagName("h1")).getText().isBlank(), page[0]);
            screenshot(page[1]);
        }
    }
}
