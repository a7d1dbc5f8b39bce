package org.usmx.cli;

import java.util.concurrent.Callable;

import org.usmx.store.DataLoadException;
import org.usmx.store.StoreManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Rebuild the store from data/ and ontology/. Atomic: if any file is broken the previous store stays current.")
final class LoadCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--if-changed", description = "Only rebuild when the content hash differs from the current store's.")
    boolean ifChanged;

    @Override
    public Integer call() {
        StoreManager stores = new StoreManager(project.settings().storeDir(), project.dataFiles());
        try (var store = stores.open(!ifChanged)) {
            System.out.println((store.rebuilt() ? "built " : "unchanged ") + store.directory() + " (data hash " + store.dataHash() + ")");
            return 0;
        } catch (DataLoadException e) {
            System.err.println("load failed, previous store kept: " + e.getMessage());
            return 1;
        }
    }
}
