package org.usmx.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;

class StoreManagerTest {

    @Test
    void unchangedDataReusesTheStoreAndChangedDataRebuildsIt() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            StoreManager stores = new StoreManager(p.storeDir(), p.dataFiles());
            String firstHash;
            Path firstDir;
            try (LoadedStore s = stores.open(false)) {
                assertTrue(s.rebuilt());
                firstHash = s.dataHash();
                firstDir = s.directory();
            }
            try (LoadedStore s = stores.open(false)) {
                assertFalse(s.rebuilt(), "same content hash: no rebuild");
                assertEquals(firstDir, s.directory());
            }
            Files.writeString(p.dataDir().resolve("entities/extra.ttl"),
                "<https://w3id.org/usmx/id/place/elsewhere> a <https://w3id.org/usmx/ontology#Place> ; "
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Elsewhere\"@en .\n");
            try (LoadedStore s = stores.open(false)) {
                assertTrue(s.rebuilt(), "changed data: rebuild");
                assertNotEquals(firstHash, s.dataHash());
                assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().getGraph(
                    NodeFactory.createURI(Vocab.graphFor("entities"))).contains(
                    NodeFactory.createURI("https://w3id.org/usmx/id/place/elsewhere"), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)));
            }
        }
    }

    @Test
    void ontologyChangesAlsoTriggerARebuild() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            DataFiles files = p.dataFiles();
            String before = files.contentHash();
            Files.writeString(files.ontologyFile(), Files.readString(files.ontologyFile()) + "\n# a comment\n");
            assertNotEquals(before, files.contentHash());
        }
    }

    @Test
    void aBrokenFileLeavesThePreviousStoreCurrentAndNamesFileAndLine() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            StoreManager stores = new StoreManager(p.storeDir(), p.dataFiles());
            Path good;
            try (LoadedStore s = stores.open(false)) {
                good = s.directory();
            }
            Files.writeString(p.dataDir().resolve("entities/broken.ttl"),
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://example.org/a> skos:prefLabel \"ok\" .\n<https://example.org/b> skos:prefLabel .\n");
            DataLoadException e = assertThrows(DataLoadException.class, () -> stores.open(false));
            assertEquals("data/entities/broken.ttl", e.file());
            assertEquals(3, e.line());
            assertEquals(good, stores.currentDirectory(), "CURRENT still points at the old store");
            try (Stream s = new Stream(p.storeDir())) {
                assertEquals(1, s.databases(), "the failed build left no database behind");
            }
            try (LoadedStore s = new StoreManager(p.storeDir(), p.dataFiles()).open(true) instanceof LoadedStore l ? l : null) {
                throw new AssertionError("forced open over broken data must fail, got " + s);
            } catch (DataLoadException expected) {
                assertEquals(good, stores.currentDirectory());
            }
        }
    }

    @Test
    void aQuoteThatIsNotInItsSourceFailsTheLoad() throws Exception {
        try (TestProject p = TestProject.withFixtureData()) {
            Path claims = p.dataDir().resolve("alpha-2001/claims.ttl");
            Files.writeString(claims, Files.readString(claims).replace("Distrust grew after the border war.", "Distrust grew after the war."));
            DataLoadException e = assertThrows(DataLoadException.class,
                () -> new StoreManager(p.storeDir(), p.dataFiles()).open(false));
            assertTrue(e.getMessage().contains("claim/alpha-2001-c2") && e.getMessage().contains("quote not found"), e.getMessage());
        }
    }

    /** Counts database directories in a store directory. */
    private record Stream(Path dir) implements AutoCloseable {
        long databases() throws java.io.IOException {
            try (var s = Files.list(dir)) {
                return s.filter(x -> x.getFileName().toString().startsWith("db-")).count();
            }
        }

        @Override
        public void close() {}
    }
}
