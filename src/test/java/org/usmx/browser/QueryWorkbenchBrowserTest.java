package org.usmx.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.usmx.testing.RunningServer;

/** The query workbench in a real browser: URL queries run on open, examples load and run, errors mark their line. */
class QueryWorkbenchBrowserTest extends BrowserTest {

    private static final String TWO_ORGS = """
        SELECT ?org ?name WHERE {
          VALUES ?org { inst:sedena inst:semar }
          ?org skos:prefLabel ?name .
        } ORDER BY ?org""";

    private static List<WebElement> resultLinks(ChromeDriver d) {
        return d.findElements(By.cssSelector("#results table tbody a"));
    }

    private static void waitForLabels(ChromeDriver d) {
        // links are labelled by a second query; wait until the first link no longer shows a prefixed name
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> !resultLinks(d).isEmpty() && !resultLinks(d).get(0).getText().contains(":"));
    }

    @Test
    void aQueryInTheUrlRunsOnOpenAndShowsRowsAsLabelledLinks() {
        ChromeDriver d = open("/query?query=" + RunningServer.enc(TWO_ORGS));
        waitFor("#results table");
        waitForLabels(d);
        List<WebElement> links = resultLinks(d);
        assertEquals(2, links.size(), "one link per row for ?org");
        assertTrue(links.get(0).getAttribute("href").endsWith("/id/org/sedena.html"), links.get(0).getAttribute("href"));
        assertTrue(links.get(0).getText().contains("National Defense"), "SEDENA's label, not its IRI: " + links.get(0).getText());
        assertTrue(links.get(1).getAttribute("href").endsWith("/id/org/semar.html"));
        assertTrue(d.findElement(By.id("query-status")).getText().matches("2 rows in \\d+ ms"), d.findElement(By.id("query-status")).getText());
        assertTrue(d.findElement(By.id("download-csv")).getAttribute("href").contains("format=csv"));
        screenshot("query-results");
    }

    @Test
    void anExampleLoadsWithItsParameterAndRunsAndTheBackButtonReturnsToTheEarlierQuery() {
        ChromeDriver d = open("/query");
        WebElement example = d.findElement(By.cssSelector("li.example[data-name='posts-of-person']"));
        example.findElement(By.tagName("summary")).click();
        WebElement person = example.findElement(By.name("person"));
        assertEquals("person:gene-renuart", person.getAttribute("value"), "the declared default");
        example.findElement(By.cssSelector("button.load-example")).click();
        waitFor(".notice");
        String editor = (String) d.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertTrue(editor.contains("person:gene-renuart"), "the parameter is bound in the loaded query: " + editor);
        d.findElement(By.id("run-query")).click();
        waitFor("#results table");
        String table = d.findElement(By.cssSelector("#results table")).getText();
        assertTrue(table.contains("Commander of the US Northern Command"), table);
        assertTrue(d.getCurrentUrl().contains("/query?query="), "the query is in the URL: " + d.getCurrentUrl());
        String first = d.getCurrentUrl();

        d.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", TWO_ORGS);
        d.findElement(By.id("run-query")).click();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> !x.getCurrentUrl().equals(first) && resultLinks(d).size() == 2);
        d.navigate().back();
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> x.getCurrentUrl().equals(first)
            && d.findElements(By.cssSelector("#results table")).size() == 1
            && d.findElement(By.cssSelector("#results table")).getText().contains("Commander of the US Northern Command"));
        screenshot("query-example");
    }

    @Test
    void aSyntaxErrorMarksItsLineInTheEditor() {
        ChromeDriver d = open("/query?query=" + RunningServer.enc("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?s = )\n}"));
        WebElement error = waitFor("#query-error");
        assertTrue(error.getText().contains("line 3"), error.getText());
        WebElement marked = waitFor(".CodeMirror .server-error-line");
        assertEquals("3", marked.findElement(By.cssSelector(".CodeMirror-linenumber")).getText());
        screenshot("query-syntax-error");
    }
}
