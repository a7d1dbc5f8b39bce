package org.usmx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.usmx.config.Settings;
import org.usmx.store.StoreManager;
import org.usmx.testing.TestProject;

/** `usmx serve` over broken data: the last good store keeps serving, and one log line says why it was not rebuilt. */
class ServeWithBrokenDataTest {

    @Test
    void aBrokenFileKeepsTheLastGoodStoreServingAndSaysWhyOnce() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(ServeCommand.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        try (TestProject p = TestProject.withFixtureData()) {
            Settings settings = p.settings();
            StoreManager stores = new StoreManager(settings.storeDir(), p.dataFiles());
            Path good = stores.rebuild(stores.contentHash());
            Files.writeString(p.dataDir().resolve("entities/broken.ttl"),
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://example.org/b> skos:prefLabel .\n");

            ServeCommand.Serving serving = ServeCommand.start(settings, stores, false);
            assertNotNull(serving, "serve must start over the last good store");
            try {
                assertEquals(good, serving.server().store().directory());
                assertEquals(StoreManager.dataHashOf(good), serving.server().store().dataHash());
                List<String> errors = events.list.stream().filter(e -> e.getLevel().toString().equals("ERROR"))
                    .map(ILoggingEvent::getFormattedMessage).toList();
                assertEquals(1, errors.size(), errors.toString());
                String line = errors.get(0);
                assertTrue(line.startsWith("NOT RELOADED: data/entities/broken.ttl:2:40: Unrecognized"), line);
                assertTrue(line.contains("still serving the last good store " + good.getFileName()), line);
                assertEquals(1, line.lines().count(), "one line: " + line);
                assertNull(events.list.stream().filter(e -> e.getThrowableProxy() != null).findFirst().orElse(null), "no stack trace");
            } finally {
                serving.close();
            }
        } finally {
            log.detachAppender(events);
        }
    }

    @Test
    void withNoEarlierStoreServeSaysWhyAndExits() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Files.write(p.dataDir().resolve("entities/core.ttl"), new byte[0]);
            var err = new java.io.ByteArrayOutputStream();
            var oldErr = System.err;
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            int code;
            try {
                code = Main.run("serve", "--project", p.root().toString(), "--port", "0");
            } finally {
                System.setErr(oldErr);
            }
            assertEquals(1, code);
            String text = err.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
            assertTrue(text.startsWith("usmx serve: cannot build the store, and there is no earlier one to serve: data/entities/core.ttl: empty file"), text);
            assertEquals(1, text.lines().filter(l -> !l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).count(), text);
        }
    }
}
