package org.usmx.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.LoadedStore;

/** Store statistics and the health probe, as plain data (no HTTP here). */
public final class StatsService {

    private static final Query GRAPHS = ClasspathQueries.query("sparql/stats-graphs.rq");
    private static final Query CLASSES = ClasspathQueries.query("sparql/stats-classes.rq");
    private static final Query PROBE = ClasspathQueries.query("sparql/health-probe.rq");

    private final LoadedStore store;
    /** The counts describe one immutable store: computed on first use, then kept with it. */
    private volatile Map<String, Object> stats;

    public StatsService(LoadedStore store) {
        this.store = store;
    }

    /** True only if the store answers the probe query within the given time. */
    public boolean healthy(Duration within) {
        try {
            return Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(PROBE)
                .timeout(within.toMillis(), TimeUnit.MILLISECONDS).ask());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The store's statistics (a store never changes while served: a new one gets a new service). */
    public Map<String, Object> stats() {
        Map<String, Object> s = stats;
        if (s == null) stats = s = java.util.Collections.unmodifiableMap(compute());
        return s;
    }

    private Map<String, Object> compute() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataHash", store.dataHash());
        out.put("idBase", store.idBase());
        out.put("storeBuiltAt", store.builtAt().toString());
        out.put("storeLoadMillis", store.buildDuration().toMillis());
        out.put("triplesPerGraph", counts(GRAPHS, "graph", "triples"));
        out.put("instancesPerClass", counts(CLASSES, "class", "instances"));
        return out;
    }

    private Map<String, Long> counts(Query q, String keyVar, String countVar) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> m = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(q).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(b -> m.put(b.get(keyVar).getURI(),
                    Long.parseLong(b.get(countVar).getLiteralLexicalForm())));
            }
            return m;
        });
    }
}
