package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;

/**
 * The findings of issue 11 over the real data: filters that cannot match say so, claims by
 * subject follow the graph, and each field has one shape.
 */
class FindabilityRegressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "https://w3id.org/usmx/id/";

    private static HttpResponse<String> get(String path) {
        return RunningServer.real().get(path);
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode problem(String path, String parameter) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(400, r.statusCode(), path + ": " + r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), path);
        JsonNode p = JSON.readTree(r.body());
        assertEquals(parameter, p.path("parameter").asText(), r.body());
        return p;
    }

    private static List<String> closeValues(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("closeMatches").forEach(m -> out.add(m.path("value").asText()));
        return out;
    }

    @Test
    void aMistypedFilterIsA400WithCloseMatches() throws Exception {
        assertTrue(closeValues(problem("/api/claims?about=inst:sedna", "about")).contains("inst:sedena"));
        JsonNode w3cOrg = problem("/api/claims?about=org:usnorthcom", "about");
        assertTrue(closeValues(w3cOrg).contains("inst:usnorthcom"), w3cOrg.toString());
        assertTrue(w3cOrg.path("detail").asText().contains("http://www.w3.org/ns/org#"), w3cOrg.toString());
        assertTrue(closeValues(problem("/api/entities?type=persona", "type")).contains("person"));
        assertTrue(closeValues(problem("/api/claims?type=CausalClam", "type")).contains("CausalClaim"));
        problem("/api/claims?source=doc:downie-2012", "source");
        problem("/api/claims?cause=factor:corruptoin", "cause");
        problem("/api/timeline?about=inst:sedna", "about");
        problem("/api/causal-graph?from=factor:corruptoin", "from");
        problem("/api/claims?expand=maybe", "expand");
    }

    @Test
    void holdersOutsideTheEntitiesAreValidFilters() throws Exception {
        JsonNode r = ok("/api/claims?attributedTo=usmx:UnnamedAnalysts&limit=100");
        assertTrue(r.path("total").asInt() > 0, r.toString());
        r.path("items").forEach(c -> assertTrue(c.path("attributedTo").toString().contains("UnnamedAnalysts"), c.toString()));
    }

    @Test
    void aValidFilterThatMatchesNothingIsAnEmptyPage() throws Exception {
        JsonNode r = ok("/api/claims?about=inst:sedena&q=xylophone");
        assertEquals(0, r.path("total").asInt());
        assertEquals(0, r.path("items").size());
    }

    @Test
    void claimsAboutSedenaFollowSubUnitsAndPostHolders() throws Exception {
        JsonNode narrow = ok("/api/claims?about=inst:sedena&expand=false&limit=1000");
        JsonNode wide = ok("/api/claims?about=inst:sedena&limit=1000");
        assertTrue(wide.path("expand").asBoolean());
        assertTrue(wide.path("total").asInt() > narrow.path("total").asInt() + 20, narrow.path("total") + " vs " + wide.path("total"));
        narrow.path("items").forEach(c -> assertTrue(c.path("about").toString().contains(ID + "org/sedena"), c.toString()));
        String all = wide.path("items").toString();
        assertTrue(all.contains(ID + "org/mexican-army"), "a claim about the Mexican Army (a SEDENA sub-organization)");
        assertTrue(all.contains(ID + "person/guillermo-galvan-galvan"), "a claim about Galván Galván, SEDENA's secretary");
        assertEquals(wide.path("total").asInt(), wide.path("items").size());
    }

    @Test
    void claimsPageInSparqlWithATrueTotal() throws Exception {
        JsonNode first = ok("/api/claims?about=inst:sedena&limit=5");
        JsonNode second = ok("/api/claims?about=inst:sedena&limit=5&offset=5");
        assertEquals(first.path("total"), second.path("total"));
        assertTrue(first.path("total").asInt() > 10);
        assertEquals(5, second.path("items").size());
        assertTrue(!first.path("items").get(0).path("iri").equals(second.path("items").get(0).path("iri")));
    }

    @Test
    void textCombinesWithFacets() throws Exception {
        JsonNode r = ok("/api/claims?q=unthinkable&source=doc:downie-2011");
        assertEquals(1, r.path("total").asInt(), r.toString());
        assertEquals(ID + "claim/downie-2011-c061", r.path("items").get(0).path("iri").asText());
        assertEquals(2, ok("/api/claims?q=unthinkable").path("total").asInt(), "Deare's and Downie's");
    }

    @Test
    void narrowerFactorsCountForTheirBroaderFactor() throws Exception {
        JsonNode narrow = ok("/api/claims?about=factor:institutional-weakness-in-mexico&expand=false&limit=1000");
        JsonNode wide = ok("/api/claims?about=factor:institutional-weakness-in-mexico&limit=1000");
        assertTrue(wide.path("total").asInt() > narrow.path("total").asInt(), narrow.path("total") + " vs " + wide.path("total"));
    }

    @Test
    void entityFactsAndPostsCarryQuotePaperAndPage() throws Exception {
        JsonNode e = ok("/api/entities/event/perry-visit-to-mexico-1995");
        boolean quoted = false;
        for (JsonNode f : e.path("facts")) {
            if (f.has("quote")) {
                quoted = true;
                assertTrue(f.path("paper").asText().startsWith(ID + "document/"), f.toString());
                if (f.has("page")) assertTrue(f.path("page").isIntegralNumber(), f.toString());
            }
        }
        assertTrue(quoted, "some fact about Perry's visit carries its quote: " + e.path("facts"));
        JsonNode posts = ok("/api/entities/person/gene-renuart").path("memberships");
        for (JsonNode m : posts) {
            assertTrue(m.path("quote").isTextual() && m.path("paper").isTextual(), m.toString());
            if (m.has("page")) assertTrue(m.path("page").isIntegralNumber(), m.toString());
        }
        assertTrue(posts.toString().contains("\"page\":"), "post holdings carry their page: " + posts);
    }

    @Test
    void spanOffsetsAndPagesAreIntegersAndTextIsTheText() throws Exception {
        JsonNode s = ok("/api/sources/downie-2011");
        JsonNode span = s.path("claimSpans").get(0);
        assertTrue(span.path("start").isIntegralNumber() && span.path("end").isIntegralNumber(), span.toString());
        if (span.has("page")) assertTrue(span.path("page").isIntegralNumber());
        assertTrue(s.path("text").asText().length() > 10000, "text is the paper's text");
        assertTrue(s.path("textFile").asText().endsWith(".txt") || s.path("textFile").asText().contains("/"), s.path("textFile").asText());
        for (JsonNode p : ok("/api/sources").path("items")) assertTrue(!p.has("text") && p.has("textFile"), p.toString());
        JsonNode trace = ok("/api/claims/downie-2011-c061/trace").path("evidence");
        assertTrue(trace.path("start").isIntegralNumber() && trace.path("page").isIntegralNumber(), trace.toString());
    }

    @Test
    void eachFieldHasOneTypeAcrossTheApi() throws Exception {
        // offsets, pages, note numbers and counts are integers wherever they appear; text is always prose
        java.util.Map<String, java.util.Set<String>> types = new java.util.TreeMap<>();
        for (String path : List.of("/api/claims?limit=20", "/api/claims/downie-2011-c061", "/api/claims/downie-2011-c061/trace",
                "/api/sources", "/api/sources/downie-2011", "/api/conflicts?limit=20", "/api/entities?limit=5",
                "/api/entities/person/gene-renuart", "/api/entities/event/perry-visit-to-mexico-1995", "/api/search?q=sedena",
                "/api/timeline?limit=20", "/api/causal-graph?from=factor:institutional-weakness-in-mexico", "/api/stats")) {
            collect(ok(path), types, path);
        }
        List<String> mixed = new ArrayList<>();
        for (String f : List.of("start", "end", "page", "number", "total", "limit", "offset", "claimCount", "noteCount", "count")) {
            java.util.Set<String> t = types.getOrDefault(f, java.util.Set.of());
            if (t.stream().anyMatch(x -> !x.startsWith("integer "))) mixed.add(f + " " + t);
        }
        java.util.Set<String> text = types.getOrDefault("text", java.util.Set.of());
        if (text.stream().anyMatch(x -> !x.startsWith("string "))) mixed.add("text " + text);
        assertEquals(List.of(), mixed);
    }

    /** Field name → the JSON types it has (each noted with the first route that gave it). */
    private static void collect(JsonNode n, java.util.Map<String, java.util.Set<String>> types, String where) {
        if (n.isArray()) n.forEach(x -> collect(x, types, where));
        if (!n.isObject()) return;
        n.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String t = v.isIntegralNumber() ? "integer" : v.isNumber() ? "number" : v.isTextual() ? "string" : v.isBoolean() ? "boolean"
                : v.isNull() ? null : v.isArray() ? "array" : "object";
            if (t != null) {
                java.util.Set<String> seen = types.computeIfAbsent(e.getKey(), k -> new java.util.TreeSet<>());
                if (seen.stream().noneMatch(x -> x.startsWith(t + " "))) seen.add(t + " (" + where + ")");
            }
            collect(v, types, where);
        });
    }

    @Test
    void unknownRoutesAndWrongMethodsAreProblems() throws Exception {
        RunningServer s = RunningServer.real();
        HttpResponse<String> missing = s.get("/api/nothing-here");
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> post = s.post("/api/search", "application/json", "{}");
        assertEquals(405, post.statusCode());
        assertTrue(post.headers().firstValue("Allow").orElse("").contains("GET"));
    }
}
