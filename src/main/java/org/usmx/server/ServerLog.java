package org.usmx.server;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Moves the console log to standard output once a server runs, for the platform to collect
 * (CLI commands keep it on stderr so their own output on stdout stays clean; see logback.xml).
 */
public final class ServerLog {

    private ServerLog() {}

    /** Called by `serve` only: tests and other commands in the same JVM keep their stdout clean. */
    public static void toStandardOutput() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<?> appender = root.getAppender("CONSOLE");
        if (appender instanceof ConsoleAppender<?> console && !"System.out".equals(console.getTarget())) {
            console.stop();
            console.setTarget("System.out");
            console.start();
        }
    }
}
