package org.usmx.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.usmx.config.Settings;
import org.usmx.store.DataFiles;
import org.usmx.store.DataLoadException;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command shares: where the project and the store are. */
public final class ProjectOptions {

    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--project", description = "Project directory holding data/ and ontology/ (default: ${DEFAULT-VALUE}).",
        defaultValue = "${env:USMX_PROJECT:-.}")
    Path project;

    @Option(names = "--store", description = "Directory for TDB2 databases (default: <project>/store, or $USMX_STORE).",
        defaultValue = "${env:USMX_STORE}")
    Path store;

    @Option(names = "--id-base", paramLabel = "IRI",
        description = "IRI base of the entities, ending in / (default: " + Settings.DEFAULT_ID_BASE + ", or $USMX_ID_BASE).",
        defaultValue = "${env:USMX_ID_BASE}")
    String idBase;

    Settings settings() {
        Settings s = Settings.defaults(project.toAbsolutePath().normalize());
        if (store != null) s = s.withStoreDir(store.toAbsolutePath().normalize());
        if (idBase != null && !idBase.isBlank()) {
            try {
                s = s.withIdBase(idBase.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--id-base: " + e.getMessage());
            }
        }
        return s;
    }

    /**
     * The store for a command that reads it (query, export): rebuilt if data/ changed; if that
     * fails, the last good store, with one line on stderr saying so.
     */
    LoadedStore openStore(String command) {
        StoreManager stores = new StoreManager(settings().storeDir(), dataFiles(), settings().idBase());
        try {
            return stores.open(false);
        } catch (DataLoadException e) {
            LoadedStore last = stores.openCurrent();
            if (last == null) throw e;
            System.err.println("usmx " + command + ": data/ does not load (" + e.getMessage().lines().findFirst().orElse("")
                + "); using the last good store " + last.directory().getFileName());
            return last;
        }
    }

    DataFiles dataFiles() {
        Settings s = settings();
        return new DataFiles(s.dataDir(), s.ontologyDir());
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
