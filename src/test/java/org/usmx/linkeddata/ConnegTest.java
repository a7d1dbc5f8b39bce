package org.usmx.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Content negotiation and the URI policy's parsing, without a server. */
class ConnegTest {

    private static final List<Variant> ALL = List.of(Variant.values());

    private static Variant pick(String accept) {
        return Conneg.choose(accept, ALL).orElse(null);
    }

    @Test
    void exactTypesPickTheirVariant() {
        assertEquals(Variant.TURTLE, pick("text/turtle"));
        assertEquals(Variant.JSONLD, pick("application/ld+json"));
        assertEquals(Variant.NTRIPLES, pick("application/n-triples"));
        assertEquals(Variant.RDFXML, pick("application/rdf+xml"));
        assertEquals(Variant.TRIG, pick("application/trig"));
        assertEquals(Variant.NQUADS, pick("application/n-quads"));
        assertEquals(Variant.HTML, pick("text/html"));
        assertEquals(Variant.HTML, pick("TEXT/HTML"));
    }

    @Test
    void qValuesDecideAndZeroExcludes() {
        assertEquals(Variant.JSONLD, pick("text/turtle;q=0.2, application/ld+json;q=0.8"));
        assertEquals(Variant.RDFXML, pick("text/turtle;q=0, application/rdf+xml"));
        assertEquals(Variant.NTRIPLES, pick("text/turtle; charset=utf-8; q=0.1, application/n-triples ; q=0.7"));
        assertEquals(Variant.JSONLD, pick("*/*;q=0.1, application/ld+json"));
    }

    @Test
    void wildcardsAndServerPreference() {
        assertEquals(Variant.TURTLE, pick("*/*"));
        assertEquals(Variant.TURTLE, pick(null));
        assertEquals(Variant.TURTLE, pick(""));
        assertEquals(Variant.TURTLE, pick("text/*"));
        assertEquals(Variant.JSONLD, pick("application/*"));
        // ties on q go to the server's order (Turtle before HTML)
        assertEquals(Variant.TURTLE, pick("text/html;q=0.5, text/turtle;q=0.5"));
    }

    @Test
    void mostSpecificRangeSetsTheQuality() {
        // text/turtle is excluded although text/* is welcome
        assertEquals(Variant.HTML, pick("text/*, text/turtle;q=0"));
        List<Conneg.MediaRange> ranges = Conneg.parse("text/*;q=0.3, text/html;q=0.7, */*;q=0.1");
        assertEquals(0.7, Conneg.quality(ranges, "text/html"));
        assertEquals(0.3, Conneg.quality(ranges, "text/turtle"));
        assertEquals(0.1, Conneg.quality(ranges, "application/ld+json"));
    }

    @Test
    void browsersGetHtml() {
        assertEquals(Variant.HTML, pick("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
        assertEquals(Variant.HTML, pick("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    @Test
    void aliasesAndUnacceptable() {
        assertEquals(Variant.JSONLD, pick("application/json"));
        assertEquals(Variant.RDFXML, pick("application/xml"));
        assertEquals(Optional.empty(), Conneg.choose("image/png", ALL));
        assertEquals(Optional.empty(), Conneg.choose("text/turtle;q=0", List.of(Variant.TURTLE)));
    }

    @Test
    void malformedRangesAreSkipped() {
        assertEquals(List.of(), Conneg.parse("garbage, text/turtle;q=abc, */html, text/turtle;q=2"));
        assertEquals(Variant.TURTLE, pick("garbage"));
        assertEquals(Variant.JSONLD, pick("garbage, application/ld+json"));
    }

    @Test
    void uriPolicyParsesKindsSlugsAndSuffixes() {
        EntityIri e = EntityIri.parse("org", "sedena.ttl");
        assertEquals("sedena", e.slug());
        assertEquals(Optional.of(Variant.TURTLE), e.variant());
        assertEquals("https://w3id.org/usmx/id/org/sedena", e.iri("https://w3id.org/usmx/"));
        assertEquals("/id/org/sedena.jsonld", e.path(Variant.JSONLD));
        assertEquals("http://localhost/kg/id/org/sedena", e.iri("http://localhost/kg/"));
        assertEquals(Optional.empty(), EntityIri.parse("claim", "downie-2011-c101").variant());
        assertEquals("/id/annotation/claim/x-1", EntityIri.parse("annotation/claim", "x-1").path());
        for (String[] bad : new String[][] {{"widget", "x"}, {"org", "Sedena"}, {"org", "se_dena"}, {"org", "-x"}, {"org", "x-"},
            {"org", "a--b"}, {"org", "sedena.exe"}, {"org", ""}, {"org", "calderón"}, {"annotation/widget", "x"}}) {
            assertThrows(EntityIri.Malformed.class, () -> EntityIri.parse(bad[0], bad[1]), String.join("/", bad));
        }
        assertTrue(EntityIri.isSlug("merida-initiative-agreement-2007"));
        assertFalse(EntityIri.isSlug("merida initiative"));
    }

    @Test
    void localPathsMapTheBaseToThisHost() {
        String base = "https://w3id.org/usmx/";
        assertEquals("/id/org/sedena", LocalPaths.path(base + "id/org/sedena", base));
        assertEquals("/id/org/sedena.html", LocalPaths.page(base + "id/org/sedena", base));
        assertEquals("/ontology#Claim", LocalPaths.page(base + "ontology#Claim", base));
        assertEquals("http://xmlns.com/foaf/0.1/name", LocalPaths.page("http://xmlns.com/foaf/0.1/name", base));
    }

    @Test
    void editDistanceForCloseMatches() {
        assertEquals(1, org.usmx.search.SearchIndex.distance("sedna", "sedena", 2));
        assertEquals(0, org.usmx.search.SearchIndex.distance("semar", "semar", 1));
        assertTrue(org.usmx.search.SearchIndex.distance("usnorthcom", "sedena", 2) > 2);
    }

    @Test
    void ownedDerivedNodesAreExactlyTheAnnotationTree() {
        String ann = "https://w3id.org/usmx/id/annotation/claim/a-c1";
        String claim = "https://w3id.org/usmx/id/claim/a-c1";
        assertTrue(StoreDescriptions.owns(claim, ann, ann));
        assertTrue(StoreDescriptions.owns(claim, ann, ann + "/target"));
        assertFalse(StoreDescriptions.owns(claim, ann, ann + "0"));
        assertFalse(StoreDescriptions.owns(claim, ann, "https://w3id.org/usmx/id/claim/a-c10"));
        assertTrue(StoreDescriptions.owns(ann, null, ann + "/quote"));
    }
}
