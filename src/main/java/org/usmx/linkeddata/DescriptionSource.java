package org.usmx.linkeddata;

import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where descriptions of resources come from (the Pubby pattern): the web layer asks for a
 * resource's description and never sees the store behind it, so a remote SPARQL endpoint could
 * replace the local TDB2 store without touching a handler.
 */
public interface DescriptionSource {

    /**
     * The description of one resource as quads, each in the named graph (source) that states it,
     * or empty when the store knows nothing about the resource.
     */
    Optional<DatasetGraph> describe(String iri);
}
