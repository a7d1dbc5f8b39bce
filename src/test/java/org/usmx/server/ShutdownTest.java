package org.usmx.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;

/** `usmx serve` in its own process answers, and SIGTERM stops it cleanly. */
class ShutdownTest {

    @Test
    void serveAnswersAndStopsCleanlyOnSigterm() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (TestProject project = TestProject.withFixtureData()) {
            Path log = project.root().resolve("serve.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.usmx.cli.Main",
                "serve", "--project", project.root().toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                boolean up = false;
                for (int i = 0; i < 120 && !up; i++) {
                    try {
                        up = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                    } catch (java.io.IOException notYet) {
                        Thread.sleep(500);
                    }
                }
                assertTrue(up, "server did not come up: " + Files.readString(log, StandardCharsets.UTF_8));
                serve.destroy(); // SIGTERM
                assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "server did not stop on SIGTERM");
                String output = Files.readString(log, StandardCharsets.UTF_8);
                assertTrue(output.contains("shutting down"), output);
                assertTrue(!output.contains("Exception"), output);
            } finally {
                serve.destroyForcibly();
            }
        }
    }
}
