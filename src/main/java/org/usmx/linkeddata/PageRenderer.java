package org.usmx.linkeddata;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/** The HTML side of Linked Data, supplied by the web package (pages never decide what data exists). */
public interface PageRenderer {

    /** The HTML page of a resource the store describes. */
    String page(String iri, DatasetGraph description);

    /** The page for an IRI the store knows nothing about, with suggestions. */
    String notFound(String iri, List<CloseMatches.Match> matches);

    /** A page for a bad request (400) or an unacceptable one (406). */
    String error(int status, String title, String detail);
}
