package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/** The OpenAPI document is valid enough to use and covers exactly the routes the server registers. */
class ApiContractTest {

    private static final Pattern ROUTE = Pattern.compile("config\\.routes\\.get\\(\"([^\"]+)\"");

    @Test
    void openApiCoversEveryRegisteredRouteAndEveryDocumentedPathAnswers() throws Exception {
        String wiring = Files.readString(TestProject.repositoryRoot().resolve("src/main/java/org/usmx/server/Application.java"));
        Set<String> registered = new TreeSet<>();
        Matcher m = ROUTE.matcher(wiring);
        while (m.find()) if (m.group(1).startsWith("/api") || m.group(1).equals("/health")) registered.add(m.group(1));
        try (RunningServer server = RunningServer.start(TestProject.withFixtureData())) {
            JsonNode doc = new ObjectMapper().readTree(server.get("/api/openapi.json").body());
            assertEquals("3.1.0", doc.path("openapi").asText());
            Set<String> documented = new TreeSet<>();
            doc.path("paths").fieldNames().forEachRemaining(documented::add);
            assertEquals(registered, documented);
            List<String> failing = new ArrayList<>();
            for (String path : documented) {
                JsonNode get = doc.path("paths").path(path).path("get");
                assertTrue(get.has("summary") && get.path("responses").has("200"), path);
                String concrete = path.replace("{kind}", "org").replace("{slug}", "testland-navy").replace("{id}", idFor(path))
                    .replace("{name}", "posts-of-person") + (path.equals("/api/search") ? "?q=navy" : path.equals("/api/causal-graph") ? "?from=factor:distrust" : "");
                int status = server.get(concrete).statusCode();
                if (status != 200) failing.add(concrete + " -> " + status);
            }
            assertEquals(List.of(), failing);
        }
    }

    private static String idFor(String path) {
        return path.startsWith("/api/sources") ? "alpha-2001" : "alpha-2001-c1";
    }
}
