package org.usmx.validate;

import java.util.List;

/** The checks `usmx validate` and the test suite run; add new ones here. */
public final class DataChecks {

    private DataChecks() {}

    public static List<DataCheck> all() {
        return List.of(
            new ShaclCheck(),
            new SparqlCheck("fact-evidence", "sparql/check-fact-evidence.rq", "evidence",
                b -> "names the triple " + SparqlCheck.str(b, "s") + " " + SparqlCheck.str(b, "p") + " " + SparqlCheck.str(b, "o")
                    + ", which the same paper's graph does not assert"),
            new SparqlCheck("entity-type", "sparql/check-entity-types.rq", "entity",
                b -> "is described in data/entities/ but has no type from the ontology"),
            new SparqlCheck("undefined-reference", "sparql/check-undefined-references.rq", "reference",
                b -> "is referenced by " + SparqlCheck.str(b, "subject") + " " + SparqlCheck.str(b, "property")
                    + " but defined nowhere (no rdf:type in any graph)"),
            new SparqlCheck("undeclared-term", "sparql/check-undeclared-terms.rq", "subject",
                b -> "uses " + SparqlCheck.str(b, "term") + ", which ontology/usmx.ttl does not declare"),
            new DuplicateEntityCheck());
    }
}
