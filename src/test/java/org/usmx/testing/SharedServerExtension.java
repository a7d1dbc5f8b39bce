package org.usmx.testing;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test the server shared by the test JVM as a {@link RunningServer} parameter (of a
 * constructor, a {@code @BeforeAll} or a test method). Start and stop live in
 * {@link RunningServer}; nothing per class.
 */
abstract class SharedServerExtension implements ParameterResolver {

    private final Supplier<RunningServer> server;

    SharedServerExtension(Supplier<RunningServer> server) {
        this.server = server;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server.get();
    }
}
