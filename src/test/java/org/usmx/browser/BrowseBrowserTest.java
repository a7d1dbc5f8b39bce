package org.usmx.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.usmx.testing.RealGraph;

/** /browse/{kind} in a browser: paging through every person, sorting, filtering by paper. */
class BrowseBrowserTest extends BrowserTest {

    @Test
    void pagingThroughPeopleShowsEveryPersonOnce() {
        ChromeDriver d = open("/browse/person");
        screenshot("browse-person");
        List<String> seen = new ArrayList<>();
        for (int guard = 0; guard < 20; guard++) {
            d.findElements(By.cssSelector(".browse-table tbody td:first-child a")).forEach(a -> seen.add(a.getAttribute("href")));
            List<WebElement> next = d.findElements(By.cssSelector("nav.pager a[rel=next]"));
            if (next.isEmpty()) break;
            next.get(0).click();
        }
        long people = RealGraph.count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a ?t FILTER(STRSTARTS(STR(?p), STR(person:))) }");
        assertEquals(people, seen.size(), "every person listed");
        assertEquals(seen.size(), new TreeSet<>(seen).size(), "nobody twice");
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("(" + people + ")"), "the true total in the heading");
    }

    @Test
    void factorsSortByClaimsAndFilterByPaper() {
        ChromeDriver d = open("/browse/factor?sort=claims&paper=deare-2009");
        List<Long> claims = d.findElements(By.cssSelector(".browse-table tbody td.num:nth-child(3)")).stream()
            .map(td -> Long.parseLong(td.getText())).toList();
        assertTrue(claims.size() > 5);
        for (int i = 1; i < claims.size(); i++) assertTrue(claims.get(i - 1) >= claims.get(i), "sorted by claims: " + claims);
        assertTrue(d.findElement(By.cssSelector(".browse-filter select[name=paper]")).getAttribute("value").equals("deare-2009"));
        screenshot("browse-factor-by-claims");
    }
}
