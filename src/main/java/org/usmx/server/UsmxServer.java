package org.usmx.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.usmx.cache.ResponseCache;
import org.usmx.cache.ResponseCacheFilter;
import org.usmx.config.Limits;
import org.usmx.config.Settings;
import org.usmx.sparql.BoundedQueryService;
import org.usmx.store.LoadedStore;
import org.usmx.web.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP server, one port: Fuseki hosts Jetty and serves /sparql; Javalin (mounted as a
 * servlet, never started on its own) serves the API, Linked Data and pages. See
 * docs/architecture.md for why this way round.
 */
public final class UsmxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsmxServer.class);

    /** Jetty's default response buffer, which its buffer pool reuses; larger answers are streamed. */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private final FusekiServer fuseki;
    private final StoreGenerations served;
    private final Safety safety;

    private UsmxServer(FusekiServer fuseki, StoreGenerations served, Safety safety) {
        this.fuseki = fuseki;
        this.served = served;
        this.safety = safety;
    }

    /**
     * Builds (does not start) the server over an open store; {@code routes} builds the Javalin side
     * over a store, again for each store the server switches to ({@link #switchTo}).
     */
    public static UsmxServer create(Settings settings, LoadedStore store, Function<LoadedStore, Consumer<JavalinConfig>> routes) {
        return create(settings, store, Safety.of(Limits.fromEnvironment()), ResponseCache.fromEnvironment(), routes);
    }

    /** As {@link #create(Settings, LoadedStore, Function)}, with the given limits, admission pools and response cache. */
    public static UsmxServer create(Settings settings, LoadedStore store, Safety safety, ResponseCache cache,
                                    Function<LoadedStore, Consumer<JavalinConfig>> routes) {
        // No query may make this server send HTTP requests (SERVICE): off for every execution,
        // here globally and again in each store's context (see bounded(...)).
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        Limits limits = safety.limits();
        var dsg = bounded(store, settings, limits).dataset();
        StoreGenerations served = new StoreGenerations(store, s -> javalin(bounded(s, settings, limits), routes.apply(s)));
        FusekiServer fuseki = FusekiServer.create()
            .port(settings.port())
            .numServerThreads(Math.min(8, limits.serverThreads()), limits.serverThreads())
            .enablePing(true)
            .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new BoundedQueryService(settings.maxRows(),
                settings.queryTimeout(), limits, safety.sparql(), safety.running(), settings.idBase()))
            .add("/sparql", DataService.newBuilder(dsg).addEndpoint(Operation.Query))
            .addFilter("/*", served.pinFilter())
            .addFilter("/*", new RequestLogFilter())
            .addFilter("/*", new SecurityHeadersFilter())
            .addFilter("/*", new CorsFilter())
            .addFilter("/*", new EncodingFilter())
            .addFilter("/*", new TrafficFilter(limits, safety.pages()))
            .addFilter("/sparql", new ReadOnlyFilter())
            .addFilter("/sparql/*", new ReadOnlyFilter())
            .addFilter("/sparql", new FusekiErrorsFilter())
            .addFilter("/sparql/*", new FusekiErrorsFilter())
            // innermost: a repeated request is answered from memory, after the limits above have counted it
            .addFilter("/*", new ResponseCacheFilter(cache, served::servingHash))
            .addServlet("/*", served.servlet())
            .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null) continue;
            // no "Server: Jetty(12.x)" banner
            http.getHttpConfiguration().setSendServerVersion(false);
            // Fuseki asks for a 5 MB output buffer, above the largest buffer Jetty pools (64 KB), so
            // every response allocated and zeroed 5 MB of direct memory: 40% of a short query's time
            http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }
        installErrorHandler(fuseki);
        served.attach(fuseki);
        return new UsmxServer(fuseki, served, safety);
    }

    /**
     * Errors Jetty answers itself (a request it cannot parse, an ambiguous path, a servlet's
     * sendError) in the service's one error format instead of Jetty's default page: on the server
     * for protocol errors, on Fuseki's servlet context for everything dispatched into it.
     */
    private static void installErrorHandler(FusekiServer fuseki) {
        ProblemErrorHandler errors = new ProblemErrorHandler(p -> ErrorPages.render(p.status(), p.title(), p.detail()));
        fuseki.getJettyServer().setErrorHandler(errors);
        ServletContextHandler.getServletContextHandler(fuseki.getServletContext()).setErrorHandler(errors);
    }

    /** The execution limits every query over {@code store} runs under: timeout, no SERVICE, spill to disk. */
    private static LoadedStore bounded(LoadedStore store, Settings settings, Limits limits) {
        var context = store.dataset().getContext();
        context.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.spillToDiskThreshold, (long) limits.spillToDisk());
        return store;
    }

    /** The Javalin side over one store (not started: it runs as a servlet inside Fuseki's Jetty). */
    private static Javalin javalin(LoadedStore store, Consumer<JavalinConfig> routes) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson());
            config.startup.showJavalinBanner = false;
            routes.accept(config);
        });
    }

    /**
     * Serves {@code next} from now on (after `usmx load`): everything over it is built first, requests
     * already running finish on the old store, which is closed when they end (the future completes then).
     */
    public CompletableFuture<LoadedStore> switchTo(LoadedStore next) {
        return served.switchTo(next);
    }

    /** The store now being served. */
    public LoadedStore store() {
        return served.current().store;
    }

    public UsmxServer start() {
        fuseki.start();
        LOG.info("usmx-kg listening on http://localhost:{}/ (SPARQL at /sparql)", fuseki.getHttpPort());
        LOG.info("limits: {}", safety.limits().describe());
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The Javalin route table as "METHOD /path" (e.g. "GET /api/claims/{id}"); /sparql is Fuseki's, not listed. */
    public List<String> routes() {
        return served.current().web().app().unsafe.internalRouter.allHttpHandlers().stream()
            .filter(e -> e.endpoint.method.isHttpMethod())
            .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
        served.close(Duration.ofSeconds(10)); // a warm-up's queries should end before the store closes
        safety.close();
    }
}
