package org.usmx.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.usmx.config.Settings;
import org.usmx.server.Application;
import org.usmx.server.UsmxServer;
import org.usmx.testing.TestProject;

/**
 * kill -9 of `usmx load` (a child JVM) at each point of a build leaves the previous store current
 * and servable, and the next load and serve clean up after it.
 */
class CrashSafetyTest {

    /**
     * Points where the load is stopped (StoreManager's pause seam) before it is killed: graph built
     * in memory, TDB2 database written, metadata written (the pointer not yet moved); "early" kills
     * half a second after start, while the JVM is still starting and reading files.
     */
    private static final List<String> POINTS = List.of("early", "build", "tdb", "meta");

    @Test
    void killDashNineDuringLoadLeavesThePreviousStoreCurrentAndServable() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            StoreManager stores = new StoreManager(p.storeDir(), p.dataFiles());
            Path previous = stores.rebuild(stores.contentHash());
            String previousHash = StoreManager.dataHashOf(previous);
            // new data for the killed loads, so that a load that finished would show
            Files.writeString(p.dataDir().resolve("entities/extra.ttl"),
                "<https://w3id.org/usmx/id/place/elsewhere> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Elsewhere\"@en .\n");

            for (String point : POINTS) {
                Process load = childLoad(p, point);
                try {
                    if (point.equals("early")) Thread.sleep(500);
                    else waitForLine(load, "usmx: load paused after " + point);
                } finally {
                    load.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    assertTrue(load.waitFor(30, TimeUnit.SECONDS));
                }
                assertEquals(137, load.exitValue(), "killed by SIGKILL at " + point);
                assertEquals(previous, stores.currentDirectory(), "CURRENT still points at the previous store after a kill at " + point);
                try (LoadedStore s = stores.openCurrent()) {
                    assertEquals(previousHash, s.dataHash(), point);
                    assertEquals(0L, Txn.calculateRead(s.dataset(), () -> s.dataset().stream()
                        .filter(q -> q.getSubject().isURI() && q.getSubject().getURI().endsWith("place/elsewhere")).count()), point);
                }
            }

            // servable: the service starts over it and is healthy
            try (LoadedStore s = stores.openCurrent()) {
                UsmxServer server = Application.build(Settings.defaults(p.root()).withPort(0), s).start();
                try {
                    var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, health.statusCode(), health.body());
                } finally {
                    server.close();
                }
            }

            // the next load succeeds, and serve's cleanup removes the killed loads' half-built databases
            Path next = stores.rebuild(stores.contentHash());
            assertEquals(next, stores.currentDirectory());
            stores.removeStaleDatabases();
            try (var dirs = Files.list(p.storeDir())) {
                assertEquals(List.of(next.getFileName().toString()),
                    dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("db-")).toList());
            }
        }
    }

    private static Process childLoad(TestProject p, String point) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        if (!point.equals("early")) cmd.add("-Dusmx.load.pauseAfter=" + point);
        cmd.addAll(List.of("org.usmx.cli.Main", "load", "--project", p.root().toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line contains {@code text}; fails if it ends first or takes over 2 minutes. */
    private static void waitForLine(Process process, String text) throws Exception {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains(text)) return;
            assertFalse(System.nanoTime() > deadline, "timed out waiting for \"" + text + "\":\n" + seen);
        }
        throw new AssertionError("the load ended before \"" + text + "\":\n" + seen);
    }
}
