package org.usmx.validate;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/** A check over the built dataset; issue-specific checks implement this and join {@link DataValidator}. */
public interface DataCheck {

    String name();

    List<Violation> check(DatasetGraph dataset);
}
