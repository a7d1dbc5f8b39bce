package org.usmx.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.usmx.config.Settings;
import org.usmx.store.DataFiles;
import org.usmx.store.GraphBuilder;
import org.usmx.store.Vocab;
import org.usmx.testing.TestProject;

/** The growth benchmark's corpus: k disjoint copies of the data, each built exactly like the original. */
class SyntheticCorpusTest {

    @Test
    void threeCopiesBuildToThreeTimesTheDataWithTheSameShape(@TempDir Path dir) throws Exception {
        try (TestProject fixture = TestProject.withFixtureData()) {
            Path x3 = dir.resolve("x3");
            new SyntheticCorpus(Settings.DEFAULT_ID_BASE).write(fixture.root(), x3, 3);
            Map<String, Long> one = perGraphKind(new GraphBuilder(fixture.dataFiles()).buildStrict());
            Map<String, Long> three = perGraphKind(new GraphBuilder(new DataFiles(x3.resolve("data"), x3.resolve("ontology"))).buildStrict());
            assertTrue(one.get("data") > 100, "the fixture has data: " + one);
            assertEquals(3 * one.get("data"), three.get("data"), "curated and anchored quads grow exactly threefold");
            assertEquals(3 * one.get("inferred"), three.get("inferred"), "inference stays within each copy");
            assertEquals(one.get("ontology"), three.get("ontology"), "the ontology and shapes are not copied");
            assertTrue(Files.exists(x3.resolve("data/alpha-2001-s3")), "copy 3 has its own named graphs");
            // and its own texts: each copy's document names its file, and its quotes anchor there (buildStrict)
            for (Path text : Files.list(fixture.root().resolve("data/sources")).filter(p -> p.toString().endsWith(".txt")).toList()) {
                String name = text.getFileName().toString();
                assertEquals(Files.readString(text), Files.readString(x3.resolve("data/sources").resolve(name.replace(".txt", "-s3.txt"))));
            }
            assertTrue(Files.readString(x3.resolve("data/alpha-2001-s3/document.ttl")).contains("sources/alpha-2001-s3.txt"),
                "copy 3's paper points at its own text");
        }
    }

    @Test
    void onlyEntityIrisAreRenamed() {
        SyntheticCorpus corpus = new SyntheticCorpus(Settings.DEFAULT_ID_BASE);
        Node claim = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/usmx/id/claim/downie-2011-c001");
        Node term = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/usmx/ontology#CausalClaim");
        assertEquals("https://w3id.org/usmx/id/claim/downie-2011-c001-s2", corpus.rename(claim, "-s2").getURI());
        assertEquals(term, corpus.rename(term, "-s2"));
        assertEquals(claim, corpus.rename(claim, ""));
    }

    private static Map<String, Long> perGraphKind(DatasetGraph dsg) {
        Map<String, Long> counts = new HashMap<>(Map.of("data", 0L, "inferred", 0L, "ontology", 0L));
        dsg.find().forEachRemaining(q -> {
            String g = q.getGraph().getURI();
            String kind = g.equals(Vocab.GRAPH_INFERRED) ? "inferred"
                : g.equals(Vocab.GRAPH_ONTOLOGY) || g.equals(Vocab.GRAPH_SHAPES) ? "ontology" : "data";
            counts.merge(kind, 1L, Long::sum);
        });
        return counts;
    }
}
