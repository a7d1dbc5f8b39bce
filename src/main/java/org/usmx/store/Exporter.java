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
                case JSONLD -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
            }
        });
    }
}
