package org.usmx.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;
import org.usmx.validate.DataValidator;
import org.usmx.validate.Violation;

/** Data cannot silently shrink: lost, truncated or mis-encoded files fail the load and name the file. */
class DataSafetyTest {

    /** Builds a first store, breaks data as {@code change} says, and checks the load fails naming {@code file} while CURRENT stays. */
    private static DataLoadException failsAndKeepsTheStore(TestProject p, ThrowingChange change) throws Exception {
        StoreManager stores = new StoreManager(p.storeDir(), p.dataFiles());
        Path good = stores.rebuild(stores.contentHash());
        change.apply();
        DataLoadException e = assertThrows(DataLoadException.class, () -> stores.rebuild(stores.contentHash()));
        assertEquals(good, stores.currentDirectory(), "CURRENT still points at the previous store");
        return e;
    }

    interface ThrowingChange {
        void apply() throws Exception;
    }

    @Test
    void anEmptyFileFailsNamingIt() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Path events = p.dataDir().resolve("alpha-2001/events.ttl");
            DataLoadException e = failsAndKeepsTheStore(p, () -> Files.write(events, new byte[0]));
            assertEquals("data/alpha-2001/events.ttl", e.file());
            assertTrue(e.getMessage().contains("empty file (0 bytes)") && e.getMessage().contains(DataFileCheck.EMPTY_MARKER), e.getMessage());
        }
    }

    @Test
    void aBlankOrPrefixOnlyFileFailsNamingIt() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Path events = p.dataDir().resolve("alpha-2001/events.ttl");
            DataLoadException blank = failsAndKeepsTheStore(p, () -> Files.writeString(events, "\n  \n"));
            assertTrue(blank.getMessage().startsWith("data/alpha-2001/events.ttl: blank file"), blank.getMessage());
            Files.writeString(events, "@prefix usmx: <https://w3id.org/usmx/ontology#> .\n# the statements were lost\n");
            DataLoadException prefixes = assertThrows(DataLoadException.class,
                () -> new StoreManager(p.storeDir(), p.dataFiles()).rebuild("x"));
            assertTrue(prefixes.getMessage().startsWith("data/alpha-2001/events.ttl: no triples"), prefixes.getMessage());
        }
    }

    @Test
    void aFileMarkedEmptyLoadsAndAddsNothing() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Files.writeString(p.dataDir().resolve("entities/later.ttl"), DataFileCheck.EMPTY_MARKER + "\n");
            Files.writeString(p.dataDir().resolve("alpha-2001/conflicts.ttl"), "@prefix usmx: <https://w3id.org/usmx/ontology#> .\n"
                + "# Conflicts inside the paper:\n" + DataFileCheck.EMPTY_MARKER + "\n# none found; every date and number was compared.\n");
            StoreManager stores = new StoreManager(p.storeDir(), p.dataFiles());
            try (LoadedStore s = stores.open(false)) {
                assertTrue(s.rebuilt());
            }
        }
    }

    @Test
    void nonUtf8BytesFailWithFileLineAndColumn() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Path core = p.dataDir().resolve("entities/core.ttl");
            DataLoadException e = failsAndKeepsTheStore(p, () -> {
                String text = Files.readString(core, StandardCharsets.UTF_8);
                int secondLine = text.indexOf('\n') + 1;
                // "Mé" written in Latin-1 on line 2, column 3: é is the single byte 0xE9
                byte[] head = text.substring(0, secondLine).getBytes(StandardCharsets.UTF_8);
                byte[] latin1 = "# Mé\n".getBytes(StandardCharsets.ISO_8859_1);
                byte[] tail = text.substring(secondLine).getBytes(StandardCharsets.UTF_8);
                byte[] all = new byte[head.length + latin1.length + tail.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(latin1, 0, all, head.length, latin1.length);
                System.arraycopy(tail, 0, all, head.length + latin1.length, tail.length);
                Files.write(core, all);
            });
            assertEquals("data/entities/core.ttl", e.file());
            assertEquals(2, e.line());
            assertEquals(4, e.column());
            assertTrue(e.getMessage().contains("not valid UTF-8: byte 0xE9"), e.getMessage());
        }
    }

    @Test
    void validateReportsTheEmptyFileToo() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Files.write(p.dataDir().resolve("alpha-2001/events.ttl"), new byte[0]);
            var violations = DataValidator.standard(p.dataFiles()).validate().violations();
            assertEquals(1, violations.size(), violations.toString());
            Violation v = violations.get(0);
            assertTrue(v.toString().contains("data/alpha-2001/events.ttl") && v.toString().contains("empty file"), v.toString());
        }
    }

    @Test
    void aGraphLosingMoreThanTenPercentFailsUnlessAllowed() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            DataLoadException e = failsAndKeepsTheStore(p, () -> Files.delete(p.dataDir().resolve("alpha-2001/claims.ttl")));
            assertTrue(e instanceof DataShrinkException, e.toString());
            assertTrue(e.getMessage().contains("https://w3id.org/usmx/graph/alpha-2001 ") && e.getMessage().contains("--allow-shrink"), e.getMessage());
            assertTrue(!e.getMessage().contains("graph/beta-2002"), "only the graph that shrank is named: " + e.getMessage());
            StoreManager stores = new StoreManager(p.storeDir(), p.dataFiles());
            Path before = stores.currentDirectory();
            Path allowed = stores.rebuild(stores.contentHash(), true);
            assertNotEquals(before, allowed);
            assertEquals(allowed, stores.currentDirectory());
        }
    }

    @Test
    void growingAndSmallChangesPassTheShrinkGuard() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            StoreManager stores = new StoreManager(p.storeDir(), p.dataFiles());
            stores.rebuild(stores.contentHash());
            Files.writeString(p.dataDir().resolve("entities/extra.ttl"),
                "<https://w3id.org/usmx/id/place/elsewhere> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Elsewhere\"@en .\n");
            Path grown = stores.rebuild(stores.contentHash());
            assertEquals(grown, stores.currentDirectory());
        }
    }
}
