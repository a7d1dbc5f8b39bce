package org.usmx.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.usmx.store.Exporter;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Dump the store: trig or nquads (named graphs kept), turtle (union of all graphs), jsonld.")
final class ExportCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = {"-f", "--format"}, description = "trig, nquads, turtle or jsonld (default: ${DEFAULT-VALUE}).", defaultValue = "trig")
    String format;

    @Option(names = {"-o", "--output"}, description = "File to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        Exporter.Format fmt = Exporter.Format.parse(format);
        try (LoadedStore store = new StoreManager(project.settings().storeDir(), project.dataFiles()).open(false)) {
            if (output == null) {
                Exporter.write(store.dataset(), fmt, System.out);
                System.out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    Exporter.write(store.dataset(), fmt, out);
                }
                System.err.println("wrote " + output);
            }
        }
        return 0;
    }
}
