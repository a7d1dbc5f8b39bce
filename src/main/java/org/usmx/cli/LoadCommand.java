package org.usmx.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.usmx.store.DataLoadException;
import org.usmx.store.ServeLock;
import org.usmx.store.StoreManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Rebuild the store from data/ and ontology/. Atomic: if any file is broken the previous store stays current.",
        "A running `usmx serve` over the same store switches to the new one by itself."})
final class LoadCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--if-changed", description = "Only rebuild when the content hash differs from the current store's.")
    boolean ifChanged;

    @Option(names = "--allow-shrink",
        description = "Accept a graph losing more than 10%% of its triples against the current store (otherwise the load fails).")
    boolean allowShrink;

    @Override
    public Integer call() {
        StoreManager stores = new StoreManager(project.settings().storeDir(), project.dataFiles(), project.settings().idBase());
        String hash = stores.contentHash();
        Path current = stores.currentDirectory();
        if (ifChanged && current != null && hash.equals(StoreManager.dataHashOf(current))
            && stores.idBase().equals(StoreManager.idBaseOf(current))) {
            System.out.println("unchanged " + current + " (data hash " + hash + ")");
            return 0;
        }
        try {
            // Never opens the new database here: a running server over this store opens it next.
            Path built = stores.rebuild(hash, allowShrink);
            System.out.println("built " + built + " (data hash " + hash + ")");
            ServeLock.holder(project.settings().storeDir()).ifPresent(server ->
                System.out.println(server.describe() + " switches to it now; queries already running finish on the previous store"));
            return 0;
        } catch (DataLoadException e) {
            System.err.println("load failed, previous store kept: " + e.getMessage());
            return 1;
        }
    }
}
