package org.usmx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.usmx.testing.CliRun;
import org.usmx.testing.TestProject;

/** --id-base on the command line: load and query build and read the store for the base they are given. */
class IdBaseCliTest {

    private static final String OTHER = "http://example.org/kg/";
    private static final String NAVY_LABEL = "SELECT (STR(?s) AS ?iri) ?l WHERE { ?s skos:prefLabel ?l . FILTER(?s = inst:testland-navy) }";

    /** The result table the query printed (its rows start with "|"), without any log lines. */
    private static String table(CliRun run) {
        return String.join("\n", run.out().lines().filter(l -> l.startsWith("|")).toList());
    }

    /** Whether the command printed a line starting with {@code start} (the server log may share standard output in a test JVM). */
    private static boolean said(CliRun run, String start) {
        return run.out().lines().anyMatch(l -> l.startsWith(start));
    }

    @Test
    void loadAndQueryFollowTheBaseTheyAreGiven() {
        try (TestProject p = TestProject.withFixtureData()) {
            String project = p.root().toString();
            CliRun built = CliRun.of("load", "--project", project);
            assertEquals(0, built.code(), built.both());

            // the predeclared inst: names the navy under the base given; the store is rebuilt for it
            CliRun other = CliRun.of("query", "--project", project, "--id-base", OTHER, NAVY_LABEL);
            assertEquals(0, other.code(), other.both());
            assertTrue(table(other).contains(OTHER + "id/org/testland-navy"), other.out());
            assertTrue(table(other).contains("Navy of Testland"), other.out());
            assertFalse(table(other).contains("https://w3id.org/usmx/id/"), other.out());

            // --if-changed: same data and base, nothing to do; back to the default base, rebuilt
            CliRun same = CliRun.of("load", "--if-changed", "--project", project, "--id-base", OTHER);
            assertTrue(said(same, "unchanged "), same.both());
            CliRun back = CliRun.of("load", "--if-changed", "--project", project);
            assertTrue(said(back, "built "), "a store built for another base is not 'unchanged': " + back.both());

            CliRun canonical = CliRun.of("query", "--project", project, NAVY_LABEL);
            assertEquals(0, canonical.code(), canonical.both());
            assertTrue(table(canonical).contains("https://w3id.org/usmx/id/org/testland-navy"), canonical.out());
            assertFalse(table(canonical).contains(OTHER), canonical.out());
        }
    }
}
