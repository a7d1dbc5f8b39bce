package org.usmx.sparql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QueryTextGuardTest {

    @Test
    void nestingCountsBracketsOutsideStringsIrisAndComments() {
        assertEquals(2, QueryTextGuard.nesting("SELECT * { ?s ?p ?o FILTER(?o < 5) }", 100));
        assertEquals(1, QueryTextGuard.nesting("SELECT * { ?s <http://x/((([[> \"{{{\" , '((((' , \"\"\"{{\n{\"\"\" # {{{{\n }", 100));
        assertEquals(3, QueryTextGuard.nesting("ASK { FILTER(?a < ?b && (?c > 1)) }", 100));
        assertEquals(1, QueryTextGuard.nesting("ASK { ?s ?p \"a \\\" { \" }", 100));
    }

    @Test
    void refusesLongAndDeepTextsWith400() {
        assertEquals(400, assertThrows(QueryRefused.class, () -> QueryTextGuard.check("x".repeat(101), 100, 5)).status());
        assertEquals(400, assertThrows(QueryRefused.class, () -> QueryTextGuard.check("{".repeat(6), 100, 5)).status());
        assertDoesNotThrow(() -> QueryTextGuard.check("{{{{{}}}}}", 100, 5));
    }
}
