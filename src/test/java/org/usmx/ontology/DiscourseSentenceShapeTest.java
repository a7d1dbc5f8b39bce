package org.usmx.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;
import org.usmx.validate.DataValidator;
import org.usmx.validate.Violation;

/**
 * ush:DiscourseSentenceShape (issue 13): a roadmap, method, acknowledgement or editorial sentence
 * is anchored like a claim but is never one. Checked on the fixture with one discourse sentence
 * added, then broken in each way the shape must catch.
 */
class DiscourseSentenceShapeTest {

    private static final String SENTENCE = """

        claim:alpha-2001-d001 a usmx:DiscourseSentence ;
            usmx:statedIn doc:alpha-2001 ;
            usmx:quote "The border war ended in 1899." ;
            usmx:discourseRole usmx:Roadmap ;
            rdfs:label "A sentence of the fixture, read as a roadmap"@en .
        """;

    private static List<Violation> validateWith(String sentence) throws IOException {
        try (TestProject p = TestProject.withFixtureData()) {
            Path claims = p.dataDir().resolve("alpha-2001/claims.ttl");
            Files.writeString(claims, sentence, StandardOpenOption.APPEND);
            return DataValidator.standard(p.dataFiles()).validate().violations();
        }
    }

    @Test
    void aWellFormedDiscourseSentenceIsValidAndAnchored() throws IOException {
        assertEquals(List.of(), validateWith(SENTENCE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "typed as a claim too     | a usmx:DiscourseSentence ;      | a usmx:DiscourseSentence , usmx:FactualClaim ; | is not a claim",
        "given a cause            | usmx:discourseRole usmx:Roadmap ; | usmx:discourseRole usmx:Roadmap ; usmx:cause event:border-war ; | no usmx:cause",
        "given a polarity         | usmx:discourseRole usmx:Roadmap ; | usmx:discourseRole usmx:Roadmap ; usmx:polarity usmx:Increases ; | no usmx:polarity",
        "without a role           | usmx:discourseRole usmx:Roadmap ; | ''                                  | exactly one usmx:discourseRole",
        "with two roles           | usmx:discourseRole usmx:Roadmap ; | usmx:discourseRole usmx:Roadmap , usmx:Method ; | exactly one usmx:discourseRole",
        "without a source         | usmx:statedIn doc:alpha-2001 ;  | ''                                  | exactly one usmx:statedIn",
        "without a label          | rdfs:label \"A sentence of the fixture, read as a roadmap\"@en . | . | rdfs:label"})
    void eachRuleCatchesItsViolation(String name, String from, String to, String expected) throws IOException {
        assertTrue(SENTENCE.contains(from), "fixture text to break not found: " + from);
        String broken = SENTENCE.replace(from, to);
        if (to.equals(".")) broken = broken.replace("usmx:Roadmap ;\n    .", "usmx:Roadmap .");
        List<Violation> v = validateWith(broken);
        assertTrue(v.stream().anyMatch(x -> x.message().contains(expected)), name + ": expected '" + expected + "', got " + v);
    }
}
