package org.usmx.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.usmx.sparql.Prefixes;
import org.usmx.sparql.QueryLibrary;
import org.usmx.sparql.SelectRunner;
import org.usmx.store.ClasspathQueries;

/**
 * What the query workbench page shows: the query to edit (given, or a library example with its
 * parameters bound as terms), the library as examples, and the completion lists (the predeclared
 * prefixes and this graph's vocabulary; the editor asks no outside service).
 */
public final class QueryWorkbench {

    static final String DEFAULT_QUERY = """
        # Causal claims and the paper that states each
        SELECT ?claim ?cause ?effect ?paper WHERE {
          ?claim a usmx:CausalClaim ; usmx:cause ?cause ; usmx:effect ?effect ; usmx:statedIn ?paper .
        }
        LIMIT 25""";

    private static final Query TERMS = ClasspathQueries.query("sparql/workbench-terms.rq");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QueryLibrary library;
    private final Supplier<String> completions;
    private final long timeoutSeconds;
    private final int maxRows;
    private final String idBase;

    public QueryWorkbench(QueryLibrary library, SelectRunner runner, long timeoutSeconds, int maxRows, String idBase) {
        this.library = library;
        this.idBase = idBase;
        this.timeoutSeconds = timeoutSeconds;
        this.maxRows = maxRows;
        // the vocabulary does not change while the server runs: ask once, on first use
        this.completions = memoize(() -> completionsJson(runner, idBase));
    }

    /** The page's view: {@code query} wins; else {@code example} with {@code params}; else a starter query. */
    public QueryPageView view(String query, String example, Map<String, String> params) {
        List<QueryPageView.Example> examples = library.all().stream().map(e -> toExample(e, example, params)).toList();
        String text = DEFAULT_QUERY;
        boolean run = false;
        String loaded = null;
        String problem = null;
        if (query != null && !query.isBlank()) {
            text = query;
            run = true;
        } else if (example != null && !example.isBlank()) {
            var entry = library.get(example);
            if (entry.isEmpty()) {
                problem = "There is no example named \"" + example + "\"; the list below has them all.";
            } else {
                loaded = entry.get().title();
                try {
                    text = boundText(entry.get(), params);
                } catch (QueryLibrary.BadParameter e) {
                    problem = e.getMessage();
                    text = entry.get().text();
                }
            }
        }
        PageMeta meta = PageMeta.of("Query", PageMeta.Section.QUERY)
            .withDescription("Write SPARQL against the graph, or start from the query library's examples.")
            .withStylesheet("vendor/yasgui/yasgui.min.css")
            .withScript("vendor/yasgui/yasgui.min.js")
            .withScript("query.js");
        return new QueryPageView(meta, text, run, loaded, problem, examples, completions.get(), timeoutSeconds, maxRows, idBase);
    }

    /**
     * The example's text with its parameters bound: the query is parsed, each parameter variable
     * replaced by its term (Jena's syntactic substitution, so a value is only ever a value), and
     * serialized without the prefixes the endpoint predeclares; its header comments stay on top.
     */
    static String boundText(QueryLibrary.Entry entry, Map<String, String> given) {
        Map<String, String> declared = new LinkedHashMap<>();
        entry.params().forEach(p -> { if (given.containsKey(p.name())) declared.put(p.name(), given.get(p.name())); });
        Map<String, Node> bindings = QueryLibrary.bind(entry, declared);
        if (bindings.isEmpty()) return entry.text();
        Map<Var, Node> vars = new LinkedHashMap<>();
        bindings.forEach((k, v) -> vars.put(Var.alloc(k), v));
        Query bound = QueryTransformOps.syntaxSubstitute(entry.query(), vars);
        // a bound parameter would come back as a constant column "(term AS ?var)"; the header says its value
        if (bound.isSelectType() && !bound.isQueryResultStar()) {
            vars.keySet().forEach(v -> { if (bound.getProject().contains(v) && bound.getProject().size() > 1) bound.getProject().remove(v); });
        }
        StringBuilder out = new StringBuilder();
        for (String line : entry.text().split("\n")) {
            if (line.startsWith("# title:") || line.startsWith("# description:")) out.append(line).append('\n');
        }
        bindings.forEach((k, v) -> out.append("# ?").append(k).append(" = ")
            .append(Prefixes.mapping(entry.idBase()).shortForm(v.isURI() ? v.getURI() : v.getLiteralLexicalForm())).append('\n'));
        for (String line : bound.serialize().split("\n")) {
            if (!isPredeclaredPrefix(line, entry.idBase())) out.append(line).append('\n');
        }
        return out.toString().strip();
    }

    private static boolean isPredeclaredPrefix(String line, String idBase) {
        var m = java.util.regex.Pattern.compile("^PREFIX\\s+(\\w*):\\s*<([^>]*)>\\s*$").matcher(line.trim());
        return m.matches() && m.group(2).equals(Prefixes.standard(idBase).get(m.group(1)));
    }

    private static QueryPageView.Example toExample(QueryLibrary.Entry e, String selected, Map<String, String> params) {
        boolean isSelected = e.name().equals(selected);
        List<QueryPageView.Param> ps = e.params().stream().map(p -> new QueryPageView.Param(p.name(), p.type(), p.description(),
            isSelected && params.containsKey(p.name()) ? params.get(p.name()) : p.defaultValue() == null ? "" : p.defaultValue())).toList();
        return new QueryPageView.Example(e.name(), e.title(), e.description(), ps, isSelected);
    }

    /** {"prefixes": ["usmx: <…>", …], "classes": ["usmx:CausalClaim", …], "properties": […]} */
    private static String completionsJson(SelectRunner runner, String idBase) {
        Map<String, String> prefixes = Prefixes.standard(idBase);
        TreeSet<String> classes = new TreeSet<>();
        TreeSet<String> properties = new TreeSet<>();
        var mapping = Prefixes.mapping(idBase);
        for (Map<String, String> row : runner.select(TERMS, Map.of()).rows()) {
            String shortName = mapping.shortForm(row.get("term"));
            if (shortName.equals(row.get("term"))) continue; // no predeclared prefix: not completable
            ("class".equals(row.get("kind")) ? classes : properties).add(shortName);
        }
        List<String> prefixLines = new ArrayList<>();
        new java.util.TreeMap<>(prefixes).forEach((p, ns) -> prefixLines.add(p + ": <" + ns + ">"));
        try {
            return JSON.writeValueAsString(Map.of("prefixes", prefixLines, "classes", classes, "properties", properties));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) value = s.get();
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}
