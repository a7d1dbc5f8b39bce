package org.usmx.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The limits that keep the public endpoint safe for anonymous users: how large and how deeply
 * nested a query may be, how many run at once, how long they may wait, how often one client may
 * ask, and how much memory a query may hold. Defaults suit the machine the service runs on (they
 * scale with its cores); each can be changed by an environment variable ({@code USMX_…}) or a
 * system property ({@code usmx.…}), the property winning. README "Operations" lists them.
 *
 * @param maxQueryChars      longest query text accepted; longer ones get 400 before parsing
 * @param maxQueryNesting    deepest bracket nesting ({ ( [) accepted; deeper gets 400 before parsing
 * @param sparqlConcurrency  SPARQL queries executing at once
 * @param sparqlQueue        SPARQL queries allowed to wait for a slot; more get 503 at once
 * @param sparqlQueueWait    longest wait for a slot before 503 with Retry-After
 * @param pageConcurrency    other requests (pages, entity API, search) handled at once; their own capacity
 * @param pageQueue          other requests allowed to wait
 * @param pageQueueWait      longest wait for the other requests
 * @param sparqlPerMinute    SPARQL requests per client per minute (sustained); above it 429 with Retry-After
 * @param sparqlBurst        SPARQL requests a client may send at once before the per-minute rate applies
 * @param requestsPerMinute  all requests per client per minute (sustained)
 * @param requestBurst       all requests a client may send at once
 * @param rateLimitLoopback  whether requests from this machine itself (loopback, not forwarded by a
 *                           proxy) are rate-limited too; off by default, since a local user can use
 *                           the CLI anyway. Requests a local proxy forwards (X-Forwarded-For) always are.
 * @param spillToDisk        bindings a sort, DISTINCT or grouping holds in memory before spilling to disk
 * @param maxConstructTriples largest CONSTRUCT or DESCRIBE result; larger ones get 422
 * @param heapFraction       live heap (after GC) above this fraction of the maximum stops the hungriest query with 503
 * @param serviceAllowList   SERVICE endpoints an operator allows (exact IRIs); empty = SERVICE refused with 400
 */
public record Limits(int maxQueryChars, int maxQueryNesting,
                     int sparqlConcurrency, int sparqlQueue, Duration sparqlQueueWait,
                     int pageConcurrency, int pageQueue, Duration pageQueueWait,
                     int sparqlPerMinute, int sparqlBurst, int requestsPerMinute, int requestBurst,
                     boolean rateLimitLoopback, int spillToDisk, int maxConstructTriples, double heapFraction,
                     List<String> serviceAllowList) {

    public Limits {
        serviceAllowList = List.copyOf(serviceAllowList);
        if (heapFraction <= 0 || heapFraction >= 1) throw new IllegalArgumentException("heapFraction must be in (0, 1), got " + heapFraction);
    }

    /** The defaults, fitted to the cores of this machine, without looking at the environment. */
    public static Limits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        int sparql = Math.max(2, cores);
        return new Limits(32_768, 20,
            sparql, 4 * sparql, Duration.ofSeconds(10),
            Math.max(16, 8 * cores), 64, Duration.ofSeconds(10),
            120, 30, 1_200, 200, false,
            50_000, 100_000, 0.7,
            List.of());
    }

    /** The defaults, each overridden by its system property or environment variable when set. */
    public static Limits fromEnvironment() {
        return fromEnvironment(System::getProperty, System::getenv);
    }

    static Limits fromEnvironment(Function<String, String> properties, Function<String, String> env) {
        Limits d = defaults();
        Source s = new Source(properties, env);
        return new Limits(
            s.integer("maxQueryChars", d.maxQueryChars), s.integer("maxQueryNesting", d.maxQueryNesting),
            s.integer("sparqlConcurrency", d.sparqlConcurrency), s.integer("sparqlQueue", d.sparqlQueue),
            s.seconds("sparqlQueueWait", d.sparqlQueueWait),
            s.integer("pageConcurrency", d.pageConcurrency), s.integer("pageQueue", d.pageQueue),
            s.seconds("pageQueueWait", d.pageQueueWait),
            s.integer("sparqlPerMinute", d.sparqlPerMinute), s.integer("sparqlBurst", d.sparqlBurst),
            s.integer("requestsPerMinute", d.requestsPerMinute), s.integer("requestBurst", d.requestBurst),
            s.bool("rateLimitLoopback", d.rateLimitLoopback),
            s.integer("spillToDisk", d.spillToDisk), s.integer("maxConstructTriples", d.maxConstructTriples),
            s.fraction("heapFraction", d.heapFraction),
            s.list("serviceAllowList", d.serviceAllowList));
    }

    public Limits withQueryShape(int chars, int nesting) {
        return new Limits(chars, nesting, sparqlConcurrency, sparqlQueue, sparqlQueueWait, pageConcurrency, pageQueue,
            pageQueueWait, sparqlPerMinute, sparqlBurst, requestsPerMinute, requestBurst, rateLimitLoopback, spillToDisk, maxConstructTriples,
            heapFraction, serviceAllowList);
    }

    public Limits withSparqlAdmission(int concurrency, int queue, Duration wait) {
        return new Limits(maxQueryChars, maxQueryNesting, concurrency, queue, wait, pageConcurrency, pageQueue,
            pageQueueWait, sparqlPerMinute, sparqlBurst, requestsPerMinute, requestBurst, rateLimitLoopback, spillToDisk, maxConstructTriples,
            heapFraction, serviceAllowList);
    }

    public Limits withPageAdmission(int concurrency, int queue, Duration wait) {
        return new Limits(maxQueryChars, maxQueryNesting, sparqlConcurrency, sparqlQueue, sparqlQueueWait, concurrency, queue,
            wait, sparqlPerMinute, sparqlBurst, requestsPerMinute, requestBurst, rateLimitLoopback, spillToDisk, maxConstructTriples,
            heapFraction, serviceAllowList);
    }

    /** Rates as given, applied to loopback clients too (for tests on this machine). */
    public Limits withRates(int sparqlPerMin, int sparqlBurstSize, int requestsPerMin, int requestBurstSize) {
        return new Limits(maxQueryChars, maxQueryNesting, sparqlConcurrency, sparqlQueue, sparqlQueueWait, pageConcurrency,
            pageQueue, pageQueueWait, sparqlPerMin, sparqlBurstSize, requestsPerMin, requestBurstSize, true, spillToDisk,
            maxConstructTriples, heapFraction, serviceAllowList);
    }

    public Limits withMemory(int spill, int constructTriples, double heap) {
        return new Limits(maxQueryChars, maxQueryNesting, sparqlConcurrency, sparqlQueue, sparqlQueueWait, pageConcurrency,
            pageQueue, pageQueueWait, sparqlPerMinute, sparqlBurst, requestsPerMinute, requestBurst, rateLimitLoopback, spill, constructTriples,
            heap, serviceAllowList);
    }

    public Limits withServiceAllowList(List<String> endpoints) {
        return new Limits(maxQueryChars, maxQueryNesting, sparqlConcurrency, sparqlQueue, sparqlQueueWait, pageConcurrency,
            pageQueue, pageQueueWait, sparqlPerMinute, sparqlBurst, requestsPerMinute, requestBurst, rateLimitLoopback, spillToDisk,
            maxConstructTriples, heapFraction, endpoints);
    }

    /** Jetty threads enough for every admitted and waiting request of both pools, plus its own (acceptors, selectors). */
    public int serverThreads() {
        return sparqlConcurrency + sparqlQueue + pageConcurrency + pageQueue + 16;
    }

    /** The settings as shown by /api/stats and the startup log: name → value. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxQueryChars", maxQueryChars);
        m.put("maxQueryNesting", maxQueryNesting);
        m.put("sparqlConcurrency", sparqlConcurrency);
        m.put("sparqlQueue", sparqlQueue);
        m.put("sparqlQueueWaitSeconds", sparqlQueueWait.toSeconds());
        m.put("pageConcurrency", pageConcurrency);
        m.put("pageQueue", pageQueue);
        m.put("pageQueueWaitSeconds", pageQueueWait.toSeconds());
        m.put("sparqlPerMinute", sparqlPerMinute);
        m.put("sparqlBurst", sparqlBurst);
        m.put("requestsPerMinute", requestsPerMinute);
        m.put("requestBurst", requestBurst);
        m.put("rateLimitLoopback", rateLimitLoopback);
        m.put("spillToDisk", spillToDisk);
        m.put("maxConstructTriples", maxConstructTriples);
        m.put("heapFraction", heapFraction);
        m.put("serviceAllowList", serviceAllowList);
        return m;
    }

    /** Reads {@code usmx.name} (system property) or {@code USMX_NAME} (environment), property first. */
    private record Source(Function<String, String> properties, Function<String, String> env) {

        String raw(String name) {
            String v = properties.apply("usmx." + name);
            if (v == null) v = env.apply(envName(name));
            return v == null || v.isBlank() ? null : v.trim();
        }

        static String envName(String name) {
            return "USMX_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
        }

        int integer(String name, int dflt) {
            String v = raw(name);
            if (v == null) return dflt;
            try {
                int i = Integer.parseInt(v);
                if (i < 0) throw new NumberFormatException();
                return i;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(envName(name) + " must be a whole number ≥ 0, got \"" + v + "\"");
            }
        }

        Duration seconds(String name, Duration dflt) {
            String v = raw(name);
            if (v == null) return dflt;
            try {
                double s = Double.parseDouble(v);
                if (s < 0 || Double.isNaN(s) || Double.isInfinite(s)) throw new NumberFormatException();
                return Duration.ofMillis(Math.round(s * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(envName(name) + " must be a number of seconds ≥ 0, got \"" + v + "\"");
            }
        }

        double fraction(String name, double dflt) {
            String v = raw(name);
            if (v == null) return dflt;
            try {
                double f = Double.parseDouble(v);
                if (!(f > 0 && f < 1)) throw new NumberFormatException();
                return f;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(envName(name) + " must be a fraction between 0 and 1, got \"" + v + "\"");
            }
        }

        boolean bool(String name, boolean dflt) {
            String v = raw(name);
            if (v == null) return dflt;
            if (v.equalsIgnoreCase("true")) return true;
            if (v.equalsIgnoreCase("false")) return false;
            throw new IllegalArgumentException(envName(name) + " must be true or false, got \"" + v + "\"");
        }

        List<String> list(String name, List<String> dflt) {
            String v = raw(name);
            if (v == null) return dflt;
            return Arrays.stream(v.split("[,\\s]+")).filter(x -> !x.isBlank()).toList();
        }
    }
}
