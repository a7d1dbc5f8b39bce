package org.usmx.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.usmx.testing.TestProject;

/** The ontology parses, documents every term it defines, and agrees with the shapes. */
class OntologyTest {

    private static final String NS = "https://w3id.org/usmx/ontology#";

    private static Model ontology() {
        return RDFDataMgr.loadModel(TestProject.repositoryRoot().resolve("ontology/usmx.ttl").toString());
    }

    @Test
    void ontologyHeaderHasVersionLicenseAndCreators() {
        Model m = ontology();
        Resource ont = m.getResource(NS);
        assertTrue(m.contains(ont, RDF.type, OWL.Ontology));
        for (String p : List.of("http://www.w3.org/2002/07/owl#versionIRI", "http://purl.org/dc/terms/license",
                "http://purl.org/dc/terms/creator", RDFS.label.getURI(), RDFS.comment.getURI())) {
            assertTrue(ont.hasProperty(m.getProperty(p)), "ontology header lacks " + p);
        }
    }

    @Test
    void everyTermWeDefineHasLabelAndComment() {
        Model m = ontology();
        List<String> missing = new ArrayList<>();
        m.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NS) && !s.getURI().equals(NS)) {
                if (!s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment)) missing.add(s.getLocalName());
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void classesHaveExamplesAndObjectPropertiesOfClaimsHaveDomains() {
        Model m = ontology();
        List<String> noExample = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(c -> {
            if (c.isURIResource() && c.getURI().startsWith(NS) && !c.hasProperty(m.getProperty("http://www.w3.org/2004/02/skos/core#example"))
                && !Set.of("Polarity", "Modality", "ConflictKind").contains(c.getLocalName())) {
                noExample.add(c.getLocalName());
            }
        });
        assertEquals(List.of(), noExample, "classes without skos:example");
        for (String p : List.of("cause", "effect", "polarity", "optionLabel", "consequence", "noteNumber", "side")) {
            assertTrue(m.getResource(NS + p).hasProperty(RDFS.domain), p + " needs a domain");
        }
    }

    @Test
    void shapesParseAndTargetOnlyClassesTheOntologyKnows() {
        Model shapesModel = RDFDataMgr.loadModel(TestProject.repositoryRoot().resolve("ontology/shapes.ttl").toString());
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        assertTrue(shapes.numRootShapes() >= 10);
        Model m = ontology();
        shapesModel.listObjectsOfProperty(shapesModel.getProperty("http://www.w3.org/ns/shacl#targetClass")).forEachRemaining(c -> {
            String uri = c.asResource().getURI();
            if (uri.startsWith(NS)) assertTrue(m.contains(c.asResource(), RDF.type, OWL.Class), "shape targets unknown class " + uri);
        });
    }
}
