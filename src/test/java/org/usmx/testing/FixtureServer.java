package org.usmx.testing;

/**
 * {@code @ExtendWith(FixtureServer.class)}: a {@link RunningServer} parameter is the server over
 * the fixture data, started once per test JVM ({@link RunningServer#fixture()}).
 */
public final class FixtureServer extends SharedServerExtension {

    public FixtureServer() {
        super(RunningServer::fixture);
    }
}
