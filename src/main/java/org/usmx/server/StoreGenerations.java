package org.usmx.server;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.javalin.Javalin;
import io.javalin.http.servlet.JavalinServlet;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.usmx.store.LoadedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store being served and everything built over it (the Javalin routes with their caches:
 * search index, labels, statistics, ETags), as one generation that is swapped whole when
 * {@code usmx load} makes a new store current.
 *
 * <p>Each request is pinned to the generation current when it arrives (a filter in front of
 * everything, Fuseki's /sparql included) and finishes on it; a new generation is built and warmed
 * completely before it is swapped in, and the old one is closed only when its last request ends.
 */
final class StoreGenerations {

    private static final Logger LOG = LoggerFactory.getLogger(StoreGenerations.class);
    private static final String PINNED = StoreGenerations.class.getName() + ".generation";
    private static final String SPARQL = "/sparql";

    /**
     * One store and the web application built over it; counts the requests still running on it.
     * The application may still be warming (built in the background at startup): see {@link #web()}.
     */
    static final class Generation {
        final LoadedStore store;
        private final CompletableFuture<Web> web;
        /** Fuseki's /sparql over this store. */
        private volatile DataAccessPoint sparql;
        private final AtomicInteger inFlight = new AtomicInteger();
        private volatile boolean retired;

        Generation(LoadedStore store, CompletableFuture<Web> web) {
            this.store = store;
            this.web = web;
        }

        /** The web application, waiting for it if it is still being built. */
        Web web() {
            return web.join();
        }

        /** Registers a request; false if the generation was retired meanwhile (the caller takes the new one). */
        boolean enter() {
            inFlight.incrementAndGet();
            if (retired) {
                inFlight.decrementAndGet();
                return false;
            }
            return true;
        }

        void exit() {
            inFlight.decrementAndGet();
        }
    }

    /** A Javalin application (never started) and the servlet that runs it inside Fuseki's Jetty. */
    record Web(Javalin app, JavalinServlet servlet) {
        static Web of(Javalin app) {
            return new Web(app, new JavalinServlet(app.unsafe));
        }
    }

    private final Function<LoadedStore, Javalin> appFactory;
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private volatile FusekiServer fuseki;
    private final CompletableFuture<ServletConfig> servletConfig = new CompletableFuture<>();
    private volatile boolean closing;

    /**
     * Serves {@code first}. Its web application (search index, claim catalogue, causal network...)
     * is built in the background so that the server answers at once: /sparql and /health right
     * away, other routes as soon as it is ready (they wait for it). Later stores are built whole
     * before they are switched in.
     */
    StoreGenerations(LoadedStore first, Function<LoadedStore, Javalin> appFactory) {
        this.appFactory = appFactory;
        long t0 = System.nanoTime();
        // started when Jetty initializes the servlet, so that it does not slow the server's own start
        CompletableFuture<Web> web = servletConfig.thenApplyAsync(config -> {
            long t1 = System.nanoTime();
            Web w = Web.of(appFactory.apply(first));
            init(w, config);
            LOG.info("web application over {} ready {} ms after the server was created (built in {} ms)", first,
                (System.nanoTime() - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            return w;
        }, runnable -> Thread.ofPlatform().name("usmx-warm-up").daemon().start(runnable));
        web.exceptionally(e -> {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (closing) LOG.debug("warm-up over {} ended by shutdown: {}", first, cause.getMessage());
            else {
                LOG.error("cannot build the web application over {}: {}", first, cause.toString());
                LOG.debug("the failure in full", cause); // USMX_LOG_LEVEL=DEBUG
            }
            return null;
        });
        current.set(new Generation(first, web));
    }

    private static void init(Web web, ServletConfig config) {
        try {
            web.servlet().init(config);
        } catch (ServletException e) {
            throw new IllegalStateException("cannot start the web application", e);
        }
    }

    /**
     * Shutting down: waits (at most {@code max}) for the web application still being built over
     * the current store, so that its queries end before the store closes.
     */
    void close(Duration max) {
        closing = true;
        try {
            current.get().web.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // failed (logged) or still running: closing goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called once the Fuseki server is built. Fuseki finds /sparql in its registry when it
     * dispatches, which may be after other filters have read the request body; the registry is
     * replaced by one that answers with the data service of the request's pinned generation.
     */
    void attach(FusekiServer server) {
        this.fuseki = server;
        DataAccessPointRegistry original = server.getDataAccessPointRegistry();
        current.get().sparql = original.get(SPARQL);
        DataAccessPointRegistry.set(server.getServletContext(), new PinnedRegistry(original));
    }

    /** The request thread's generation, while the pin filter runs (Fuseki answers on that thread). */
    private static final ThreadLocal<Generation> PINNED_HERE = new ThreadLocal<>();

    /** Fuseki's dataset registry, with /sparql resolved to the pinned generation's data service. */
    private final class PinnedRegistry extends DataAccessPointRegistry {
        PinnedRegistry(DataAccessPointRegistry original) {
            super(original);
        }

        @Override
        public DataAccessPoint get(String name) {
            if (SPARQL.equals(name)) {
                Generation g = PINNED_HERE.get();
                DataAccessPoint dap = (g != null ? g : current.get()).sparql;
                if (dap != null) return dap;
            }
            return super.get(name);
        }
    }

    Generation current() {
        return current.get();
    }

    /**
     * Builds everything over {@code next}, then swaps it in; requests already running finish on the
     * old store, which is closed when the last of them ends. The future completes then.
     */
    synchronized CompletableFuture<LoadedStore> switchTo(LoadedStore next) {
        long t0 = System.nanoTime();
        Web web = Web.of(appFactory.apply(next));
        init(web, servletConfig.join());
        Generation fresh = new Generation(next, CompletableFuture.completedFuture(web));
        DataService service = DataService.newBuilder(next.dataset()).addEndpoint(Operation.Query).build();
        service.setEndpointProcessors(fuseki.getOperationRegistry());
        service.goActive();
        fresh.sparql = new DataAccessPoint(SPARQL, service);
        Generation previous = current.getAndSet(fresh);
        DataAccessPoint old = previous.sparql;
        LOG.info("now serving {} (switched from {} in {} ms)", next, previous.store, (System.nanoTime() - t0) / 1_000_000);
        previous.retired = true;
        return CompletableFuture.supplyAsync(() -> {
            long waited = 0;
            while (previous.inFlight.get() > 0) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                waited += 50;
                if (waited % 60_000 == 0) LOG.info("{} request(s) still running on {}", previous.inFlight.get(), previous.store);
            }
            if (old != null) old.getDataService().goOffline();
            previous.store.close();
            LOG.info("closed {}", previous.store);
            return previous.store;
        }, runnable -> Thread.ofPlatform().name("usmx-retire-store").daemon().start(runnable));
    }

    /**
     * /health while the web application warms: the same promise as the full route (200 only when
     * the store answers a probe query), saying that the caches are still being built.
     */
    private static void warmingHealth(Generation g, HttpServletResponse resp) throws IOException {
        boolean ok;
        try {
            ok = Txn.calculateRead(g.store.dataset(), () -> {
                try (QueryExec probe = QueryExec.dataset(g.store.dataset()).query("ASK { ?s ?p ?o }").timeout(5, TimeUnit.SECONDS).build()) {
                    return probe.ask();
                }
            });
        } catch (RuntimeException e) {
            ok = false;
        }
        resp.setStatus(ok ? 200 : 503);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(ok ? "{\"status\":\"ok\",\"detail\":\"store loaded and answering; warming the caches\"}"
            : "{\"status\":\"unavailable\",\"detail\":\"store not answering the probe query\"}");
    }

    /**
     * The data hash {@code request} is answered under, if it is pinned to the generation still
     * current (during a switch an older request may see the new /sparql: no cache for it).
     */
    java.util.Optional<String> servingHash(HttpServletRequest request) {
        Generation now = current.get();
        Object pinned = request.getAttribute(PINNED);
        return pinned == now ? java.util.Optional.of(now.store.dataHash()) : java.util.Optional.empty();
    }

    /** Pins each request to the current generation for its whole duration. */
    Filter pinFilter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
                Generation g = current.get();
                while (!g.enter()) g = current.get();
                request.setAttribute(PINNED, g);
                PINNED_HERE.set(g);
                try {
                    chain.doFilter(request, response);
                } finally {
                    PINNED_HERE.remove();
                    g.exit();
                }
            }
        };
    }

    /** The Javalin side: hands each request to the web application of its pinned generation. */
    HttpServlet servlet() {
        return new HttpServlet() {
            @Override
            public void init(ServletConfig config) throws ServletException {
                super.init(config);
                servletConfig.complete(config);
            }

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                Object pinned = req.getAttribute(PINNED);
                Generation g = pinned instanceof Generation p ? p : current.get();
                if (!g.web.isDone() && "/health".equals(req.getRequestURI())) {
                    warmingHealth(g, resp);
                    return;
                }
                Web web;
                try {
                    web = g.web();
                } catch (RuntimeException failed) {
                    resp.sendError(503, "the web application could not be built; see the server log");
                    return;
                }
                web.servlet().handle(req, resp);
            }
        };
    }
}
