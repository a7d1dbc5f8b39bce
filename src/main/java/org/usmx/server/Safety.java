package org.usmx.server;

import java.util.LinkedHashMap;
import java.util.Map;

import org.usmx.config.Limits;
import org.usmx.sparql.Admission;
import org.usmx.sparql.RunningQueries;

/**
 * The safety machinery of one server: its limits, the two admission pools (SPARQL executions;
 * everything else) and the watcher of running queries. Shown under "limits" in /api/stats.
 */
public record Safety(Limits limits, Admission sparql, Admission pages, RunningQueries running) implements AutoCloseable {

    public static Safety of(Limits limits) {
        return new Safety(limits,
            new Admission("SPARQL queries", limits.sparqlConcurrency(), limits.sparqlQueue(), limits.sparqlQueueWait()),
            new Admission("pages and API", limits.pageConcurrency(), limits.pageQueue(), limits.pageQueueWait()),
            new RunningQueries(limits.heapFraction()));
    }

    /** The settings and the current load, for /api/stats. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>(limits.describe());
        m.put("sparqlAdmission", sparql.describe());
        m.put("pageAdmission", pages.describe());
        m.put("heapMaxMB", Runtime.getRuntime().maxMemory() >> 20);
        return m;
    }

    @Override
    public void close() {
        running.close();
    }
}
