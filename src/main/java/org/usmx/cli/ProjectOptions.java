package org.usmx.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.usmx.config.Settings;
import org.usmx.store.DataFiles;

import picocli.CommandLine.Option;

/** Options every command shares: where the project and the store are. */
public final class ProjectOptions {

    @Option(names = "--project", description = "Project directory holding data/ and ontology/ (default: ${DEFAULT-VALUE}).",
        defaultValue = "${env:USMX_PROJECT:-.}")
    Path project;

    @Option(names = "--store", description = "Directory for TDB2 databases (default: <project>/store, or $USMX_STORE).",
        defaultValue = "${env:USMX_STORE}")
    Path store;

    Settings settings() {
        Settings s = Settings.defaults(project.toAbsolutePath().normalize());
        return store == null ? s : s.withStoreDir(store.toAbsolutePath().normalize());
    }

    DataFiles dataFiles() {
        Settings s = settings();
        return new DataFiles(s.dataDir(), s.ontologyDir());
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
