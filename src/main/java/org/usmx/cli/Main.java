package org.usmx.cli;

import org.usmx.store.DataLoadException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code usmx <command>}. Each subcommand is its own class. */
@Command(name = "usmx", mixinStandardHelpOptions = true, version = "usmx-kg 0.1.0",
    description = "Knowledge graph of US–Mexico defense and security relations.",
    subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, ExportCommand.class,
        QueryCommand.class, CleanSourcesCommand.class, NewPaperCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(Main::oneLine)
            .execute(args);
    }

    /**
     * A command that fails says why in one line, never with a stack trace (USMX_DEBUG=1 shows it,
     * for a developer chasing a bug).
     */
    private static int oneLine(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if ("1".equals(System.getenv("USMX_DEBUG"))) e.printStackTrace(cmd.getErr());
        String what = e instanceof DataLoadException ? e.getMessage() : describe(e);
        cmd.getErr().println("usmx " + cmd.getCommandName() + ": " + what);
        cmd.getErr().flush();
        return e instanceof DataLoadException ? 1 : 2;
    }

    /** The innermost useful message of an exception chain. */
    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) return t.getClass().getSimpleName();
        if (t instanceof java.nio.file.NoSuchFileException) return "no such file: " + message;
        if (t instanceof java.nio.file.AccessDeniedException) return "permission denied: " + message;
        return message.lines().findFirst().orElse(message);
    }
}
