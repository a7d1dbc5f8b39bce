package org.usmx.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.usmx.store.Exporter;
import org.usmx.store.LoadedStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Dump the store: trig or nquads (named graphs kept), turtle (union of all graphs), jsonld.",
        "While `usmx serve` runs over the store, the dump comes from that server."})
final class ExportCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = {"-f", "--format"}, description = "trig, nquads, turtle or jsonld (default: ${DEFAULT-VALUE}).",
        defaultValue = "trig", converter = FormatConverter.class)
    Exporter.Format format;

    @Option(names = {"-o", "--output"}, description = "File to write (default: standard output).")
    Path output;

    /** Parses a format name, or says which names there are. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Exporter.Format> {
        @Override
        public Exporter.Format convert(String value) {
            try {
                return Exporter.Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown format \"" + value + "\"; use one of "
                    + String.join(", ", Arrays.stream(Exporter.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        var server = ServerClient.forStore(project.settings().storeDir(), "export");
        try (OutputStream out = output == null ? System.out : Files.newOutputStream(output)) {
            if (server.isPresent()) {
                try (InputStream in = fromServer(server.get())) {
                    in.transferTo(out);
                }
            } else {
                try (LoadedStore store = project.openStore("export")) {
                    Exporter.write(store.dataset(), format, out);
                }
            }
            out.flush();
        }
        if (output != null) System.err.println("wrote " + output);
        return 0;
    }

    /** The server's dumps keep the graphs; the union as Turtle is a CONSTRUCT over its default graph (the union). */
    private InputStream fromServer(ServerClient server) {
        Duration timeout = Duration.ofMinutes(10);
        return switch (format) {
            case TRIG -> server.request("/dumps/usmx.trig", "GET", null, null, format.mediaType, timeout);
            case NQUADS -> server.request("/dumps/usmx.nq", "GET", null, null, format.mediaType, timeout);
            case JSONLD -> server.request("/dumps/usmx.jsonld", "GET", null, null, format.mediaType, timeout);
            case TURTLE -> server.request("/sparql", "POST", "application/sparql-query",
                org.usmx.store.ClasspathQueries.text("store/union-construct.rq"), format.mediaType, timeout);
        };
    }
}
