package org.usmx.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;
import org.usmx.validate.DataValidator;
import org.usmx.validate.Violation;

/** Each rule of ontology/shapes.ttl catches the data that breaks it (fixture data, one break at a time). */
class ShapesTest {

    /** A way to break the fixture, and the message the validator must then report. */
    record Break(String name, String file, String from, String to, String expectedMessage) {
        @Override public String toString() { return name; }
    }

    static List<Break> breaks() {
        String claims = "alpha-2001/claims.ttl";
        return List.of(
            new Break("entity without prefLabel", "entities/core.ttl", "skos:prefLabel \"Jane Roe\"@en ;", "",
                "exactly one skos:prefLabel"),
            new Break("entity with two prefLabels", "entities/core.ttl", "skos:prefLabel \"Jane Roe\"@en ;",
                "skos:prefLabel \"Jane Roe\"@en , \"J. Roe\"@en ;", "exactly one skos:prefLabel"),
            new Break("claim without source", claims, "    usmx:statedIn doc:alpha-2001 ; usmx:attributedTo person:alpha-author ;\n    rdfs:label \"The border war",
                "    usmx:attributedTo person:alpha-author ;\n    rdfs:label \"The border war", "exactly one usmx:statedIn"),
            new Break("claim with two sources", claims, "usmx:statedIn doc:alpha-2001 ; usmx:attributedTo person:alpha-author ;\n    rdfs:label \"The border war",
                "usmx:statedIn doc:alpha-2001 , doc:beta-2002 ; usmx:attributedTo person:alpha-author ;\n    rdfs:label \"The border war", "exactly one usmx:statedIn"),
            new Break("claim without quote", claims, "usmx:quote \"Distrust grew after the border war.\" ;", "", "verbatim usmx:quote"),
            new Break("claim without type", claims, "claim:alpha-2001-c2 a usmx:CausalClaim ;", "claim:alpha-2001-c2 a usmx:Claim ;",
                "must be typed"),
            new Break("causal claim without cause", claims, "usmx:cause event:border-war ;", "", "at least one usmx:cause"),
            new Break("causal claim without effect", claims, "usmx:effect factor:distrust ;", "", "at least one usmx:effect"),
            new Break("causal claim without modality", claims, "usmx:polarity usmx:Enables ; usmx:modality usmx:Hedged .",
                "usmx:polarity usmx:Enables .", "exactly one usmx:modality"),
            new Break("untyped date", claims, "usmx:attestedDate \"2001-03\"^^xsd:gYearMonth", "usmx:attestedDate \"March 2001\"",
                "usmx:attestedDate must be"),
            new Break("note without number", "alpha-2001/document.ttl", "usmx:noteNumber 1 ;", "", "integer usmx:noteNumber"),
            new Break("note without document", "alpha-2001/document.ttl", "usmx:noteOf doc:alpha-2001 ; usmx:noteNumber", "usmx:noteNumber",
                "exactly one source paper"),
            new Break("cited work without title", "alpha-2001/document.ttl", "dcterms:title \"Naval Matters\" ;", "", "needs a dcterms:title"),
            new Break("membership without organization", claims, "org:organization inst:testland-navy ;", "", "exactly one org:organization"),
            // (removing the link alone is no break: the reference's usmx:referenceOf restores it by inference)
            new Break("membership whose reference is no passage", claims, "usmx:reference ev:alpha-2001-jane-roe-navy-secretary .",
                "usmx:reference ev:alpha-2001-jane-roe-navy-secretary , ev:alpha-2001-f001 .", "at least one usmx:reference"),
            new Break("period instant without a date", claims, "time:inXSDgYearMonth \"2001-03\"^^xsd:gYearMonth ] ]", "time:inXSDgYear \"2001-03\"^^xsd:gYearMonth ] ]",
                "each state exactly one date"),
            new Break("conflict without a nature", "beta-2002/all.ttl", "    usmx:conflictNature usmx:Contradiction ;\n", "", "exactly one usmx:conflictNature"),
            new Break("conflict side in no position", "beta-2002/all.ttl", "usmx:positionSide ev:beta-2002-f001 ]", "usmx:positionSide ev:alpha-2001-f001 ]",
                "belongs to exactly one of its positions"),
            new Break("fact evidence without predicate", claims, "rdf:predicate usmx:endDate ;", "", "exactly one rdf:predicate"),
            new Break("conflict with one side", "beta-2002/all.ttl", "usmx:side ev:alpha-2001-f001 , ev:beta-2002-f001", "usmx:side ev:beta-2002-f001",
                "at least two usmx:side"),
            new Break("near-duplicate entity (case and accents folded)", "entities/core.ttl", "skos:altLabel \"MINDEF\"",
                "skos:altLabel \"MINDEF\", \"ARMADA DE TESTLANDÍA\"", "shares the name \"armada de testlandia\""),
            new Break("near-duplicate entity (acronym punctuation and spacing folded)", "entities/core.ttl", "skos:altLabel \"MINDEF\"",
                "skos:altLabel \"MINDEF\", \"the Armada de Test-Landia\"", "shares the name"),
            new Break("quantity without a unit", "beta-2002/all.ttl", "conflict:border-war-end a usmx:Conflict",
                "<https://w3id.org/usmx/id/quantity/beta-2002-q1> a usmx:Quantity ; usmx:statedIn doc:beta-2002 ;"
                    + " usmx:quantityOf event:border-war ; usmx:measure \"year the war ended\" ; usmx:value 1898.0 ;"
                    + " usmx:valueAsPrinted \"1898\" ; usmx:quote \"The border war ended in 1898.\" .\n"
                    + "conflict:border-war-end a usmx:Conflict", "exactly one usmx:unit"),
            new Break("misspelt ontology term", claims, "usmx:effect factor:distrust ;", "usmx:effect factor:distrust ; usmx:abuot event:border-war ;",
                "which ontology/usmx.ttl does not declare"),
            new Break("fact evidence for a triple its paper does not assert", claims, "event:border-war usmx:endDate \"1899\"^^xsd:gYear .", "",
                "which the same paper's graph does not assert"),
            new Break("entity without an ontology type", "entities/core.ttl", "person:jane-roe a usmx:Person ;", "person:jane-roe",
                "no type from the ontology"),
            new Break("reference to an entity defined nowhere", claims, "usmx:effect factor:distrust ;", "usmx:effect factor:distrus ;",
                "defined nowhere"));
    }

    @Test
    void theFixtureItselfIsValid() {
        try (TestProject p = TestProject.withFixtureData()) {
            DataValidator.Report r = DataValidator.standard(p.dataFiles()).validate();
            assertEquals(List.of(), r.violations());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void eachRuleCatchesItsViolation(Break b) throws IOException {
        try (TestProject p = TestProject.withFixtureData()) {
            Path file = p.dataDir().resolve(b.file());
            String before = Files.readString(file);
            assertTrue(before.contains(b.from()), "fixture text to break not found: " + b.from());
            Files.writeString(file, before.replace(b.from(), b.to()));
            List<Violation> v = DataValidator.standard(p.dataFiles()).validate().violations();
            assertTrue(v.stream().anyMatch(x -> x.message().contains(b.expectedMessage())),
                b.name() + ": expected a violation containing '" + b.expectedMessage() + "', got " + v);
        }
    }
}
