package org.usmx.server;

import java.util.List;
import java.util.function.Consumer;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.servlet.JavalinServlet;
import io.javalin.json.JavalinJackson;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.usmx.config.Settings;
import org.usmx.sparql.BoundedQueryService;
import org.usmx.store.LoadedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP server, one port: Fuseki hosts Jetty and serves /sparql; Javalin (mounted as a
 * servlet, never started on its own) serves the API, Linked Data and pages. See
 * docs/architecture.md for why this way round.
 */
public final class UsmxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsmxServer.class);

    private final FusekiServer fuseki;
    private final Javalin app;

    private UsmxServer(FusekiServer fuseki, Javalin app) {
        this.fuseki = fuseki;
        this.app = app;
    }

    /** Builds (does not start) the server over an open store; {@code routes} adds the Javalin side. */
    public static UsmxServer create(Settings settings, LoadedStore store, Consumer<JavalinConfig> routes) {
        var dsg = store.dataset();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson());
            config.startup.showJavalinBanner = false;
            routes.accept(config);
        });
        FusekiServer fuseki = FusekiServer.create()
            .port(settings.port())
            .enableCors(true)
            .enablePing(true)
            .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new BoundedQueryService(settings.maxRows()))
            .add("/sparql", DataService.newBuilder(dsg).addEndpoint(Operation.Query))
            .addFilter("/*", new RequestLogFilter())
            .addFilter("/sparql", new ReadOnlyFilter())
            .addFilter("/sparql/*", new ReadOnlyFilter())
            .addServlet("/*", new JavalinServlet(app.unsafe))
            .build();
        return new UsmxServer(fuseki, app);
    }

    public UsmxServer start() {
        fuseki.start();
        LOG.info("usmx-kg listening on http://localhost:{}/ (SPARQL at /sparql)", fuseki.getHttpPort());
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The Javalin route table as "METHOD /path" (e.g. "GET /api/claims/{id}"); /sparql is Fuseki's, not listed. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
            .filter(e -> e.endpoint.method.isHttpMethod())
            .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
