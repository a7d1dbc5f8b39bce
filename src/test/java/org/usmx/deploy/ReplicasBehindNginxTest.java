package org.usmx.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/**
 * Read replicas with existing parts (docs/deployment.md): two instances built from the same data
 * release behind Debian's nginx as load balancer and HTTP cache. Both answer identically (same
 * bytes, same validators), the proxy spreads requests over both, and repeated requests are
 * served by nginx's cache from the service's own Cache-Control. nginx comes from .ci/run.
 */
class ReplicasBehindNginxTest {

    private static RunningServer first;
    private static RunningServer second;
    private static Process nginx;
    private static Path dir;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path binary = nginxBinary();
        first = RunningServer.start(TestProject.withFixtureData());
        second = RunningServer.start(TestProject.withFixtureData());
        dir = Files.createTempDirectory("usmx-nginx");
        Files.createDirectories(dir.resolve("tmp"));
        port = freePort();
        String conf = Files.readString(Path.of(TestProject.repositoryRoot().resolve("docs/nginx-replicas.conf").toString()), StandardCharsets.UTF_8)
            .replace("/var/cache/usmx", dir.resolve("cache").toString())
            .replace("/run/usmx-nginx", dir.toString())
            .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
            .replace("server 127.0.0.1:8081;", "server 127.0.0.1:" + first.base().replaceAll(".*:", "") + ";")
            .replace("server 127.0.0.1:8082;", "server 127.0.0.1:" + second.base().replaceAll(".*:", "") + ";");
        // as root (CI), workers would run as nobody and could not write the temporary directory
        Files.writeString(dir.resolve("nginx.conf"), "daemon off;\nuser root;\nerror_log " + dir.resolve("error.log") + " warn;\n" + conf);
        nginx = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
            .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!listening(port)) {
            if (!nginx.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() {
        if (nginx != null) nginx.destroy();
        if (first != null) first.close();
        if (second != null) second.close();
    }

    @Test
    void bothReplicasGiveTheSameAnswerAndValidators() {
        for (String path : List.of("/api/sources", "/id/document/alpha-2001.ttl", "/sparql?query=" + RunningServer.enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))) {
            HttpResponse<String> a = first.get(path, "Accept", "application/json, text/turtle;q=0.9");
            HttpResponse<String> b = second.get(path, "Accept", "application/json, text/turtle;q=0.9");
            assertEquals(200, a.statusCode(), path + ": " + a.body());
            assertEquals(a.body(), b.body(), path);
            assertEquals(a.headers().firstValue("ETag"), b.headers().firstValue("ETag"), path);
            assertTrue(a.headers().firstValue("Cache-Control").orElse("").contains("max-age"), path + " is cacheable");
        }
    }

    @Test
    void theProxySpreadsRequestsOverBothReplicas() throws Exception {
        Set<String> upstreams = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            // distinct URLs, so nginx's cache does not answer them
            HttpResponse<String> r = viaProxy("/api/search?q=alpha&limit=" + (i + 1), "no-cache");
            assertEquals(200, r.statusCode(), r.body());
            upstreams.add(r.headers().firstValue("X-Upstream").orElse("?"));
        }
        assertEquals(2, upstreams.size(), "round robin over both replicas: " + upstreams);
    }

    @Test
    void theProxyCacheServesRepeatRequests() throws Exception {
        String path = "/api/sources?limit=3";
        HttpResponse<String> miss = viaProxy(path, null);
        HttpResponse<String> hit = viaProxy(path, null);
        assertEquals(200, miss.statusCode(), miss.body());
        assertEquals("MISS", miss.headers().firstValue("X-Cache-Status").orElse(""));
        assertEquals("HIT", hit.headers().firstValue("X-Cache-Status").orElse(""));
        assertEquals(miss.body(), hit.body());
        assertEquals(first.get(path).body(), hit.body(), "the cached answer is the replicas' answer");
    }

    @Test
    void errorsAreNotKeptByTheProxy() throws Exception {
        String path = "/api/claims?offset=not-a-number";
        HttpResponse<String> a = viaProxy(path, null);
        HttpResponse<String> b = viaProxy(path, null);
        assertEquals(400, a.statusCode(), a.body());
        assertEquals(400, b.statusCode());
        assertTrue(!"HIT".equals(b.headers().firstValue("X-Cache-Status").orElse("")), "an error is answered afresh");
    }

    private static HttpResponse<String> viaProxy(String path, String cacheControl) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        if (cacheControl != null) b.header("Cache-Control", cacheControl);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Path nginxBinary() {
        for (String p : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(p))) return Path.of(p);
        }
        throw new IllegalStateException("nginx is not installed: apt-get install nginx (.ci/run does)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean listening(int p) {
        try (Socket s = new Socket("127.0.0.1", p)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
