package org.usmx.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.usmx.config.Limits;

/**
 * The public SPARQL query service: Fuseki's protocol handling (GET, POST form, POST body,
 * FROM / default-graph-uri over the stored graphs only) with every step bounded:
 * <ol>
 * <li>the text is checked for size and nesting before the parser sees it ({@link QueryTextGuard});</li>
 * <li>it is parsed with the standard prefixes predeclared (errors at the user's line and column);</li>
 * <li>SERVICE and java: functions are refused ({@link QueryPolicy}); regex is made cancellable ({@link BoundedRegex});</li>
 * <li>the answer's format is chosen before any work (406 for an Accept we cannot serve);</li>
 * <li>it waits for an execution slot ({@link Admission}; 503 + Retry-After when busy);</li>
 * <li>it runs under one deadline counted from the request's arrival, with no outbound HTTP and
 *     with sorting/grouping spilling to disk; the memory guard or a departed client stop it
 *     ({@link RunningQueries});</li>
 * <li>the whole result is computed before the first byte is sent, so a timeout is a clean 503,
 *     never a truncated 200; results above the row or triple cap get 422, never cut.</li>
 * </ol>
 * GET /sparql without a query answers the SPARQL Service Description.
 */
public final class BoundedQueryService extends SPARQL_QueryDataset {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedQueryService.class);

    /** Request attribute: a short hash of the query text, for the request log line. */
    public static final String QUERY_HASH = "usmx.queryHash";
    /** Request attribute (Long, System.nanoTime()) set when the request arrived, so the deadline counts from there. */
    public static final String ARRIVED = "usmx.arrivedNanos";

    private final int maxRows;
    private final Duration serverTimeout;
    private final Limits limits;
    private final QueryPolicy policy;
    private final Admission admission;
    private final RunningQueries running;
    /** The configured IRI base: the predeclared entity prefixes (inst:, claim:, …) name namespaces under it. */
    private final String idBase;

    /** Default limits; the server timeout is taken from the dataset context (ARQ.queryTimeout). */
    public BoundedQueryService(int maxRows) {
        this(maxRows, null, Limits.defaults(), new Admission("sparql", Limits.defaults().sparqlConcurrency(),
            Limits.defaults().sparqlQueue(), Limits.defaults().sparqlQueueWait()), null);
    }

    /** Under the default IRI base. */
    public BoundedQueryService(int maxRows, Duration serverTimeout, Limits limits, Admission admission, RunningQueries running) {
        this(maxRows, serverTimeout, limits, admission, running, org.usmx.iri.IriPolicy.DEFAULT_BASE);
    }

    /** @param idBase the configured IRI base (Settings.idBase): the predeclared entity prefixes name namespaces under it */
    public BoundedQueryService(int maxRows, Duration serverTimeout, Limits limits, Admission admission, RunningQueries running,
                               String idBase) {
        this.maxRows = maxRows;
        this.serverTimeout = serverTimeout;
        this.limits = limits;
        this.policy = new QueryPolicy(limits.serviceAllowList());
        this.admission = admission;
        this.running = running;
        this.idBase = idBase;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("query") == null) {
            serviceDescription(action);
            return;
        }
        super.execGet(action);
    }

    private void serviceDescription(HttpAction action) {
        ResultFormats.Choice choice;
        try {
            choice = ResultFormats.forRdf(format(action), action.getRequestHeader("Accept"));
        } catch (QueryRefused r) {
            ServletOps.error(r.status(), r.getMessage());
            return;
        }
        HttpServletRequest req = action.getRequest();
        String url = req.getRequestURL().toString();
        Graph sd = ServiceDescription.describe(url, action.getDataService().getDataset());
        action.setResponseStatus(200);
        action.setResponseContentType(choice.contentType() + ";charset=utf-8");
        action.setResponseHeader("Vary", "Accept");
        try (OutputStream out = action.getResponseOutputStream()) {
            RDFWriter.source(sd).format(choice.rdfFormat()).output(out);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    /**
     * A query posted as the body ({@code application/sparql-query}): read at most what the longest
     * accepted query can take in UTF-8; a longer body gets 413 without being parsed. A body up to
     * {@link #DRAINED_BYTES} is read and dropped first, so that a client still sending it gets the
     * 413 on an open connection rather than a reset; a larger one is refused unread.
     */
    @Override
    protected void executeBody(HttpAction action) {
        long maxBytes = 4L * limits.maxQueryChars();
        long declared = action.getRequest().getContentLengthLong();
        if (declared > maxBytes) {
            if (declared <= DRAINED_BYTES) drain(action);
            ServletOps.error(413, tooLarge(maxBytes));
            return;
        }
        byte[] body;
        try {
            body = action.getRequestInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            ServletOps.errorBadRequest("Could not read the query body: " + e.getMessage());
            return;
        }
        if (body.length > maxBytes) {
            ServletOps.error(413, tooLarge(maxBytes));
            return;
        }
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    /** The largest refused body read to its end before answering (beyond it, the connection closes). */
    private static final long DRAINED_BYTES = 1L << 20;

    private static void drain(HttpAction action) {
        try {
            action.getRequestInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException clientGone) {
            // nothing to answer to; the 413 goes out if the connection still stands
        }
    }

    private static String tooLarge(long maxBytes) {
        return "The query body is larger than " + maxBytes + " bytes, more than any query this endpoint accepts.";
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            run(queryString == null ? "" : queryString, action);
        } catch (QueryRefused r) {
            if (r.retryAfterSeconds() > 0) action.setResponseHeader("Retry-After", Integer.toString(r.retryAfterSeconds()));
            ServletOps.error(r.status(), r.getMessage());
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query is nested too deeply to be processed. Flatten it.");
        }
    }

    private void run(String text, HttpAction action) {
        HttpServletRequest req = action.getRequest();
        long arrived = req.getAttribute(ARRIVED) instanceof Long l ? l : System.nanoTime();
        String hash = hash(text);
        req.setAttribute(QUERY_HASH, hash);
        LOG.debug("query {}: {}", hash, text);
        long timeoutMs = timeoutMillis(action);
        if (text.isBlank()) throw new QueryRefused(400, "The query is empty.");
        QueryTextGuard.check(text, limits.maxQueryChars(), limits.maxQueryNesting());

        Prepared prepared = prepared(text);
        Query query = prepared.query();
        ResultFormats.Choice format = query.isSelectType() || query.isAskType()
            ? ResultFormats.forResults(format(action), action.getRequestHeader("Accept"))
            : ResultFormats.forRdf(format(action), action.getRequestHeader("Accept"));
        Query runnable = prepared.runnable();

        try (Admission.Slot slot = admission.enter(Duration.ofMillis(remaining(arrived, timeoutMs)))) {
            long left = remaining(arrived, timeoutMs);
            if (left <= 0) throw timedOut(timeoutMs);
            action.beginRead();
            try {
                Pair<DatasetGraph, Query> p = decideDataset(action, runnable, hash);
                Context cxt = action.getContext().copy();
                // SERVICE runs only to endpoints the operator listed (QueryPolicy refused every other)
                cxt.set(ARQ.httpServiceAllowed, !limits.serviceAllowList().isEmpty());
                cxt.set(ARQ.spillToDiskThreshold, (long) limits.spillToDisk());
                QueryExec exec = QueryExec.newBuilder().dataset(p.getLeft()).query(p.getRight() == null ? runnable : p.getRight())
                    .context(cxt).timeout(left, TimeUnit.MILLISECONDS).build();
                try (exec; RunningQueries.Running watched = watch(exec, req)) {
                    Answer answer;
                    try {
                        long deadline = arrived + timeoutMs * 1_000_000;
                        answer = BoundedRegex.withDeadline(deadline, () -> compute(exec, query));
                    } catch (QueryCancelledException e) {
                        throw cancelled(watched, timeoutMs);
                    } catch (QueryRefused e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // ARQ's spill bags can fail while closing after a cancel; the cancel is the story
                        if ((watched != null && watched.stopped() != null) || remaining(arrived, timeoutMs) <= 0) {
                            throw cancelled(watched, timeoutMs);
                        }
                        throw e;
                    } catch (OutOfMemoryError e) {
                        throw new QueryRefused(503, "The query was stopped: it needed more memory than this server gives one query. "
                            + "Add LIMIT, aggregate, or narrow the pattern.", 5);
                    }
                    if (watched != null && watched.stopped() != null) throw cancelled(watched, timeoutMs);
                    write(action, format, answer);
                }
            } finally {
                action.endRead();
            }
        }
    }

    private RunningQueries.Running watch(QueryExec exec, HttpServletRequest req) {
        if (running == null) return null;
        BooleanSupplier gone = ClientConnection.goneCheck(req);
        return running.watch(exec, gone);
    }

    private static QueryRefused cancelled(RunningQueries.Running watched, long timeoutMs) {
        RunningQueries.Stop why = watched == null ? null : watched.stopped();
        if (why == RunningQueries.Stop.MEMORY) {
            return new QueryRefused(503, "The query was stopped: it held too much memory while the server was short of it. "
                + "Add LIMIT, aggregate, or narrow the pattern; sorting and grouping fewer rows helps most.", 5);
        }
        if (why == RunningQueries.Stop.CLIENT_GONE) return new QueryRefused(499, "Client closed the connection.");
        return timedOut(timeoutMs);
    }

    private static QueryRefused timedOut(long timeoutMs) {
        return new QueryRefused(503, "Query timed out after " + String.format("%.1f", timeoutMs / 1000.0)
            + " s (the limit covers parsing, waiting for a slot and execution). Add LIMIT, make the pattern more selective, "
            + "or aggregate.");
    }

    private static long remaining(long arrivedNanos, long timeoutMs) {
        return timeoutMs - (System.nanoTime() - arrivedNanos) / 1_000_000;
    }

    private static String format(HttpAction action) {
        String f = action.getRequestParameter("format");
        return f != null ? f : action.getRequestParameter("output");
    }

    /** The server cap, lowered (never raised) by a valid {@code timeout=} seconds parameter; 400 for an invalid one. */
    private long timeoutMillis(HttpAction action) {
        long cap = serverTimeout != null ? serverTimeout.toMillis() : contextTimeout(action);
        String param = action.getRequestParameter("timeout");
        if (param == null) return cap;
        double seconds;
        try {
            seconds = Double.parseDouble(param.trim());
        } catch (NumberFormatException e) {
            throw new QueryRefused(400, "timeout must be a number of seconds greater than 0, got \"" + abbreviate(param) + "\".");
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new QueryRefused(400, "timeout must be a number of seconds greater than 0, got \"" + abbreviate(param) + "\".");
        }
        return Math.min(cap, Math.max(1, Math.round(seconds * 1000)));
    }

    private static long contextTimeout(HttpAction action) {
        Object v = action.getContext().get(ARQ.queryTimeout);
        if (v == null) return 30_000;
        try {
            String s = v.toString();
            return Long.parseLong(s.contains(",") ? s.substring(s.indexOf(',') + 1).trim() : s.trim());
        } catch (NumberFormatException e) {
            return 30_000;
        }
    }

    /** A query as parsed and checked, and as run (regular expressions bounded). Never modified once made. */
    private record Prepared(Query query, Query runnable) {}

    /**
     * Parsed queries by their text, most recently used kept. With thirty predeclared prefixes,
     * parsing was a third of a short query's time; a repeated text (a library query, a page's
     * query, a client polling) is parsed once.
     */
    private final java.util.Map<String, Prepared> preparedByText = java.util.Collections.synchronizedMap(
        new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, Prepared> eldest) {
                return size() > PREPARED_QUERIES;
            }
        });
    private static final int PREPARED_QUERIES = 512;

    private Prepared prepared(String text) {
        Prepared known = preparedByText.get(text);
        if (known != null) return known;
        Query query = parse(text);
        policy.check(query);
        Query runnable = BoundedRegex.rewrite(query);
        // computed now, not lazily by the first execution: a shared Query is then only read
        query.ensureResultVars();
        runnable.ensureResultVars();
        Prepared made = new Prepared(query, runnable);
        preparedByText.put(text, made);
        return made;
    }

    /** Parses with the standard prefixes predeclared, reporting errors at the user's own line and column. */
    private Query parse(String text) {
        Query parsed = new Query();
        parsed.setPrefixMapping(Prefixes.mapping(idBase)); // a fresh mapping: the query's own PREFIXes go into it
        try {
            QueryFactory.parse(parsed, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new QueryRefused(400, "Parse error: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new QueryRefused(400, "The query cannot be read: " + e.getMessage());
        }
        return parsed;
    }

    /** A computed answer: rows, a boolean, or RDF. */
    private record Answer(RowSet rows, Boolean bool, DatasetGraph rdf) {}

    private Answer compute(QueryExec exec, Query query) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> buffered = new ArrayList<>();
            while (rows.hasNext()) {
                if (buffered.size() == maxRows) {
                    throw new QueryRefused(422, "The result has more than " + maxRows
                        + " rows, the server's cap. Add LIMIT (and OFFSET to page through it), or aggregate.");
                }
                buffered.add(rows.next());
            }
            return new Answer(RowSetStream.create(rows.getResultVars(), buffered.iterator()), null, null);
        }
        if (query.isAskType()) return new Answer(null, exec.ask(), null);
        if (query.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.create();
            Iterator<Quad> quads = exec.constructQuads();
            long n = 0;
            while (quads.hasNext()) {
                if (++n > limits.maxConstructTriples()) throw tooManyTriples();
                out.add(quads.next());
            }
            return new Answer(null, null, out);
        }
        if (query.isDescribeType()) {
            Graph bounded = new GraphWrapper(GraphFactory.createDefaultGraph()) {
                @Override
                public void add(Triple t) {
                    if (size() >= limits.maxConstructTriples()) throw tooManyTriples();
                    super.add(t);
                }
            };
            exec.describe(bounded);
            return new Answer(null, null, DatasetGraphFactory.wrap(bounded));
        }
        throw new QueryRefused(400, "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered here.");
    }

    private QueryRefused tooManyTriples() {
        return new QueryRefused(422, "The result has more than " + limits.maxConstructTriples()
            + " triples, the server's cap. Add LIMIT to the WHERE pattern, or download the data (/dumps/).");
    }

    private static void write(HttpAction action, ResultFormats.Choice format, Answer answer) {
        action.setResponseStatus(200);
        action.setResponseContentType(format.contentType() + ";charset=utf-8");
        action.setResponseHeader("Vary", "Accept");
        try {
            OutputStream out = action.getResponseOutputStream();
            if (answer.rows() != null) ResultsWriter.create().lang(format.resultLang()).build().write(out, answer.rows());
            else if (answer.bool() != null) ResultsWriter.create().lang(format.resultLang()).build().write(out, answer.bool());
            else if (format.isQuads()) RDFWriter.source(answer.rdf()).format(format.rdfFormat()).output(out);
            else RDFWriter.source(answer.rdf().getDefaultGraph()).format(format.rdfFormat()).output(out);
            out.flush();
        } catch (IOException e) {
            throw new ActionErrorException(499, "client went away while the answer was sent", null);
        }
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
