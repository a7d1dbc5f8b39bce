package org.usmx.testing;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.jena.sparql.core.DatasetGraph;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;

/**
 * A store built once per test JVM and shared read-only by every test class that needs it:
 * {@link #real()} over a copy of the repository's data/ and ontology/, {@link #fixture()} over the
 * small fixture data. Built by {@link StoreManager} into a TDB2 database on disk, exactly as
 * {@code usmx serve} builds it (union default graph). Never write to it; a test that changes data
 * makes its own {@link TestProject} and store.
 */
public final class SharedStore {

    private static SharedStore real;
    private static SharedStore fixture;

    private final TestProject project;
    private final LoadedStore store;

    private SharedStore(TestProject project) {
        this.project = project;
        this.store = new StoreManager(project.storeDir(), project.dataFiles()).open(false);
        atExit(this::release);
    }

    private static final Deque<Runnable> AT_EXIT = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (AT_EXIT) {
                while (!AT_EXIT.isEmpty()) {
                    try {
                        AT_EXIT.pop().run();
                    } catch (RuntimeException e) {
                        // best effort at JVM exit: temporary directories and an in-process server
                    }
                }
            }
        }, "usmx-test-cleanup"));
    }

    /** Runs {@code action} when the test JVM exits, before anything registered earlier (servers before their stores). */
    static void atExit(Runnable action) {
        synchronized (AT_EXIT) {
            AT_EXIT.push(action);
        }
    }

    /** The real curated data, built on first use. */
    public static synchronized SharedStore real() {
        if (real == null) real = new SharedStore(TestProject.withRealData());
        return real;
    }

    /** The fixture data (src/test/resources/fixture), built on first use. */
    public static synchronized SharedStore fixture() {
        if (fixture == null) fixture = new SharedStore(TestProject.withFixtureData());
        return fixture;
    }

    /** The project directory the store was built from (read-only for tests). */
    public TestProject project() { return project; }

    public LoadedStore store() { return store; }

    /** The TDB2 dataset, default graph = union of the named graphs, as the service queries it. */
    public DatasetGraph dataset() { return store.dataset(); }

    private void release() {
        try {
            store.close();
        } finally {
            project.close();
        }
    }
}
