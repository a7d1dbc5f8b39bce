package org.usmx.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.usmx.sparql.QueryLibrary;

/**
 * A library query as every peer can run it: declared defaults substituted as terms, every prefix
 * declared in the text (peers do not know our built-in prefixes).
 */
record LibraryQuery(String name, String text, boolean graphResult) {

    static List<LibraryQuery> load(Path dir) {
        return new QueryLibrary(dir).all().stream().map(LibraryQuery::of).toList();
    }

    static LibraryQuery of(QueryLibrary.Entry entry) {
        Map<Var, org.apache.jena.graph.Node> bindings = QueryLibrary.bind(entry, Map.of()).entrySet().stream()
            .collect(Collectors.toMap(e -> Var.alloc(e.getKey()), Map.Entry::getValue));
        Query q = bindings.isEmpty() ? entry.query() : QueryTransformOps.syntaxSubstitute(entry.query(), bindings);
        return new LibraryQuery(entry.name(), q.serialize(), q.isConstructType() || q.isDescribeType());
    }

    /**
     * A SPARQL protocol GET of this query to {@code endpoint} (every peer answers GET, and it is the
     * form HTTP caches and usmx-kg's response cache keep);
     * {@code fresh} asks for a new computation ({@code Cache-Control: no-cache}), which only
     * usmx-kg's response cache heeds: it measures the engine rather than the cache.
     */
    HttpRequest request(String endpoint, boolean fresh) {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept());
        if (fresh) b.header("Cache-Control", "no-cache");
        return b.GET().build();
    }

    /**
     * The same query as an HTML form POST ({@code application/x-www-form-urlencoded}), the form
     * Virtuoso's endpoint is asked in: it has no response cache to avoid, and long GET URLs are
     * where it differs from the others.
     */
    HttpRequest formRequest(String endpoint) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60)).header("Accept", accept())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8))).build();
    }

    private String accept() {
        // N-Triples under both names: Virtuoso 7 knows it as text/plain
        return graphResult ? "application/n-triples, text/plain;q=0.9" : "application/sparql-results+json";
    }
}
