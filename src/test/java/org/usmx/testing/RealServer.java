package org.usmx.testing;

/**
 * {@code @ExtendWith(RealServer.class)}: a {@link RunningServer} parameter is the server over the
 * real curated data, started once per test JVM ({@link RunningServer#real()}).
 */
public final class RealServer extends SharedServerExtension {

    public RealServer() {
        super(RunningServer::real);
    }
}
