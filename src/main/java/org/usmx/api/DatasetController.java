package org.usmx.api;

import org.usmx.http.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import org.usmx.store.LoadedStore;
import org.usmx.store.ReleaseDumps;
import org.usmx.web.DumpsView;
import org.usmx.web.Templates;

/**
 * /.well-known/void (a VoID description computed from the store) and /dumps/ (the export
 * command's output: TriG, N-Quads, JSON-LD, each also gzipped). Dumps are written once per data
 * release as files ({@link ReleaseDumps}) and served from disk, under a stable name and under an
 * immutable URL that names the release.
 */
public final class DatasetController {

    private static final Query COUNTS = ClasspathQueries.query("sparql/void-counts.rq");
    private static final Query VOID = ClasspathQueries.query("sparql/void-description.rq");

    private final LoadedStore store;
    private final SelectRunner runner;
    private final ReleaseDumps dumps;

    private final String idSpace;

    /** @param idBase the configured IRI base: VoID's uriSpace is its id/ namespace */
    public DatasetController(LoadedStore store, SelectRunner runner, ReleaseDumps dumps, String idBase) {
        this.idSpace = new org.usmx.iri.IriPolicy(idBase).idNamespace();
        this.store = store;
        this.runner = runner;
        this.dumps = dumps;
    }

    public void voidDescription(Context ctx) {
        String base = ctx.scheme() + "://" + ctx.host() + "/";
        Map<String, String> counts = runner.select(COUNTS, Map.of()).rows().get(0);
        Graph g = Txn.calculateRead(store.dataset(), () -> {
            var b = QueryExec.dataset(store.dataset()).query(VOID).substitution(Var.alloc("base"), NodeFactory.createLiteralString(base))
                .substitution(Var.alloc("uriSpace"), NodeFactory.createLiteralString(idSpace));
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

    /** GET /dumps/: the current release's dumps, each at its immutable URL, with sizes once written. */
    public void index(Context ctx) {
        String release = dumps.release();
        List<DumpsView.Dump> files = ReleaseDumps.NAMES.stream()
            .map(name -> new DumpsView.Dump(name, "/dumps/" + release + "/" + name, "/dumps/" + name,
                ReleaseDumps.mediaType(name).orElseThrow()))
            .toList();
        ctx.html(Templates.render("dumps.jte", new DumpsView(store.dataHash(), release, files)));
    }

    /**
     * GET /dumps/{file}: the current release's dump under its stable name (cacheable for minutes,
     * as every answer); the {@code Link} header names its immutable URL.
     */
    public void dump(Context ctx) {
        String file = ctx.pathParam("file");
        String type = dumpType(file);
        String immutable = "/dumps/" + dumps.release() + "/" + file;
        ctx.header("Link", "<" + immutable + ">; rel=\"canonical\"");
        send(ctx, file, type);
    }

    /**
     * GET /dumps/{release}/{file}: one release's dump at a URL that never changes meaning, so any
     * cache may keep it for a year. Only the release being served is kept; an older one is 404.
     */
    public void releaseDump(Context ctx) {
        String release = ctx.pathParam("release");
        String file = ctx.pathParam("file");
        String type = dumpType(file);
        if (!release.equals(dumps.release())) {
            throw Problem.notFound("Release " + release + " is not served here; this server serves release "
                + dumps.release() + " (see /dumps/).");
        }
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        send(ctx, file, type);
    }

    private static String dumpType(String file) {
        return ReleaseDumps.mediaType(file)
            .orElseThrow(() -> Problem.notFound("No dump " + file + "; the dumps are " + String.join(", ", ReleaseDumps.NAMES) + " (see /dumps/)."));
    }

    private void send(Context ctx, String file, String type) {
        Path path = dumps.file(file);
        try {
            ctx.header("ETag", "\"" + dumps.release() + "-" + file + "\"");
            ctx.header("Content-Length", Long.toString(Files.size(path)));
            ctx.contentType(type).result(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
