package org.usmx.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.LoggerFactory;

/**
 * An open TDB2 store and what is known about how it was built. Closing is idempotent: the
 * server closes a store it switched away from, and its opener may close it again at exit.
 */
public final class LoadedStore implements AutoCloseable {

    private final DatasetGraph dataset;
    private final Path directory;
    private final String dataHash;
    private final Instant builtAt;
    private final Duration buildDuration;
    private final boolean rebuilt;
    private final String idBase;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param dataset       the TDB2 dataset (default graph = union of named graphs)
     * @param directory     the database directory
     * @param dataHash      content hash of data/ and ontology/ it was built from
     * @param builtAt       when it was built
     * @param buildDuration how long the build took
     * @param rebuilt       whether this open rebuilt it (false: reused as is)
     * @param idBase        the IRI base its data was built under (--id-base)
     */
    public LoadedStore(DatasetGraph dataset, Path directory, String dataHash, Instant builtAt, Duration buildDuration, boolean rebuilt,
                       String idBase) {
        this.dataset = dataset;
        this.directory = directory;
        this.dataHash = dataHash;
        this.builtAt = builtAt;
        this.buildDuration = buildDuration;
        this.rebuilt = rebuilt;
        this.idBase = idBase;
    }

    public DatasetGraph dataset() { return dataset; }

    public Path directory() { return directory; }

    public String dataHash() { return dataHash; }

    public Instant builtAt() { return builtAt; }

    public Duration buildDuration() { return buildDuration; }

    public boolean rebuilt() { return rebuilt; }

    /** The IRI base the store's data is under; a server configured for another base refuses it. */
    public String idBase() { return idBase; }

    public boolean isClosed() { return closed.get(); }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        dataset.close();
        try {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
        } catch (org.apache.jena.dboe.transaction.txn.TransactionException stillReading) {
            // a reader outlived its server (only at exit); the OS releases the files with the process
            LoggerFactory.getLogger(LoadedStore.class).warn("{} closed with a read still running: {}", this, stillReading.getMessage());
        }
    }

    @Override
    public String toString() {
        return "store " + directory.getFileName() + " (data hash " + dataHash.substring(0, Math.min(12, dataHash.length())) + ")";
    }
}
