package org.usmx.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.usmx.sparql.Prefixes;
import org.usmx.sparql.QueryLibrary;
import org.usmx.store.LoadedStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query (a .rq file or the query text) against the store and print the result.")
final class QueryCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Path of a .rq file, or SPARQL text.")
    String query;

    @Option(names = {"-f", "--format"}, description = "table, csv, tsv or json for SELECT/ASK (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    String format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
        description = "Value for a parameter the query file declares (# param: ...), e.g. -p person=person:gene-renuart;"
            + " bound as an RDF term, never spliced into the text. Undeclared parameters keep their declared default.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", description = "Seconds before the query is cancelled (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    long timeoutSeconds;

    private static final java.util.Set<String> FORMATS = java.util.Set.of("table", "csv", "tsv", "json");

    @Override
    public Integer call() throws Exception {
        if (!FORMATS.contains(format)) {
            System.err.println("usmx query: unknown format \"" + format + "\"; use one of table, csv, tsv, json");
            return 2;
        }
        Path asFile = Path.of(query.length() < 4096 && !query.contains("\0") ? query : ".");
        boolean isFile = query.endsWith(".rq") || Files.isRegularFile(asFile);
        if (isFile && !Files.isRegularFile(asFile)) {
            System.err.println("usmx query: no such query file: " + query + " (give a .rq file or the SPARQL text itself)");
            return 2;
        }
        Query q;
        Map<String, Node> bindings;
        try {
            if (isFile) {
                QueryLibrary.Entry entry = QueryLibrary.parse(asFile, project.settings().idBase()); // the same header parsing as /api/queries
                q = entry.query();
                bindings = QueryLibrary.bind(entry, params);
            } else {
                q = new Query();
                q.setPrefixMapping(Prefixes.mapping(project.settings().idBase())); // the same predeclared prefixes as /sparql
                QueryFactory.parse(q, query, null, Syntax.syntaxARQ);
                if (!params.isEmpty()) throw new QueryLibrary.BadParameter(params.keySet().iterator().next(),
                    "parameters need a query file that declares them (# param: ?name type default description)");
                bindings = Map.of();
            }
        } catch (QueryParseException e) {
            System.err.println("query does not parse: " + e.getMessage());
            return 2;
        } catch (QueryLibrary.BadParameter e) {
            System.err.println("bad parameter " + e.param() + ": " + e.getMessage());
            return 2;
        }
        var server = ServerClient.forStore(project.settings().storeDir(), "query");
        if (server.isPresent()) {
            askServer(server.get(), q, bindings);
            return 0;
        }
        try (LoadedStore store = project.openStore("query")) {
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> {
                var builder = QueryExecution.dataset(ds).query(q).timeout(timeoutSeconds, TimeUnit.SECONDS);
                bindings.forEach((name, node) -> builder.substitution(name, ds.getDefaultModel().asRDFNode(node)));
                try (QueryExecution exec = builder.build()) {
                    if (q.isSelectType()) printRows(q, exec.execSelect());
                    else if (q.isAskType()) printAsk(exec.execAsk());
                    else if (q.isConstructType()) printGraph(exec.execConstruct().getGraph());
                    else if (q.isDescribeType()) printGraph(exec.execDescribe().getGraph());
                }
            });
        }
        return 0;
    }

    /**
     * The same query through the running server's /sparql: parameters substituted as terms with
     * Jena's syntax transform (as the local run does), the result printed the same way.
     */
    private void askServer(ServerClient server, Query q, Map<String, Node> bindings) throws java.io.IOException {
        Map<Var, Node> vars = new LinkedHashMap<>();
        bindings.forEach((name, node) -> vars.put(Var.alloc(name), node));
        Query toSend = vars.isEmpty() ? q : QueryTransformOps.syntaxSubstitute(q, vars);
        boolean results = q.isSelectType() || q.isAskType();
        try (InputStream in = server.request("/sparql", "POST", "application/sparql-query", toSend.serialize(),
                results ? "application/sparql-results+json" : "application/n-triples", Duration.ofSeconds(timeoutSeconds + 5))) {
            if (results) {
                SPARQLResult r = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(in);
                if (r.isBoolean()) printAsk(r.getBooleanResult());
                else printRows(q, asProjected(q, r.getResultSet()));
            } else {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.NTRIPLES).parse(g);
                g.getPrefixMapping().setNsPrefixes(q.getPrefixMapping());
                printGraph(g);
            }
        }
    }

    /** The columns the query itself projects (a substituted parameter comes back as a column of its own). */
    private static ResultSet asProjected(Query q, ResultSet rs) {
        if (q.isQueryResultStar()) return rs;
        java.util.Iterator<org.apache.jena.sparql.engine.binding.Binding> rows = new java.util.Iterator<>() {
            @Override public boolean hasNext() { return rs.hasNext(); }
            @Override public org.apache.jena.sparql.engine.binding.Binding next() { return rs.nextBinding(); }
        };
        return ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(q.getProjectVars(), rows));
    }

    private void printRows(Query q, ResultSet rs) {
        switch (format) {
            case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, rs);
            case "json" -> ResultSetFormatter.outputAsJSON(System.out, rs);
            default -> ResultSetFormatter.out(System.out, rs, q);
        }
    }

    private static void printAsk(boolean answer) {
        System.out.println(answer ? "yes" : "no");
    }

    private static void printGraph(Graph g) {
        RDFDataMgr.write(System.out, g, RDFFormat.TURTLE_PRETTY);
    }
}
