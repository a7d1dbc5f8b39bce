package org.usmx.api;

import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/**
 * One running server over the real data for the findability tests (search, filters, claims by
 * subject, reconciliation, contract), started on first use and closed when the test JVM exits,
 * so the store is built once rather than once per test class.
 */
public final class SharedRealServer {

    private static RunningServer server;

    private SharedRealServer() {}

    public static synchronized RunningServer get() {
        if (server == null) {
            server = RunningServer.start(TestProject.withRealData());
            RunningServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }
}
