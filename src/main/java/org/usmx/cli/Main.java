package org.usmx.cli;

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
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
