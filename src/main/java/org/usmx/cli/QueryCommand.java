package org.usmx.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.usmx.sparql.Prefixes;
import org.usmx.sparql.QueryLibrary;
import org.usmx.store.LoadedStore;
import org.usmx.store.StoreManager;

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

    @Override
    public Integer call() throws Exception {
        Path asFile = Path.of(query);
        boolean isFile = query.endsWith(".rq") || Files.isRegularFile(asFile);
        Query q;
        Map<String, Node> bindings;
        try {
            if (isFile) {
                QueryLibrary.Entry entry = QueryLibrary.parse(asFile); // the same header parsing as /api/queries
                q = entry.query();
                bindings = QueryLibrary.bind(entry, params);
            } else {
                q = new Query();
                q.setPrefixMapping(Prefixes.mapping()); // the same predeclared prefixes as /sparql
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
        try (LoadedStore store = new StoreManager(project.settings().storeDir(), project.dataFiles()).open(false)) {
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> {
                var builder = QueryExecution.dataset(ds).query(q).timeout(timeoutSeconds, TimeUnit.SECONDS);
                bindings.forEach((name, node) -> builder.substitution(name, ds.getDefaultModel().asRDFNode(node)));
                try (QueryExecution exec = builder.build()) {
                    print(q, exec);
                }
            });
        }
        return 0;
    }

    private void print(Query q, QueryExecution exec) {
        if (q.isSelectType()) {
            var rs = exec.execSelect();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
                case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, rs);
                case "json" -> ResultSetFormatter.outputAsJSON(System.out, rs);
                default -> ResultSetFormatter.out(System.out, rs, q);
            }
        } else if (q.isAskType()) {
            System.out.println(exec.execAsk() ? "yes" : "no");
        } else if (q.isConstructType()) {
            RDFDataMgr.write(System.out, exec.execConstruct(), RDFFormat.TURTLE_PRETTY);
        } else if (q.isDescribeType()) {
            RDFDataMgr.write(System.out, exec.execDescribe(), RDFFormat.TURTLE_PRETTY);
        }
    }
}
