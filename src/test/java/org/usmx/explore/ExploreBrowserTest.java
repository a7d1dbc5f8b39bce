package org.usmx.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.usmx.browser.BrowserTest;
import org.usmx.testing.RealGraph;

/** The explore pages in a real browser over the real data, with a screenshot of each. */
class ExploreBrowserTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static WebDriverWait waiting(ChromeDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    /** What the window shows now (the full-page screenshot of a long paper is too small to read). */
    private static void viewport(String name) throws Exception {
        java.nio.file.Path dir = org.usmx.testing.TestProject.repositoryRoot().resolve("target/screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name + ".png"), org.usmx.browser.Browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void theExplorerAroundTheMilitaryAgainstOrganizedCrimeDrawsTheApisNodesAndAnEdgeClickListsItsClaims() throws Exception {
        ChromeDriver d = open("/explore/causes?focus=factor:use-of-military-against-organized-crime&direction=both&depth=1");
        waiting(d).until(x -> x.findElement(By.id("cy")).getAttribute("data-rendered") != null);
        String api = d.findElement(By.id("cy")).getAttribute("data-api");
        JsonNode graph = JSON.readTree(server().get(api).body());
        Set<String> apiNodes = new TreeSet<>();
        graph.path("nodes").forEach(n -> apiNodes.add(n.path("iri").asText()));
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) d.executeScript("return window.usmxCausalGraph.nodes().map(n => n.id())");
        assertEquals(apiNodes, new TreeSet<>(drawn));
        assertTrue(apiNodes.size() > 5, "a real neighbourhood: " + apiNodes);

        // a real click on the middle of an edge that no node covers, the one farthest from the other edges' middles
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) d.executeScript("""
            document.getElementById('cy').scrollIntoView();
            const cy = window.usmxCausalGraph;
            const free = p => cy.nodes().every(n => { const b = n.renderedBoundingBox({ includeLabels: true });
              return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4; });
            const gap = e => Math.min(...cy.edges().filter(o => o !== e).map(o => {
              const a = e.renderedMidpoint(), b = o.renderedMidpoint(); return Math.hypot(a.x - b.x, a.y - b.y); }));
            const e = cy.edges().filter(e => free(e.renderedMidpoint())).sort((a, b) => gap(b) - gap(a))[0];
            const m = e.renderedMidpoint();
            return { id: e.id(), x: m.x, y: m.y, w: cy.width(), h: cy.height() };""");
        WebElement box = d.findElement(By.id("cy"));
        int dx = (int) Math.round(((Number) target.get("x")).doubleValue() - ((Number) target.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) target.get("y")).doubleValue() - ((Number) target.get("h")).doubleValue() / 2);
        new Actions(d).moveToElement(box, dx, dy).click().perform();
        waiting(d).until(x -> target.get("id").equals(x.findElement(By.id("edge-claims")).getAttribute("data-edge")));
        Set<String> listed = new TreeSet<>();
        d.findElements(By.cssSelector("#edge-claims .claim-card[data-claim]")).forEach(c -> listed.add(c.getAttribute("data-claim")));
        Set<String> expected = new TreeSet<>();
        graph.path("edges").forEach(e -> {
            if (e.path("iri").asText().equals(target.get("id"))) e.path("claims").forEach(c -> expected.add(c.path("iri").asText()));
        });
        assertFalse(expected.isEmpty());
        assertEquals(expected, listed);
        assertTrue(d.findElement(By.id("edge-claims")).getText().contains("“"), "the quotes are shown");
        screenshot("explore-causes");
    }

    @Test
    void theDownieReaderHighlightsEveryClaimWhoseQuoteIsInTheBodyText() throws Exception {
        long inBody = RealGraph.count("""
            SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
              ?c a usmx:Claim ; usmx:statedIn doc:downie-2011 ; usmx:evidence/oa:hasTarget/oa:hasSelector/oa:end ?end .
              section:downie-2011-notes usmx:evidence/oa:hasTarget/oa:hasSelector/oa:start ?notes .
              FILTER(?end <= ?notes) }""");
        ChromeDriver d = open("/read/downie-2011");
        @SuppressWarnings("unchecked")
        List<String> claims = (List<String>) d.executeScript(
            "return [...new Set([...document.querySelectorAll('.reader-text [data-claim]')].map(e => e.getAttribute('data-claim')))]");
        assertEquals(inBody, claims.size());
        assertTrue(inBody > 400, "Downie has hundreds of claims in its body: " + inBody);
        assertTrue(d.findElements(By.cssSelector("sup.fn a[href='#note-7']")).size() == 1, "footnote 7's marker links to its note");
        assertTrue(d.findElement(By.id("note-7")).getText().contains("Deare, p. 2."));
        WebElement mark = d.findElement(By.cssSelector("mark.claim[data-claim$='/downie-2011-c289']"));
        new Actions(d).scrollToElement(mark).perform();
        mark.click();
        waiting(d).until(x -> x.findElement(By.id("panel-body")).getAttribute("data-claim") != null);
        String panel = d.findElement(By.id("panel-body")).getText();
        assertTrue(panel.contains("Conflicts with") && panel.contains("Arzt 2009"), panel);
        assertTrue(panel.contains("use of the military against organized crime"), panel);
        viewport("explore-reader-downie-panel");
        screenshot("explore-reader-downie");
    }

    @Test
    void theTimelineShowsTheMeridaDatesAsAConflictAndPerrysVisitWithoutOne() throws Exception {
        ChromeDriver d = open("/explore/timeline");
        waiting(d).until(x -> x.findElement(By.id("timeline")).getAttribute("data-rendered") != null);
        WebElement merida = d.findElement(By.id("event-merida-initiative-agreement-2007-date"));
        assertEquals("conflict", merida.getAttribute("data-status"));
        String text = merida.getText();
        assertTrue(text.contains("March 2007") && text.contains("October 2007"), text);
        assertEquals(1, merida.findElements(By.cssSelector("a[href='/conflicts/crosspaper-merida-meeting-date']")).size());
        assertEquals(2, d.findElements(By.cssSelector("svg circle[data-item~='event-merida-initiative-agreement-2007-date']")).size(),
            "both positions are drawn");
        WebElement perry = d.findElement(By.id("event-perry-visit-to-mexico-1995-date"));
        assertEquals("agreed", perry.getAttribute("data-status"));
        assertTrue(perry.findElements(By.cssSelector(".conflict-box")).isEmpty());
        assertTrue(perry.getText().contains("1995 / October 1995"), perry.getText());
        screenshot("explore-timeline");
        d.findElement(By.cssSelector("[data-lanes=toggle]")).click();
        @SuppressWarnings("unchecked")
        List<String> lanes = (List<String>) d.executeScript("return [...document.querySelectorAll('#timeline .lane-label')].map(t => t.textContent)");
        assertEquals(List.of("Arzt 2009", "Deare 2009", "Downie 2011", "Rodríguez Sumano 2007"), lanes);
        // by paper, each paper's own date of the Mérida meeting stands in its own lane
        @SuppressWarnings("unchecked")
        List<Number> ys = (List<Number>) d.executeScript(
            "return [...document.querySelectorAll(\"svg circle[data-item~='event-merida-initiative-agreement-2007-date']\")].map(c => +c.getAttribute('cy'))");
        assertEquals(2, ys.size());
        assertTrue(ys.get(0).doubleValue() != ys.get(1).doubleValue(), "two lanes: " + ys);
        d.executeScript("document.getElementById('timeline').scrollIntoView()");
        viewport("explore-timeline-by-paper");
        open("/explore/timeline?around=event:merida-initiative-agreement-2007");
        waiting(d).until(x -> x.findElement(By.id("timeline")).getAttribute("data-rendered") != null);
        assertTrue(d.findElement(By.id("tl-detail")).getText().contains("dates contradict"));
        screenshot("explore-timeline-around-merida");
    }

    @Test
    void theConflictsIndexListsEveryConflictNodeOfTheGraph() {
        List<String> inGraph = new ArrayList<>(RealGraph.rows("SELECT DISTINCT ?c WHERE { ?c a usmx:Conflict } ORDER BY ?c"));
        ChromeDriver d = open("/conflicts");
        screenshot("explore-conflicts");
        List<String> listed = d.findElements(By.cssSelector("table.conflicts tr[data-conflict]")).stream()
            .map(tr -> tr.getAttribute("data-conflict")).sorted().toList();
        assertEquals(inGraph.stream().sorted().toList(), listed);
        assertTrue(d.findElements(By.cssSelector("table.compare tbody tr")).size() >= 4, "the comparison table has its topics");
        open("/conflicts/crosspaper-merida-meeting-date");
        String page = d.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("March 2007") && page.contains("October 2007") && page.contains("Downie 2011") && page.contains("Deare 2009"), page);
        assertFalse(page.contains("https://w3id.org"), "no raw ids on the conflict page");
        screenshot("explore-conflict-merida");
    }

    @Test
    void theTimelinePagesWithLinksThatWorkAtPhoneWidth() throws Exception {
        ChromeDriver d = openAt("/explore/timeline", PHONE);
        String heading = d.findElement(By.id("items")).getText();
        assertTrue(heading.startsWith("Dated items 1–100 of "), heading);
        WebElement later = d.findElement(By.cssSelector("nav.pager a[rel=next]"));
        d.executeScript("arguments[0].scrollIntoView({block: 'center'})", later);
        viewport("explore-timeline-pager-400px");
        later.click();
        waiting(d).until(x -> x.findElement(By.id("items")).getText().startsWith("Dated items 101–"));
        assertFalse(d.findElements(By.cssSelector("nav.pager a[rel=prev]")).isEmpty(), "a way back to the earlier items");
        assertEquals(((Number) d.executeScript("return document.documentElement.clientWidth")).longValue(),
            ((Number) d.executeScript("return document.documentElement.scrollWidth")).longValue(), "no horizontal scrolling at 400 px");
    }

    @Test
    void everyExplorePageFitsAPhoneScreen() {
        for (String page : List.of("/explore", "/explore/causes", "/explore/timeline", "/read/downie-2011", "/conflicts",
                "/conflicts/crosspaper-merida-meeting-date")) {
            ChromeDriver d = openAt(page, PHONE);
            Number scrollWidth = (Number) d.executeScript("return document.documentElement.scrollWidth");
            Number clientWidth = (Number) d.executeScript("return document.documentElement.clientWidth");
            assertEquals(clientWidth.longValue(), scrollWidth.longValue(), page + ": no horizontal scrolling at 400 px");
        }
        screenshot("explore-conflict-400px");
    }
}
