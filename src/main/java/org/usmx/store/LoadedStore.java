package org.usmx.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * An open TDB2 store and what is known about how it was built.
 *
 * @param dataset       the TDB2 dataset (default graph = union of named graphs)
 * @param directory     the database directory
 * @param dataHash      content hash of data/ and ontology/ it was built from
 * @param builtAt       when it was built
 * @param buildDuration how long the build took
 * @param rebuilt       whether this open rebuilt it (false: reused as is)
 */
public record LoadedStore(DatasetGraph dataset, Path directory, String dataHash, Instant builtAt,
                          Duration buildDuration, boolean rebuilt) implements AutoCloseable {

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
    }
}
