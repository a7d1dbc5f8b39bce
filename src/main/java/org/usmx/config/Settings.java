package org.usmx.config;

import java.nio.file.Path;
import java.time.Duration;

import org.usmx.iri.IriPolicy;

/**
 * Everything the service is configured with. Defaults suit a fresh clone run from the
 * repository root; the CLI and the environment override them.
 *
 * @param projectDir  repository root (holds data/, ontology/, queries/)
 * @param storeDir    where TDB2 databases live
 * @param port        HTTP port for SPARQL, API and pages (0 = any free port)
 * @param queryTimeout server cap on a SPARQL query; a request's ?timeout may only lower it
 * @param maxRows     cap on SELECT result rows; a larger result is refused, never truncated
 * @param idBase      IRI base of entities (the URI policy's persistent base)
 */
public record Settings(Path projectDir, Path storeDir, int port, Duration queryTimeout, int maxRows, String idBase) {

    /** The URI policy's persistent base; defined once, in {@link IriPolicy}. */
    public static final String DEFAULT_ID_BASE = IriPolicy.DEFAULT_BASE;

    public static Settings defaults(Path projectDir) {
        return new Settings(projectDir, projectDir.resolve("store"), 8080, Duration.ofSeconds(30), 10_000, DEFAULT_ID_BASE);
    }

    public Path dataDir() { return projectDir.resolve("data"); }

    public Path ontologyDir() { return projectDir.resolve("ontology"); }

    public Path queriesDir() { return projectDir.resolve("queries"); }

    public Settings withStoreDir(Path dir) { return new Settings(projectDir, dir, port, queryTimeout, maxRows, idBase); }

    public Settings withPort(int p) { return new Settings(projectDir, storeDir, p, queryTimeout, maxRows, idBase); }

    public Settings withQueryTimeout(Duration t) { return new Settings(projectDir, storeDir, port, t, maxRows, idBase); }

    public Settings withMaxRows(int rows) { return new Settings(projectDir, storeDir, port, queryTimeout, rows, idBase); }

    /**
     * The IRI base entities are served under (flag --id-base, environment USMX_ID_BASE): an
     * absolute http(s) IRI ending in "/", e.g. https://data.example.org/usmx/.
     */
    public Settings withIdBase(String base) {
        if (base == null || !base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("id base must be an absolute http(s) IRI ending in \"/\", got \"" + base + "\"");
        }
        return new Settings(projectDir, storeDir, port, queryTimeout, maxRows, base);
    }
}
