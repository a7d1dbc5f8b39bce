package org.usmx.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.usmx.store.DataFiles;
import org.usmx.store.DataLoadException;
import org.usmx.store.GraphBuilder;
import org.usmx.store.UnionView;

/**
 * Checks data/ and ontology/ without touching the store: every file parses, every quote anchors,
 * SHACL shapes pass, and every registered {@link DataCheck} passes.
 */
public final class DataValidator {

    /** What validation found, and the dataset it built (null if a file did not parse). */
    public record Report(List<Violation> violations, DatasetGraph dataset) {
        public boolean ok() { return violations.isEmpty(); }
    }

    private final DataFiles files;
    private final List<DataCheck> checks;

    public DataValidator(DataFiles files, List<DataCheck> checks) {
        this.files = files;
        this.checks = checks;
    }

    /** The standard set of checks. */
    public static DataValidator standard(DataFiles files) {
        return new DataValidator(files, DataChecks.all());
    }

    public Report validate() {
        List<Violation> violations = new ArrayList<>();
        GraphBuilder.Result built;
        try {
            built = new GraphBuilder(files).build();
        } catch (DataLoadException e) {
            String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() : "";
            String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            violations.add(new Violation("parse", e.file(), where, detail));
            return new Report(violations, null);
        }
        built.anchorProblems().forEach(p -> violations.add(new Violation("quote", p.subject(), p.graph(), p.message())));
        DatasetGraph view = UnionView.of(built.dataset());
        for (DataCheck check : checks) violations.addAll(check.check(view));
        return new Report(violations, built.dataset());
    }
}
