package org.usmx.store;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Dumps the store: the whole dataset with graphs (TriG, N-Quads, JSON-LD) or the union as Turtle. */
public final class Exporter {

    /** The dump formats, with their file extension and media type. */
    public enum Format {
        TRIG("trig", "application/trig"),
        NQUADS("nq", "application/n-quads"),
        TURTLE("ttl", "text/turtle"),
        JSONLD("jsonld", "application/ld+json");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public static Format parse(String s) {
            return Format.valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        }
    }

    private Exporter() {}

    public static void write(DatasetGraph dsg, Format format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
                case NQUADS -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
                case TURTLE -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                case JSONLD -> writeJsonLdByGraph(dsg, out);
            }
        });
    }

    /**
     * The dataset as expanded JSON-LD, one named graph at a time:
     * {@code {"@graph": [{"@id": graph, "@graph": [nodes…]}, …]}}. Jena's JSON-LD writer builds
     * the whole document in memory before writing a byte (at a hundred times the data, 1.3 GB
     * of JSON needed most of a 16 GB heap); here only one graph is held at once.
     */
    static void writeJsonLdByGraph(DatasetGraph dsg, OutputStream out) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try {
            com.fasterxml.jackson.core.JsonGenerator gen = json.getFactory().createGenerator(out)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartObject();
            gen.writeArrayFieldStart("@graph");
            java.util.List<org.apache.jena.graph.Node> names = new java.util.ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort(java.util.Comparator.comparing(org.apache.jena.graph.Node::getURI));
            for (org.apache.jena.graph.Node name : names) {
                java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
                RDFDataMgr.write(one, dsg.getGraph(name), RDFFormat.JSONLD11_PLAIN);
                com.fasterxml.jackson.databind.JsonNode doc = json.readTree(one.toByteArray());
                gen.writeStartObject();
                gen.writeStringField("@id", name.getURI());
                gen.writeFieldName("@graph");
                // the plain form is {"@graph": [...]}, or a lone node object, or {} for an empty graph
                com.fasterxml.jackson.databind.JsonNode nodes = doc.has("@graph") ? doc.get("@graph")
                    : doc.isEmpty() ? json.createArrayNode() : json.createArrayNode().add(doc);
                json.writeTree(gen, nodes);
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
