package org.usmx.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.usmx.browser.Browser;
import org.usmx.testing.RunningServer;

/** Static assets: one versioned path, cached for a year, gzip when a twin exists, nothing outside static/. */
class StaticAssetsTest {

    private static RunningServer server() {
        return Browser.server();
    }

    private static String stylesheetUrl() {
        String home = server().get("/").body();
        Matcher m = Pattern.compile("href=\"(/static/[0-9a-f]{12}/site\\.css)\"").matcher(home);
        assertTrue(m.find(), home);
        return m.group(1);
    }

    @Test
    void pagesLinkTheStylesheetUnderTheCurrentVersionWhichIsCachedForAYear() {
        String url = stylesheetUrl();
        assertEquals(StaticAssets.url("site.css"), url);
        HttpResponse<String> css = server().get(url);
        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", css.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals("public, max-age=31536000, immutable", css.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(css.body().contains("header.site"));
    }

    @Test
    void anOldVersionStillGetsTheFileButNoLongCaching() {
        HttpResponse<String> css = server().get("/static/000000000000/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("no-cache", css.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void vendoredYasguiIsServedGzippedToClientsThatAcceptIt() throws IOException, InterruptedException {
        HttpResponse<byte[]> gz = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server().base() + StaticAssets.url("vendor/yasgui/yasgui.min.js")))
            .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        byte[] plain;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            plain = in.readAllBytes();
        }
        try (InputStream original = getClass().getClassLoader().getResourceAsStream("static/vendor/yasgui/yasgui.min.js")) {
            assertArrayEquals(original.readAllBytes(), plain, "the .gz twin is the same file");
        }
        HttpResponse<String> identity = server().get(StaticAssets.url("vendor/yasgui/LICENSE"));
        assertTrue(identity.body().contains("MIT License"), identity.body());
    }

    @Test
    void unknownOrEscapingPathsAre404() {
        String v = StaticAssets.VERSION;
        assertEquals(404, server().get("/static/" + v + "/nope.css").statusCode());
        // Jetty refuses an encoded slash (400) before our route; either way nothing outside static/ is served
        int encoded = server().get("/static/" + v + "/..%2Fsparql%2Fhealth-probe.rq").statusCode();
        assertTrue(encoded == 400 || encoded == 404, "status " + encoded);
        HttpResponse<String> dotted = server().get("/static/" + v + "/vendor/../../sparql/health-probe.rq");
        assertTrue(dotted.statusCode() >= 400 && !dotted.body().contains("SELECT"), dotted.body());
    }
}
