package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** A read model's one-time build queries are not held to the request timeout. */
class SelectRunnerBuildTest {

    @Test
    void aBuildQueryOutlivesTheRequestTimeout() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 120; i++) {
                dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o" + i));
            }
        });
        // 120³ rows: long past a millisecond, well within the build timeout
        var cross = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
        SelectRunner requests = new SelectRunner(dsg, Duration.ofMillis(1));
        assertThrows(QueryCancelledException.class, () -> requests.select(cross, Map.of()));
        assertEquals("1728000", requests.forBuilding().select(cross, Map.of()).rows().get(0).get("n"));
    }
}
