package org.usmx.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** /api/entities?type= accepts what a user types: a class IRI, its name in any case, or an IRI kind. */
class EntityTypeFilterTest {

    private static final Map<String, Object> RENUART = Map.of(
        "iri", "https://w3id.org/usmx/id/person/gene-renuart",
        "types", List.of("https://w3id.org/usmx/ontology#Person"));

    @Test
    void classIriNameInAnyCaseOrKindMatch() {
        assertTrue(EntitiesController.ofType(RENUART, "https://w3id.org/usmx/ontology#Person"));
        assertTrue(EntitiesController.ofType(RENUART, "Person"));
        assertTrue(EntitiesController.ofType(RENUART, "person"));
        assertFalse(EntitiesController.ofType(RENUART, "org"));
        assertFalse(EntitiesController.ofType(RENUART, "Organization"));
        assertFalse(EntitiesController.ofType(RENUART, "pers"));
    }
}
