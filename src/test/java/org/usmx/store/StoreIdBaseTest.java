package org.usmx.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.usmx.iri.IriPolicy;
import org.usmx.server.Application;
import org.usmx.testing.TestProject;

/** A store is built for one IRI base; it is never served as it is under another. */
class StoreIdBaseTest {

    private static final String OTHER = "http://example.org/kg/";

    @Test
    void aStoreBuiltForOneBaseIsRebuiltOrRefusedUnderAnother() {
        try (TestProject p = TestProject.withFixtureData()) {
            Path defaultDir;
            long defaultQuads;
            try (LoadedStore s = new StoreManager(p.storeDir(), p.dataFiles()).open(false)) {
                assertEquals(IriPolicy.DEFAULT_BASE, s.idBase());
                defaultDir = s.directory();
                defaultQuads = Txn.calculateRead(s.dataset(), () -> s.dataset().stream().count());
                assertTrue(iriCount(s, IriPolicy.DEFAULT_BASE + "id/") > 0);
            }
            StoreManager other = new StoreManager(p.storeDir(), p.dataFiles(), OTHER);
            // the openers that never rebuild refuse it, saying which base it has and how to rebuild
            StoreManager.WrongBase refused = assertThrows(StoreManager.WrongBase.class, other::openCurrent);
            assertTrue(refused.getMessage().contains(IriPolicy.DEFAULT_BASE) && refused.getMessage().contains(OTHER)
                && refused.getMessage().contains("--id-base"), refused.getMessage());
            assertThrows(StoreManager.WrongBase.class, () -> other.openDirectory(defaultDir));
            // same data, other base: open rebuilds for the new base, with as many quads
            try (LoadedStore s = other.open(false)) {
                assertTrue(s.rebuilt(), "a store built for another base is rebuilt, not reused");
                assertNotEquals(defaultDir, s.directory());
                assertEquals(OTHER, s.idBase());
                assertEquals(OTHER, StoreManager.idBaseOf(s.directory()));
                assertEquals(defaultQuads, Txn.calculateRead(s.dataset(), () -> s.dataset().stream().count()));
                assertEquals(0, iriCount(s, IriPolicy.DEFAULT_BASE + "id/"), "no IRI left under the files' id namespace");
                assertTrue(iriCount(s, OTHER + "id/") > 0);
                // and a server configured for the default base will not serve it
                var settings = p.settings();
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> Application.build(settings, s));
                assertTrue(e.getMessage().contains("built for the IRI base " + OTHER), e.getMessage());
            }
            try (LoadedStore s = other.open(false)) {
                assertFalse(s.rebuilt(), "built for this base and unchanged: reused");
            }
        }
    }

    /** How many distinct IRIs (subject or object) of the store start with {@code prefix}. */
    private static long iriCount(LoadedStore s, String prefix) {
        return Txn.calculateRead(s.dataset(), () -> s.dataset().stream()
            .flatMap(q -> java.util.stream.Stream.of(q.getSubject(), q.getObject()))
            .filter(Node::isURI).map(Node::getURI).filter(u -> u.startsWith(prefix)).distinct().count());
    }
}
