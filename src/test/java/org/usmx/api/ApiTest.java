package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usmx.testing.FixtureServer;
import org.usmx.testing.RunningServer;

/** The JSON API on the real server over the fixture data. */
@ExtendWith(FixtureServer.class)
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start(RunningServer shared) {
        server = shared;
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void traceFollowsAClaimToPassageFootnoteCitedWorkAndConflicts() throws Exception {
        HttpResponse<String> r = server.get("/api/claims/alpha-2001-c2/trace");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode t = json(r);
        assertEquals("https://w3id.org/usmx/id/claim/alpha-2001-c2", t.path("iri").asText());
        JsonNode ev = t.path("evidence");
        assertEquals("Distrust grew after the border war.", ev.path("quote").asText());
        assertEquals(175, ev.path("start").asInt());
        assertEquals(210, ev.path("end").asInt());
        assertEquals(2, ev.path("page").asInt());
        assertEquals("https://w3id.org/usmx/id/document/alpha-2001", ev.path("source").path("iri").asText());
        JsonNode fn = t.path("footnotes").get(0);
        assertEquals(1, fn.path("number").asInt());
        assertEquals("Naval Matters", fn.path("cites").get(0).path("title").asText());
        assertEquals("p. 2", fn.path("cites").get(0).path("pages").asText());
        assertEquals("https://w3id.org/usmx/id/claim/beta-2002-c1", t.path("conflictsWith").get(0).path("iri").asText());
        assertEquals("Joint exercises reduce distrust between the navies.", t.path("conflictsWith").get(0).path("quote").asText());
        assertEquals("https://w3id.org/usmx/id/event/border-war", t.path("cause").get(0).path("iri").asText());
        assertEquals("Border war", t.path("cause").get(0).path("label").asText());
    }

    @Test
    void unknownAndMalformedClaimsGetProblemJson() throws Exception {
        HttpResponse<String> missing = server.get("/api/claims/alpha-2001-c99/trace");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json(missing).path("detail").asText().contains("alpha-2001-c99"));
        HttpResponse<String> bad = server.get("/api/claims/Bad%20Id/trace");
        assertEquals(400, bad.statusCode());
        assertEquals("Bad parameter: id", json(bad).path("title").asText());
    }

    @Test
    void queryLibraryListsAndRunsWithBoundParameters() throws Exception {
        JsonNode list = json(server.get("/api/queries"));
        assertEquals(1, list.path("total").asInt());
        assertEquals("Posts a person held", list.path("items").get(0).path("title").asText());
        JsonNode run = json(server.get("/api/queries/posts-of-person"));
        assertEquals(1, run.path("total").asInt());
        assertEquals("Secretary of the Navy", run.path("rows").get(0).path("role").asText());
        assertEquals("2001-03", run.path("rows").get(0).path("when").asText());
        JsonNode other = json(server.get("/api/queries/posts-of-person?person=person:alpha-author"));
        assertEquals(0, other.path("total").asInt());
    }

    @Test
    void badQueryParametersAreRefusedWithTheParameterNamed() throws Exception {
        HttpResponse<String> injection = server.get("/api/queries/posts-of-person?person=" + RunningServer.enc("x> } SELECT * { ?s ?p ?o"));
        assertEquals(400, injection.statusCode());
        assertEquals("Bad parameter: person", json(injection).path("title").asText());
        HttpResponse<String> unknown = server.get("/api/queries/posts-of-person?persn=person:jane-roe");
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).path("detail").asText().contains("persn"));
        assertEquals(404, server.get("/api/queries/no-such-query").statusCode());
    }

    @Test
    void etagTiedToTheDataHashGives304() {
        HttpResponse<String> first = server.get("/api/queries");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.contains(server.store().dataHash().substring(0, 32)));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        HttpResponse<String> again = server.get("/api/queries", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void searchFindsAccentCaseAcronymAndPrefixVariantsOfOneEntity() throws Exception {
        for (String q : new String[] {"armada de testlandia", "ARMADA DE TESTLANDÍA", "navy testland", "Arma"}) {
            JsonNode r = json(server.get("/api/search?kind=entity&q=" + RunningServer.enc(q)));
            assertTrue(r.path("total").asInt() >= 1, q);
            assertEquals("https://w3id.org/usmx/id/org/testland-navy", r.path("items").get(0).path("iri").asText(), q);
        }
        // a bare prefix: "Testland" (the place) is the whole name it starts, so it comes first, the navy next
        JsonNode prefix = json(server.get("/api/search?kind=entity&q=testl"));
        assertEquals("https://w3id.org/usmx/id/place/testland", prefix.path("items").get(0).path("iri").asText());
        assertEquals("https://w3id.org/usmx/id/org/testland-navy", prefix.path("items").get(1).path("iri").asText());
        JsonNode mindef = json(server.get("/api/search?q=mindef"));
        assertEquals("https://w3id.org/usmx/id/org/testland-defense-ministry", mindef.path("items").get(0).path("iri").asText());
    }

    @Test
    void quoteSearchFindsClaimsByTheirText() throws Exception {
        JsonNode r = json(server.get("/api/search?kind=claim&q=" + RunningServer.enc("distrust grew")));
        assertEquals("https://w3id.org/usmx/id/claim/alpha-2001-c2", r.path("items").get(0).path("iri").asText());
        assertEquals(400, server.get("/api/search?q=").statusCode());
        assertEquals(400, server.get("/api/search?q=x&kind=thing").statusCode());
        assertEquals(400, server.get("/api/search?q=x&limit=nine").statusCode());
    }

    @Test
    void claimsFilterByFacetAndPaginateWithTotals() throws Exception {
        JsonNode all = json(server.get("/api/claims?limit=2"));
        assertEquals(4, all.path("total").asInt());
        assertEquals(2, all.path("items").size());
        JsonNode byEffect = json(server.get("/api/claims?effect=factor:distrust&type=CausalClaim"));
        assertEquals(2, byEffect.path("total").asInt());
        JsonNode bySource = json(server.get("/api/claims?source=doc:beta-2002"));
        assertEquals(1, bySource.path("total").asInt());
        assertEquals("https://w3id.org/usmx/id/claim/beta-2002-c1", bySource.path("items").get(0).path("iri").asText());
        assertEquals("Joint exercises reduce distrust between the navies.", bySource.path("items").get(0).path("quote").asText());
        assertEquals(400, server.get("/api/claims?limit=0").statusCode());
        JsonNode one = json(server.get("/api/claims/alpha-2001-c1"));
        assertEquals("https://w3id.org/usmx/ontology#Increases", one.path("polarity").asText());
    }

    @Test
    void sourcesCarryMetadataCountsAndTheTextWithClaimSpans() throws Exception {
        JsonNode list = json(server.get("/api/sources"));
        assertEquals(2, list.path("total").asInt());
        JsonNode alpha = list.path("items").get(0);
        assertEquals("Alpha Paper on Navies", alpha.path("title").asText());
        assertEquals(3, alpha.path("claimCount").asInt());
        assertEquals(1, alpha.path("noteCount").asInt());
        JsonNode one = json(server.get("/api/sources/alpha-2001"));
        String text = one.path("text").asText();
        JsonNode span = one.path("claimSpans").get(0);
        assertEquals("The Navy of Testland trusts its neighbours because of joint exercises.",
            text.substring(span.path("start").asInt(), span.path("end").asInt()));
        assertEquals(404, server.get("/api/sources/gamma-2003").statusCode());
    }

    @Test
    void conflictsListBothSidesWithSourcesAndQuotes() throws Exception {
        JsonNode c = json(server.get("/api/conflicts")).path("items").get(0);
        assertEquals("When the border war ended", c.path("topic").asText());
        assertEquals(2, c.path("sides").size());
        assertEquals("1899", c.path("sides").get(0).path("value").asText());
        assertEquals("The border war ended in 1898.", c.path("sides").get(1).path("quote").asText());
    }

    @Test
    void entitiesListByTypeAndQueryAndShowFactsPostsAndClaims() throws Exception {
        JsonNode orgs = json(server.get("/api/entities?type=Organization"));
        assertEquals(2, orgs.path("total").asInt());
        JsonNode byName = json(server.get("/api/entities?q=armada"));
        assertEquals("https://w3id.org/usmx/id/org/testland-navy", byName.path("items").get(0).path("iri").asText());
        JsonNode navy = json(server.get("/api/entities/org/testland-navy"));
        assertTrue(navy.path("facts").toString().contains("Armada de Testlandia"));
        assertEquals("https://w3id.org/usmx/id/person/jane-roe", navy.path("memberships").get(0).path("person").asText());
        assertEquals("https://w3id.org/usmx/id/claim/alpha-2001-c1", navy.path("claims").get(0).path("claim").asText());
        assertEquals(404, server.get("/api/entities/org/no-such-org").statusCode());
        assertEquals(400, server.get("/api/entities/org/Bad_Slug").statusCode());
    }

    @Test
    void causalGraphAroundAFactorAndAlongPaths() throws Exception {
        JsonNode around = json(server.get("/api/causal-graph?from=factor:joint-exercises&depth=1"));
        assertEquals(2, around.path("edges").size(), around.toString());
        JsonNode path = json(server.get("/api/causal-graph?from=factor:joint-exercises&to=event:border-war&depth=3"));
        assertEquals(2, path.path("edges").size(), path.toString());
        JsonNode first = null;
        for (JsonNode e : path.path("edges")) if (e.path("from").asText().endsWith("/joint-exercises")) first = e;
        assertEquals("https://w3id.org/usmx/id/claim/alpha-2001-c1", first.path("claims").get(0).path("iri").asText(), path.toString());
        assertEquals(400, server.get("/api/causal-graph?from=factor:unknown").statusCode(), "a factor that names nothing is a bad parameter");
        assertEquals(400, server.get("/api/causal-graph").statusCode());
    }

    @Test
    void timelineOrdersDatedFactsAndFlagsConflictingDates() throws Exception {
        JsonNode t = json(server.get("/api/timeline"));
        JsonNode first = t.path("items").get(0);
        assertEquals("1898", first.path("date").asText());
        assertEquals("year", first.path("precision").asText());
        assertEquals("conflict", first.path("status").asText());
        assertEquals("1899", first.path("positions").get(1).path("date").asText());
        assertEquals("https://w3id.org/usmx/id/conflict/border-war-end", first.path("conflict").path("iri").asText());
        assertEquals("The border war ended in 1898.", first.path("positions").get(0).path("sources").get(0).path("quote").asText());
        JsonNode window = json(server.get("/api/timeline?from=2000&to=2001"));
        assertTrue(window.path("total").asInt() >= 2);
        window.path("items").forEach(e -> assertTrue(e.path("date").asText().startsWith("2001")));
        assertEquals(400, server.get("/api/timeline?from=March").statusCode());
    }
}
