package org.usmx.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class IriPolicyTest {

    private final IriPolicy usmx = IriPolicy.DEFAULT;
    private final IriPolicy other = new IriPolicy("http://example.org/kg/");

    @Test
    void slugsAreLowerCaseWordsJoinedBySingleHyphens() {
        for (String ok : new String[] {"sedena", "felipe-calderon", "downie-2011-c061", "2009"}) assertTrue(IriPolicy.isSlug(ok), ok);
        for (String bad : new String[] {"a--b", "-a", "a-", "Sedena", "a_b", "calderón", "", "a b", "a.ttl", null}) assertFalse(IriPolicy.isSlug(bad), bad);
    }

    @Test
    void buildsEveryKindUnderItsBase() {
        assertEquals("https://w3id.org/usmx/id/document/arzt-2009", usmx.document("arzt-2009"));
        assertEquals("https://w3id.org/usmx/id/note/arzt-2009-1", usmx.note("arzt-2009", 1));
        assertEquals("https://w3id.org/usmx/id/page/deare-2009-p2", usmx.page("deare-2009", 2));
        assertEquals("https://w3id.org/usmx/id/claim/downie-2011-c061", usmx.claim("downie-2011-c061"));
        assertEquals("https://w3id.org/usmx/graph/arzt-2009", usmx.graph("arzt-2009"));
        assertEquals("https://w3id.org/usmx/id/org/", usmx.namespace("org"));
        assertEquals("http://example.org/kg/id/person/gene-renuart", other.entity("person", "gene-renuart"));
        assertEquals("http://example.org/kg/id/annotation/claim/x-1", other.annotation("http://example.org/kg/id/claim/x-1"));
        assertEquals("urn:x#annotation", other.annotation("urn:x"));
        assertThrows(IriPolicy.Malformed.class, () -> usmx.claim("a--b"));
        assertThrows(IriPolicy.Malformed.class, () -> usmx.entity("widget", "a"));
        assertThrows(IllegalArgumentException.class, () -> new IriPolicy("https://w3id.org/usmx"));
    }

    @Test
    void parsesWhatItBuildsAndNothingElse() {
        assertEquals(Optional.of(new IriPolicy.Entity("claim", "arzt-2009-c004")), usmx.parse(usmx.claim("arzt-2009-c004")));
        assertEquals(Optional.of(new IriPolicy.Entity("annotation/claim", "arzt-2009-c004")),
            usmx.parse(usmx.annotation(usmx.claim("arzt-2009-c004"))));
        assertEquals(Optional.empty(), usmx.parse("https://w3id.org/usmx/id/claim/a--b"));
        assertEquals(Optional.empty(), usmx.parse("https://w3id.org/usmx/id/widget/a"));
        assertEquals(Optional.empty(), usmx.parse("https://w3id.org/usmx/ontology#Claim"));
        assertEquals(Optional.empty(), other.parse(usmx.claim("arzt-2009-c004")));
        assertEquals("/id/org/sedena", usmx.localPath("https://w3id.org/usmx/id/org/sedena"));
        assertEquals("http://elsewhere.org/x", usmx.localPath("http://elsewhere.org/x"));
    }

    @Test
    void underAnotherBaseOnlyTheDataMoves() {
        // the data files' id IRIs move to the configured base; vocabulary, graph names and other IRIs do not
        assertEquals("http://example.org/kg/id/org/sedena", other.rebase("https://w3id.org/usmx/id/org/sedena"));
        assertEquals("http://example.org/kg/id/annotation/claim/x-1/target", other.rebase("https://w3id.org/usmx/id/annotation/claim/x-1/target"));
        for (String fixed : new String[] {"https://w3id.org/usmx/ontology#Claim", "https://w3id.org/usmx/graph/arzt-2009",
                "https://w3id.org/usmx/shapes#ClaimShape", "http://www.w3.org/ns/org#Post"}) {
            assertEquals(fixed, other.rebase(fixed), fixed);
        }
        assertEquals("https://w3id.org/usmx/id/org/sedena", usmx.rebase("https://w3id.org/usmx/id/org/sedena"));
        assertTrue(usmx.isDefaultBase());
        assertFalse(other.isDefaultBase());
        // graph names are the same under every base, and a paper's graph names its document under this base
        assertEquals(usmx.graph("arzt-2009"), other.graph("arzt-2009"));
        assertEquals(Optional.of("http://example.org/kg/id/document/arzt-2009"), other.documentOfGraph("https://w3id.org/usmx/graph/arzt-2009"));
        assertEquals(Optional.empty(), other.documentOfGraph("http://example.org/kg/graph/arzt-2009"));
        // this host serves the configured base's IRIs and the fixed vocabulary and graph IRIs, nothing else
        assertEquals("/id/org/sedena", other.localPath("http://example.org/kg/id/org/sedena"));
        assertEquals("/graph/arzt-2009", other.localPath("https://w3id.org/usmx/graph/arzt-2009"));
        assertEquals("/ontology#Claim", other.localPath("https://w3id.org/usmx/ontology#Claim"));
        assertEquals("https://w3id.org/usmx/id/org/sedena", other.localPath("https://w3id.org/usmx/id/org/sedena"));
        assertFalse(other.isLocal("https://w3id.org/usmx/id/org/sedena"));
    }

    @Test
    void malformedNamesTheRule() {
        assertTrue(assertThrows(IriPolicy.Malformed.class, () -> IriPolicy.check("claim", "a--b")).getMessage().contains("single hyphens"));
        assertTrue(assertThrows(IriPolicy.Malformed.class, () -> IriPolicy.check("widget", "a")).getMessage().contains("Unknown kind"));
        assertEquals(new IriPolicy.Entity("annotation/claim", "x"), IriPolicy.check("annotation/claim", "x"));
        assertThrows(IriPolicy.Malformed.class, () -> IriPolicy.check("annotation/page", "x"));
    }
}
