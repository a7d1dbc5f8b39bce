package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.usmx.config.Limits;
import org.usmx.server.Application;
import org.usmx.server.UsmxServer;
import org.usmx.testing.SharedStore;

/** /public/: an operator's files, read from disk, never anything outside the directory. */
class PublicFilesTest {

    @TempDir
    static Path root;
    private static UsmxServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(root.resolve("robots.txt"), "User-agent: *\nAllow: /\n");
        Files.createDirectories(root.resolve("docs"));
        Files.write(root.resolve("docs/blob.bin"), new byte[] {1, 2, 3, 4, 5});
        Files.writeString(root.resolve(".hidden"), "SECRET-CONTENT");
        Files.writeString(root.getParent().resolve("outside.txt"), "OUTSIDE-CONTENT");
        SharedStore shared = SharedStore.fixture();
        server = Application.build(shared.project().settings(), shared.store(), Limits.defaults(), new PublicFiles(Optional.of(root))).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheFileAsOnDiskWithAValidator() throws Exception {
        HttpResponse<byte[]> r = get("/public/robots.txt");
        assertEquals(200, r.statusCode());
        assertEquals("User-agent: *\nAllow: /\n", new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/public/robots.txt", "If-None-Match", etag).statusCode());
        assertTrue(java.util.Arrays.equals(new byte[] {1, 2, 3, 4, 5}, get("/public/docs/blob.bin").body()));
    }

    @Test
    void nothingOutsideTheDirectoryOrHiddenIsServed() throws Exception {
        for (String path : new String[] {"/public/..%2Foutside.txt", "/public/.hidden", "/public/docs/..%2F..%2Foutside.txt",
                "/public/missing.txt", "/public/docs"}) {
            HttpResponse<byte[]> r = get(path);
            // an encoded slash is refused before routing (400); the rest find no file (404)
            assertEquals(path.contains("%2F") ? 400 : 404, r.statusCode(), path);
            assertTrue(!new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains("OUTSIDE-CONTENT")
                && !new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains("SECRET-CONTENT"), path + " leaked a file");
            if (r.statusCode() == 404) assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), path);
        }
    }
}
