package org.usmx.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.usmx.provenance.ClaimTrace;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.DataFiles;

/** What the claim page and the home page need beyond a resource's description (the read models in readmodel serve the rest), terms bound by Jena. */
public final class PageData {

    private static final Query CLAIM_EXTRA = ClasspathQueries.query("sparql/page-claim-extra.rq");
    private static final Query SOURCES = ClasspathQueries.query("sparql/list-sources.rq");

    private final SelectRunner runner;
    private final ClaimTrace traces;
    private final DataFiles files;

    public PageData(SelectRunner runner, ClaimTrace traces, DataFiles files) {
        this.runner = runner;
        this.traces = traces;
        this.files = files;
    }

    SelectRunner runner() { return runner; }

    DataFiles files() { return files; }

    Optional<Map<String, Object>> trace(String claim) { return traces.trace(claim); }

    Map<String, String> claimExtra(String claim) {
        List<Map<String, String>> r = runner.rows(CLAIM_EXTRA, "claim", claim);
        return r.isEmpty() ? Map.of() : r.get(0);
    }

    List<Map<String, String>> sources() { return runner.select(SOURCES, Map.of()).rows(); }

    /** The canonical text of a paper by its usmx:canonicalText path, or empty if unreadable. */
    Optional<String> canonicalText(String relativePath) {
        try {
            return Optional.of(files.canonicalText(relativePath));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
