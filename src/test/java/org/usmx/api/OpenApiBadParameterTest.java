package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.server.Application;
import org.usmx.testing.RunningServer;

/**
 * Walks every route of the OpenAPI document: each parameter's documented bad value
 * ({@code x-bad-example}) gets a 4xx problem+json (a 400 names the parameter), and a method the
 * route does not take gets 405 problem+json with Allow. /sparql belongs to the SPARQL protocol.
 */
class OpenApiBadParameterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that are good for required parameters, so that only the bad one is wrong. */
    private static final Map<String, String> GOOD = Map.of("q", "sedena", "from", "factor:institutional-weakness-in-mexico",
        "prefix", "sed", "id", "https://w3id.org/usmx/id/org/sedena");

    @Test
    void everyDocumentedBadValueIsAProblemNamingItsParameter() throws Exception {
        RunningServer server = RunningServer.real();
        JsonNode doc = JSON.readTree(Application.OPENAPI);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (var path : iterable(doc.path("paths").fields())) {
            if (path.getKey().equals("/sparql")) continue;
            JsonNode get = path.getValue().path("get");
            for (JsonNode p : get.path("parameters")) {
                if (!p.has("x-bad-example") || p.path("in").asText().equals("header")) continue;
                String name = p.path("name").asText(), bad = p.path("x-bad-example").asText();
                String target = concrete(path.getKey(), p.path("in").asText().equals("path") ? name : null, bad);
                Map<String, String> query = new LinkedHashMap<>();
                for (JsonNode other : get.path("parameters")) {
                    if (other.path("required").asBoolean() && other.path("in").asText().equals("query") && !other.path("name").asText().equals(name)) {
                        query.put(other.path("name").asText(), GOOD.get(other.path("name").asText()));
                    }
                }
                if (p.path("in").asText().equals("query")) query.put(name, bad);
                StringBuilder url = new StringBuilder(target);
                query.forEach((k, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(RunningServer.enc(v)));
                tried++;
                HttpResponse<String> r = server.get(url.toString());
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (r.statusCode() < 400 || r.statusCode() >= 500 || !type.equals("application/problem+json")) {
                    failures.add(url + " -> " + r.statusCode() + " " + type);
                    continue;
                }
                JsonNode problem = JSON.readTree(r.body());
                if (problem.path("status").asInt() != r.statusCode()) failures.add(url + ": status in body " + problem.path("status"));
                if (r.statusCode() == 400 && p.path("in").asText().equals("query") && !problem.path("parameter").asText().startsWith(name)) {
                    failures.add(url + ": names parameter \"" + problem.path("parameter").asText() + "\", not " + name);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(tried > 40, "bad values tried: " + tried);
    }

    @Test
    void everyRouteRefusesAMethodItDoesNotTakeWith405AndAllow() throws Exception {
        RunningServer server = RunningServer.real();
        JsonNode doc = JSON.readTree(Application.OPENAPI);
        List<String> failures = new ArrayList<>();
        for (var path : iterable(doc.path("paths").fields())) {
            if (path.getKey().equals("/sparql")) continue;
            String url = concrete(path.getKey(), null, null);
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base() + url))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build());
            String allow = r.headers().firstValue("Allow").orElse("");
            if (r.statusCode() != 405 || !allow.contains("GET") || allow.contains("DELETE")
                || !r.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")) {
                failures.add("DELETE " + url + " -> " + r.statusCode() + " Allow: " + allow);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The route with its path parameters filled from the real data, one of them (if named) bad. */
    private static String concrete(String path, String badParam, String bad) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", path.startsWith("/id/annotation/") ? "claim" : "org");
        values.put("slug", path.startsWith("/id/annotation/") ? "downie-2011-c061" : path.startsWith("/conflicts/") ? "crosspaper-merida-meeting-date" : "sedena");
        values.put("paper", "downie-2011");
        values.put("id", path.startsWith("/api/sources") ? "downie-2011" : "downie-2011-c061");
        values.put("name", path.startsWith("/graph/") ? "downie-2011" : "claims-about");
        values.put("paper", "downie-2011");
        values.put("file", "usmx.nq");
        values.put("release", RunningServer.real().store().dataHash().substring(0, 16));
        values.put("part", "target");
        values.put("version", org.usmx.web.StaticAssets.VERSION);
        values.put("paper", "downie-2011");
        if (badParam != null) values.put(badParam, bad);
        String out = path;
        for (var e : values.entrySet()) out = out.replace("{" + e.getKey() + "}", RunningServer.enc(e.getValue()));
        // a path parameter added later and not known here still gets a well-formed value
        return out.replace("<path>", "vendor/yasgui/yasgui.min.css").replaceAll("\\{[^}]+}", "sedena");
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
