package org.usmx.explore;

import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/** One real server over the real data, shared by every test of this package (built once per JVM). */
final class ExploreServer {

    private static RunningServer server;

    private ExploreServer() {}

    static synchronized RunningServer get() {
        if (server == null) {
            server = RunningServer.start(TestProject.withRealData());
            RunningServer s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return server;
    }
}
