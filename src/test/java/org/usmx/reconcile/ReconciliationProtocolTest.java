package org.usmx.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;

/**
 * /reconcile answers the W3C Entity Reconciliation API's own request shapes (manifest, 0.2
 * batches by GET and form POST, the draft's JSON body, suggest, preview) over the real data: a
 * spreadsheet column "Sedena", "Gen. Renuart", "Merida Initiative" matches usmx IRIs.
 */
class ReconciliationProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "https://w3id.org/usmx/id/";
    private static final String COLUMN = "{\"q0\":{\"query\":\"Sedena\"},\"q1\":{\"query\":\"Gen. Renuart\"},\"q2\":{\"query\":\"Merida Initiative\"}}";

    private static RunningServer server() {
        return RunningServer.real();
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void theManifestHasWhatTheSpecRequires() throws Exception {
        JsonNode m = ok(server().get("/reconcile"));
        List<String> versions = new ArrayList<>();
        m.path("versions").forEach(v -> versions.add(v.asText()));
        assertTrue(versions.contains("0.2"), versions.toString());
        assertFalse(m.path("name").asText().isBlank());
        assertEquals(ID, m.path("identifierSpace").asText());
        assertEquals("https://w3id.org/usmx/ontology#", m.path("schemaSpace").asText());
        assertTrue(m.path("view").path("url").asText().contains("{{id}}"));
        assertTrue(m.path("preview").path("url").asText().contains("{{id}}"));
        assertTrue(m.path("preview").path("width").isInt() && m.path("preview").path("height").isInt());
        assertTrue(m.path("defaultTypes").toString().contains("https://w3id.org/usmx/ontology#Organization"));
        for (String s : new String[] {"entity", "type", "property"}) {
            JsonNode svc = m.path("suggest").path(s);
            assertTrue(svc.path("service_url").asText().startsWith("http") && svc.path("service_path").asText().startsWith("/reconcile/suggest/"), s);
        }
    }

    private static void columnMatches(JsonNode results) {
        assertEquals(ID + "org/sedena", results.path("q0").path("result").get(0).path("id").asText(), results.toString());
        assertEquals(ID + "person/gene-renuart", results.path("q1").path("result").get(0).path("id").asText(), results.toString());
        assertEquals(ID + "initiative/merida-initiative", results.path("q2").path("result").get(0).path("id").asText(), results.toString());
        for (String q : new String[] {"q0", "q1", "q2"}) {
            JsonNode top = results.path(q).path("result").get(0);
            assertTrue(top.path("match").asBoolean(), q + " is an unambiguous match: " + results.path(q));
            assertTrue(top.path("score").isNumber() && top.path("name").isTextual() && top.path("type").isArray(), top.toString());
        }
    }

    @Test
    void aBatchByGetMatchesTheSpreadsheetColumn() throws Exception {
        columnMatches(ok(server().get("/reconcile?queries=" + RunningServer.enc(COLUMN))));
    }

    @Test
    void aBatchByFormPostMatchesTheSpreadsheetColumn() throws Exception {
        columnMatches(ok(server().post("/reconcile", "application/x-www-form-urlencoded", "queries=" + RunningServer.enc(COLUMN))));
    }

    @Test
    void theDraftJsonBodyGetsCandidatesInOrder() throws Exception {
        String body = "{\"queries\":[{\"query\":\"Sedena\",\"type\":\"Organization\",\"limit\":3},"
            + "{\"conditions\":[{\"v\":\"Gen. Renuart\"}]},{\"query\":\"Merida Initiative\"}]}";
        JsonNode r = ok(server().post("/reconcile", "application/json", body));
        JsonNode results = r.path("results");
        assertEquals(3, results.size());
        assertEquals(ID + "org/sedena", results.get(0).path("candidates").get(0).path("id").asText());
        assertTrue(results.get(0).path("candidates").size() <= 3);
        assertEquals("Secretariat of National Defense", results.get(0).path("candidates").get(0).path("name").get(0).path("str").asText());
        assertEquals(ID + "person/gene-renuart", results.get(1).path("candidates").get(0).path("id").asText());
        assertEquals(ID + "initiative/merida-initiative", results.get(2).path("candidates").get(0).path("id").asText());
    }

    @Test
    void typeAndPropertiesNarrowTheCandidates() throws Exception {
        String typed = "{\"q0\":{\"query\":\"Calderon\",\"type\":\"Person\"}}";
        JsonNode r = ok(server().get("/reconcile?queries=" + RunningServer.enc(typed)));
        r.path("q0").path("result").forEach(c -> assertTrue(c.path("type").toString().contains("ontology#Person"), c.toString()));
        assertEquals(ID + "person/felipe-calderon", r.path("q0").path("result").get(0).path("id").asText());
        String withProperty = "{\"q0\":{\"query\":\"Northern Command\",\"properties\":[{\"pid\":\"usmx:country\",\"v\":\"United States\"}]}}";
        JsonNode p = ok(server().get("/reconcile?queries=" + RunningServer.enc(withProperty)));
        assertEquals(ID + "org/usnorthcom", p.path("q0").path("result").get(0).path("id").asText(), p.toString());
        String byId = "{\"q0\":{\"query\":\"Northern Command\",\"properties\":[{\"pid\":\"country\",\"v\":{\"id\":\"place:mexico\"}}]}}";
        JsonNode wrongCountry = ok(server().get("/reconcile?queries=" + RunningServer.enc(byId)));
        JsonNode first = wrongCountry.path("q0").path("result");
        assertTrue(first.isEmpty() || !first.get(0).path("match").asBoolean(), "a property that disagrees is no match: " + first);
    }

    @Test
    void badBatchesAreProblems() throws Exception {
        HttpResponse<String> notJson = server().get("/reconcile?queries=" + RunningServer.enc("{q0:"));
        assertEquals(400, notJson.statusCode());
        assertEquals("application/problem+json", notJson.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> badType = server().get("/reconcile?queries=" + RunningServer.enc("{\"q0\":{\"query\":\"Sedena\",\"type\":\"Persona\"}}"));
        assertEquals(400, badType.statusCode());
        assertEquals("queries.q0.type", JSON.readTree(badType.body()).path("parameter").asText());
        HttpResponse<String> badPid = server().get("/reconcile?queries=" + RunningServer.enc("{\"q0\":{\"query\":\"Sedena\",\"properties\":[{\"pid\":\"usmx:nosuch\",\"v\":\"x\"}]}}"));
        assertEquals(400, badPid.statusCode());
    }

    @Test
    void suggestAndPreviewServices() throws Exception {
        JsonNode entities = ok(server().get("/reconcile/suggest/entity?prefix=Seden"));
        assertEquals(ID + "org/sedena", entities.path("result").get(0).path("id").asText(), entities.toString());
        JsonNode types = ok(server().get("/reconcile/suggest/type?prefix=Organ"));
        assertTrue(types.path("result").toString().contains("https://w3id.org/usmx/ontology#Organization"), types.toString());
        JsonNode properties = ok(server().get("/reconcile/suggest/property?prefix=nation"));
        assertTrue(properties.path("result").toString().contains("https://w3id.org/usmx/ontology#nationality"), properties.toString());
        HttpResponse<String> preview = server().get("/reconcile/preview?id=" + RunningServer.enc(ID + "org/sedena"));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(preview.body().contains("Secretariat of National Defense") && preview.body().contains("SEDENA"), preview.body());
        // a card: the name linking to the page on this service (absolute: the frame is on the client's origin), kind, other names
        org.jsoup.nodes.Document card = org.jsoup.Jsoup.parse(preview.body());
        assertEquals("Secretariat of National Defense", card.select(".card h1 a").text());
        assertTrue(card.select(".card h1 a").attr("href").matches("https?://[^/]+/id/org/sedena\\.html"), card.select(".card h1 a").attr("href"));
        assertFalse(card.select(".card .kind").text().isBlank(), card.html());
        assertTrue(card.select(".card .aliases").text().contains("SEDENA"), card.html());
        assertTrue(card.select("script").isEmpty() && card.select("[style]").isEmpty(), "no script, no inline style: " + card.html());
        // OpenRefine shows the card in a frame: this page, and only this one, may be framed
        String csp = preview.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors *") && csp.contains("script-src 'self'"), csp);
        assertFalse(preview.headers().firstValue("X-Frame-Options").isPresent());
        HttpResponse<String> page = server().get("/id/org/sedena.html");
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }
}
