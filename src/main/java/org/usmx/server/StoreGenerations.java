package org.usmx.server;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
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

    /** One store and the web application built over it; counts the requests still running on it. */
    static final class Generation {
        final LoadedStore store;
        final Javalin app;
        final JavalinServlet servlet;
        private final AtomicInteger inFlight = new AtomicInteger();
        private volatile boolean retired;

        Generation(LoadedStore store, Javalin app) {
            this.store = store;
            this.app = app;
            this.servlet = new JavalinServlet(app.unsafe);
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

    private final Function<LoadedStore, Javalin> appFactory;
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private volatile FusekiServer fuseki;
    private volatile ServletConfig servletConfig;

    StoreGenerations(LoadedStore first, Function<LoadedStore, Javalin> appFactory) {
        this.appFactory = appFactory;
        current.set(new Generation(first, appFactory.apply(first)));
    }

    /** Called once the Fuseki server is built: it holds the /sparql data service to swap. */
    void attach(FusekiServer server) {
        this.fuseki = server;
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
        Generation fresh = new Generation(next, appFactory.apply(next));
        try {
            if (servletConfig != null) fresh.servlet.init(servletConfig);
        } catch (ServletException e) {
            throw new IllegalStateException("cannot start the web application over " + next, e);
        }
        // Fuseki's data service first, then the pointer: a request pinned to the old generation may
        // already see the new /sparql, never the reverse; both stay open while it runs.
        DataService service = DataService.newBuilder(next.dataset()).addEndpoint(Operation.Query).build();
        service.setEndpointProcessors(fuseki.getOperationRegistry());
        service.goActive();
        DataAccessPointRegistry registry = fuseki.getDataAccessPointRegistry();
        DataAccessPoint old = registry.get(SPARQL);
        registry.put(SPARQL, new DataAccessPoint(SPARQL, service));
        Generation previous = current.getAndSet(fresh);
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
                try {
                    chain.doFilter(request, response);
                } finally {
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
                servletConfig = config;
                current.get().servlet.init(config);
            }

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                Object pinned = req.getAttribute(PINNED);
                Generation g = pinned instanceof Generation p ? p : current.get();
                g.servlet.handle(req, resp);
            }
        };
    }
}
