package org.usmx.api;

import org.usmx.http.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import io.javalin.http.Context;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;
import org.usmx.store.Exporter;
import org.usmx.store.LoadedStore;

/**
 * /.well-known/void (a VoID description computed from the store) and /dumps/ (the export
 * command's output: TriG, N-Quads, JSON-LD, each also gzipped). Dumps are generated once per
 * store and kept in memory: the store does not change while the server runs.
 */
public final class DatasetController {

    private static final Query COUNTS = ClasspathQueries.query("sparql/void-counts.rq");
    private static final Query VOID = ClasspathQueries.query("sparql/void-description.rq");
    private static final Map<String, Exporter.Format> DUMPS = Map.of(
        "usmx.trig", Exporter.Format.TRIG, "usmx.nq", Exporter.Format.NQUADS, "usmx.jsonld", Exporter.Format.JSONLD);

    private final LoadedStore store;
    private final SelectRunner runner;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    /** The HTML of /dumps/ from the data hash and the file names (a template of the web package). */
    private final java.util.function.BiFunction<String, List<String>, String> indexPage;

    public DatasetController(LoadedStore store, SelectRunner runner, java.util.function.BiFunction<String, List<String>, String> indexPage) {
        this.store = store;
        this.runner = runner;
        this.indexPage = indexPage;
    }

    public void voidDescription(Context ctx) {
        String base = ctx.scheme() + "://" + ctx.host() + "/";
        Map<String, String> counts = runner.select(COUNTS, Map.of()).rows().get(0);
        Graph g = Txn.calculateRead(store.dataset(), () -> {
            var b = QueryExec.dataset(store.dataset()).query(VOID).substitution(Var.alloc("base"), NodeFactory.createLiteralString(base));
            for (String k : List.of("triples", "subjects", "properties", "objects")) {
                b.substitution(Var.alloc(k), NodeFactory.createLiteralDT(counts.get(k), XSDDatatype.XSDinteger));
            }
            return b.construct();
        });
        boolean json = String.valueOf(ctx.header("Accept")).contains("application/ld+json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, json ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY);
        ctx.header("Vary", "Accept").contentType(json ? "application/ld+json" : "text/turtle; charset=utf-8").result(out.toByteArray());
    }

    public void index(Context ctx) {
        ctx.html(indexPage.apply(store.dataHash(), List.of("usmx.trig", "usmx.trig.gz", "usmx.nq", "usmx.nq.gz", "usmx.jsonld", "usmx.jsonld.gz")));
    }

    public void dump(Context ctx) {
        String file = ctx.pathParam("file");
        boolean gz = file.endsWith(".gz");
        Exporter.Format format = DUMPS.get(gz ? file.substring(0, file.length() - 3) : file);
        if (format == null) throw Problem.notFound("No dump " + file + "; see /dumps/.");
        byte[] bytes = cache.computeIfAbsent(file, f -> render(format, gz));
        ctx.header("ETag", "\"" + store.dataHash().substring(0, 32) + "-" + file + "\"");
        ctx.contentType(gz ? "application/gzip" : format.mediaType).result(bytes);
    }

    private byte[] render(Exporter.Format format, boolean gz) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            if (gz) {
                try (GZIPOutputStream z = new GZIPOutputStream(buf)) {
                    Exporter.write(store.dataset(), format, z);
                }
            } else {
                Exporter.write(store.dataset(), format, buf);
            }
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
