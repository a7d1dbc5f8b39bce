package org.usmx.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.usmx.iri.IriPolicy;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * The public query library: every queries/*.rq with its header comment
 * <pre>
 * # title: People and the posts they held
 * # description: Which posts did each person hold, in which organization, when, per which paper?
 * # param: ?person iri person:felipe-calderon The person whose posts to list
 * </pre>
 * Parameters are bound into the parsed query as RDF terms (never spliced into the text), so a
 * value can only ever be a value.
 */
public final class QueryLibrary {

    /** One declared parameter: variable name, type (iri, string, integer, date), default (may be null). */
    public record Param(String name, String type, String defaultValue, String description) {}

    /**
     * One library query. {@code expectations} are its "# expect:" header lines: fragments that
     * one row of its answer over the curated data must contain (checked by the test suite).
     */
    public record Entry(String name, String title, String description, List<Param> params, List<String> expectations,
                        String text, Query query, String idBase) {}

    /** A parameter value that does not fit its declaration, or a parameter the query does not declare. */
    public static final class BadParameter extends IllegalArgumentException {
        private final String param;
        public BadParameter(String param, String message) { super(message); this.param = param; }
        public String param() { return param; }
    }

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param|expect):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^\\?(\\w+)\\s+(iri|string|integer|date)\\s+(\\S+)\\s*(.*)$");

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** The queries in {@code dir}, their prefixed names read under the default base. */
    public QueryLibrary(Path dir) {
        this(dir, IriPolicy.DEFAULT_BASE);
    }

    /** The queries in {@code dir}, their prefixed names (inst:sedena) read under {@code idBase} (Settings.idBase). */
    public QueryLibrary(Path dir, String idBase) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                Entry e = parse(p, idBase);
                entries.put(e.name(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> all() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Reads one query file with its header (title, description, params, expectations), under the default base. */
    public static Entry parse(Path file) throws IOException {
        return parse(file, IriPolicy.DEFAULT_BASE);
    }

    /** Reads one query file; its prefixed names and parameter values are read under {@code idBase}. */
    public static Entry parse(Path file, String idBase) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String title = name;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        List<String> expectations = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = HEADER.matcher(line.trim());
            if (!m.matches()) continue;
            switch (m.group(1)) {
                case "title" -> title = m.group(2).trim();
                case "description" -> description.append(description.isEmpty() ? "" : " ").append(m.group(2).trim());
                case "expect" -> expectations.add(m.group(2).trim());
                default -> {
                    Matcher pm = PARAM.matcher(m.group(2).trim());
                    if (!pm.matches()) throw new IllegalArgumentException(file + ": bad param line: " + line);
                    params.add(new Param(pm.group(1), pm.group(2), "-".equals(pm.group(3)) ? null : pm.group(3), pm.group(4)));
                }
            }
        }
        Query q = new Query();
        q.setPrefixMapping(Prefixes.mapping(idBase));
        QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        return new Entry(name, title, description.toString(), List.copyOf(params), List.copyOf(expectations), text, q, idBase);
    }

    /**
     * The terms to bind for a run of {@code entry}: each given value checked against its declared
     * type, declared defaults for the rest; a value for an undeclared parameter is refused.
     */
    public static Map<String, Node> bind(Entry entry, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (entry.params().stream().noneMatch(p -> p.name().equals(name))) {
                throw new BadParameter(name, "query \"" + entry.name() + "\" has no parameter \"" + name + "\"; it takes "
                    + entry.params().stream().map(Param::name).toList());
            }
        }
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (Param p : entry.params()) {
            String value = given.get(p.name());
            if (value == null || value.isBlank()) value = p.defaultValue();
            if (value == null) continue;
            try {
                bindings.put(p.name(), toNode(p, value, entry.idBase()));
            } catch (IllegalArgumentException e) {
                throw new BadParameter(p.name(), e.getMessage());
            }
        }
        return bindings;
    }

    /**
     * The RDF term for a parameter value, checked against its declared type; prefixed names
     * (person:felipe-calderon) are expanded with the standard prefixes under the default base.
     */
    public static Node toNode(Param p, String value) {
        return toNode(p, value, IriPolicy.DEFAULT_BASE);
    }

    /** As {@link #toNode(Param, String)}, prefixed names expanded under {@code idBase}. */
    public static Node toNode(Param p, String value, String idBase) {
        return switch (p.type()) {
            case "iri" -> {
                String iri = expand(value, idBase);
                if (!IRIs.check(iri) || !iri.matches("^https?://\\S+$")) {
                    throw new IllegalArgumentException("parameter " + p.name() + " must be an IRI or prefixed name, got \"" + value + "\"");
                }
                yield NodeFactory.createURI(iri);
            }
            case "integer" -> {
                if (!value.matches("-?\\d{1,9}")) throw new IllegalArgumentException("parameter " + p.name() + " must be an integer, got \"" + value + "\"");
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case "date" -> {
                if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    throw new IllegalArgumentException("parameter " + p.name() + " must be YYYY, YYYY-MM or YYYY-MM-DD, got \"" + value + "\"");
                }
                yield NodeFactory.createLiteralDT(value, value.length() == 4 ? XSDDatatype.XSDgYear
                    : value.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate);
            }
            default -> NodeFactory.createLiteralString(value);
        };
    }

    /** Expands a prefixed name (person:x) with the standard prefixes under {@code idBase}; other strings are returned as they are. */
    public static String expandPrefixed(String value, String idBase) {
        return expand(value, idBase);
    }

    static String expand(String value, String idBase) {
        int colon = value.indexOf(':');
        if (colon > 0 && !value.startsWith("http")) {
            String ns = Prefixes.standard(idBase).get(value.substring(0, colon));
            if (ns != null) return ns + value.substring(colon + 1);
        }
        return value;
    }
}
