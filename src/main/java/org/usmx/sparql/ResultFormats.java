package org.usmx.sparql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Which serialization answers a request: the {@code format=} (or {@code output=}) parameter if
 * given, else the {@code Accept} header with q-values, else the default. Result sets (SELECT,
 * ASK) and RDF (CONSTRUCT, DESCRIBE, the service description) have their own lists. An Accept
 * header that matches nothing on the list gets 406; an unknown or unsuitable format= gets 400.
 */
public final class ResultFormats {

    /** A chosen serialization: the Content-Type to send and how to write it. */
    public record Choice(String contentType, Lang resultLang, RDFFormat rdfFormat) {
        public boolean isQuads() { return rdfFormat != null && (rdfFormat.getLang().equals(Lang.TRIG) || rdfFormat.getLang().equals(Lang.NQUADS)); }
    }

    private static final Choice RS_JSON = new Choice("application/sparql-results+json", ResultSetLang.RS_JSON, null);
    private static final Choice RS_XML = new Choice("application/sparql-results+xml", ResultSetLang.RS_XML, null);
    private static final Choice RS_CSV = new Choice("text/csv", ResultSetLang.RS_CSV, null);
    private static final Choice RS_TSV = new Choice("text/tab-separated-values", ResultSetLang.RS_TSV, null);

    private static final Choice TURTLE = new Choice("text/turtle", null, RDFFormat.TURTLE_BLOCKS);
    private static final Choice NTRIPLES = new Choice("application/n-triples", null, RDFFormat.NTRIPLES);
    private static final Choice JSONLD = new Choice("application/ld+json", null, RDFFormat.JSONLD);
    private static final Choice RDFXML = new Choice("application/rdf+xml", null, RDFFormat.RDFXML_PLAIN);
    private static final Choice TRIG = new Choice("application/trig", null, RDFFormat.TRIG_BLOCKS);
    private static final Choice NQUADS = new Choice("application/n-quads", null, RDFFormat.NQUADS);

    /** Offers in order of preference (the first is the default); extra media types map onto them. */
    private static final Map<String, Choice> RESULT_TYPES = offers(RS_JSON, RS_XML, RS_CSV, RS_TSV);
    private static final Map<String, Choice> RDF_TYPES = offers(TURTLE, JSONLD, NTRIPLES, RDFXML, TRIG, NQUADS);
    static {
        RESULT_TYPES.put("application/json", RS_JSON);
        RESULT_TYPES.put("application/xml", RS_XML);
        RESULT_TYPES.put("text/xml", RS_XML);
        RDF_TYPES.put("application/x-turtle", TURTLE);
        RDF_TYPES.put("application/json", JSONLD);
        RDF_TYPES.put("application/xml", RDFXML);
        RDF_TYPES.put("text/plain", NTRIPLES);
        RDF_TYPES.put("application/x-trig", TRIG);
        RDF_TYPES.put("text/x-nquads", NQUADS);
    }

    private static final Map<String, Choice> RESULT_NAMES = Map.of(
        "json", RS_JSON, "srj", RS_JSON, "xml", RS_XML, "srx", RS_XML, "sparql", RS_XML, "csv", RS_CSV, "tsv", RS_TSV);
    private static final Map<String, Choice> RDF_NAMES = Map.ofEntries(
        Map.entry("ttl", TURTLE), Map.entry("turtle", TURTLE),
        Map.entry("nt", NTRIPLES), Map.entry("ntriples", NTRIPLES), Map.entry("n-triples", NTRIPLES),
        Map.entry("jsonld", JSONLD), Map.entry("json-ld", JSONLD), Map.entry("json", JSONLD),
        Map.entry("rdf", RDFXML), Map.entry("rdfxml", RDFXML), Map.entry("rdf-xml", RDFXML), Map.entry("xml", RDFXML), Map.entry("owl", RDFXML),
        Map.entry("trig", TRIG), Map.entry("nq", NQUADS), Map.entry("nquads", NQUADS), Map.entry("n-quads", NQUADS));

    private ResultFormats() {}

    private static Map<String, Choice> offers(Choice... choices) {
        Map<String, Choice> m = new LinkedHashMap<>();
        for (Choice c : choices) m.put(c.contentType(), c);
        return m;
    }

    /** The serialization for a SELECT or ASK result. */
    public static Choice forResults(String format, String accept) {
        return choose(format, accept, RESULT_NAMES, RESULT_TYPES, RDF_NAMES, "SELECT and ASK results",
            "json, xml, csv, tsv");
    }

    /** The serialization for RDF: CONSTRUCT and DESCRIBE results, the service description. */
    public static Choice forRdf(String format, String accept) {
        return choose(format, accept, RDF_NAMES, RDF_TYPES, RESULT_NAMES, "RDF (CONSTRUCT, DESCRIBE)",
            "ttl, jsonld, nt, rdf, trig, nq");
    }

    /** Every format name and media type the endpoint writes, for the service description. */
    public static List<String> allMediaTypes() {
        return List.of(RS_JSON, RS_XML, RS_CSV, RS_TSV, TURTLE, JSONLD, NTRIPLES, RDFXML, TRIG, NQUADS)
            .stream().map(Choice::contentType).toList();
    }

    private static Choice choose(String format, String accept, Map<String, Choice> names, Map<String, Choice> types,
                                 Map<String, Choice> otherNames, String kind, String valid) {
        if (format != null && !format.isBlank()) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            Choice c = names.get(f);
            if (c == null) c = types.get(f.contains(";") ? f.substring(0, f.indexOf(';')).trim() : f);
            if (c != null) return c;
            String why = otherNames.containsKey(f) || RESULT_TYPES.containsKey(f) || RDF_TYPES.containsKey(f)
                ? "format=" + format + " does not apply to " + kind
                : "Unknown format=" + format;
            throw new QueryRefused(400, why + ". Use one of: " + valid + " (or a media type: " + String.join(", ", types.keySet()) + ").");
        }
        Choice dflt = types.values().iterator().next();
        if (accept == null || accept.isBlank()) return dflt;
        AcceptList offered = AcceptList.create(types.keySet().toArray(String[]::new));
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), offered);
        } catch (RuntimeException e) {
            throw new QueryRefused(400, "Malformed Accept header: " + accept);
        }
        if (m == null) {
            // Browsers ask for HTML first but accept anything: */* matched the default above. Only
            // a client that excludes everything we write gets 406.
            throw new QueryRefused(406, "Cannot answer with " + accept + ". " + kind + " are available as: "
                + String.join(", ", types.keySet()) + " (or format=" + valid.replace(", ", "|") + ").");
        }
        return types.get(m.getContentTypeStr());
    }
}
