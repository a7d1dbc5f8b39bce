package org.usmx.iri;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URI policy (docs/uri-policy.md) in one place: the base, the kinds, the slug rule, and how
 * every IRI of the graph is built and parsed. Entity IRIs are {@code {base}id/{kind}/{slug}},
 * the derived annotation of a curated resource {@code {base}id/annotation/{kind}/{slug}}. The
 * Linked Data controllers, the JSON API, the loader and the curation tools all ask this class;
 * none keeps its own pattern or base.
 *
 * <p>An instance carries a base (the configured {@code idBase}, flag --id-base); the rules that
 * do not depend on the base (kinds, slugs) are static. Only the data follows the base: the
 * entity, claim and document IRIs under {@code {base}id/}. The vocabulary and the graph names
 * stay under {@link #DEFAULT_BASE} whatever the base ({@code …/ontology#}, {@code …/shapes#},
 * {@code …/graph/{name}}): they name the model and the containers, which are the same terms
 * on every deployment, so a query or a shape written against them works everywhere. The data
 * files are always written under {@link #DEFAULT_BASE}; the loader maps them to the configured
 * base once ({@link #rebase(String)}).
 */
public final class IriPolicy {

    /** The persistent base (a w3id.org permanent identifier); the data files are written under it. */
    public static final String DEFAULT_BASE = "https://w3id.org/usmx/";

    /** The policy under the default base. */
    public static final IriPolicy DEFAULT = new IriPolicy(DEFAULT_BASE);

    /** Kinds curated by hand (docs/data-model.md). */
    public static final List<String> CURATED_KINDS = List.of("org", "person", "place", "event", "initiative", "post",
        "membership", "factor", "document", "note", "citation", "section", "claim", "evidence", "conflict", "quantity");

    /** Kinds derived at load time (never written by hand) and the concept scheme of factors. */
    public static final List<String> DERIVED_KINDS = List.of("annotation", "page", "edge", "scheme");

    /** Lower-case ASCII letters and digits in words joined by single hyphens. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final String ANNOTATION = "annotation/";

    /** A kind and slug that break the policy; the message says which rule, for a 400 answer. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) { super(message); }
    }

    /** An entity IRI's parts: {@code kind} is "claim", or "annotation/claim" for a claim's derived annotation. */
    public record Entity(String kind, String slug) {}

    private final String base;

    /** @param base an absolute http(s) IRI ending in "/", e.g. https://w3id.org/usmx/ */
    public IriPolicy(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/")) {
            throw new IllegalArgumentException("the IRI base must be an http(s) IRI ending in \"/\", e.g. " + DEFAULT_BASE + "; got " + base);
        }
        this.base = base;
    }

    public String base() { return base; }

    // --- rules that do not depend on the base -----------------------------------------------

    public static boolean isSlug(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    /** A kind segment: a curated or derived kind, or "annotation/" + a curated kind. */
    public static boolean isKind(String kind) {
        if (kind == null) return false;
        if (kind.startsWith(ANNOTATION)) return CURATED_KINDS.contains(kind.substring(ANNOTATION.length()));
        return CURATED_KINDS.contains(kind) || DERIVED_KINDS.contains(kind);
    }

    /** Checks a kind segment, throwing {@link Malformed} that lists the kinds. */
    public static void checkKind(String kind) {
        if (!isKind(kind)) {
            throw new Malformed("Unknown kind \"" + kind + "\"; kinds are " + String.join(", ", CURATED_KINDS)
                + " (derived: " + String.join(", ", DERIVED_KINDS) + ").");
        }
    }

    /** Checks a kind and slug, throwing {@link Malformed} with the rule they break. */
    public static Entity check(String kind, String slug) {
        checkKind(kind);
        if (!isSlug(slug)) {
            throw new Malformed("Malformed slug \"" + slug + "\": slugs are lower-case ASCII letters and digits in words joined by single hyphens (e.g. sedena, felipe-calderon).");
        }
        return new Entity(kind, slug);
    }

    // --- building ---------------------------------------------------------------------------

    /** {base}id/ */
    public String idNamespace() {
        return base + "id/";
    }

    /** {base}id/{kind}/, the namespace of a kind (the prefixes inst:, person:, … name these). */
    public String namespace(String kind) {
        if (!isKind(kind)) throw new Malformed("Unknown kind \"" + kind + "\"");
        return idNamespace() + kind + "/";
    }

    /** {base}id/{kind}/{slug}, checked. */
    public String entity(String kind, String slug) {
        check(kind, slug);
        return idNamespace() + kind + "/" + slug;
    }

    /** A source paper or cited work: {base}id/document/{id}. */
    public String document(String id) {
        return entity("document", id);
    }

    /** A paper's note by number: {base}id/note/{paper}-{n}. */
    public String note(String paper, int number) {
        return entity("note", paper + "-" + number);
    }

    /** A paper's printed page: {base}id/page/{paper}-p{n}. */
    public String page(String paper, int number) {
        return entity("page", paper + "-p" + number);
    }

    /** A claim: {base}id/claim/{id}. */
    public String claim(String id) {
        return entity("claim", id);
    }

    /** The named graphs' namespace, {@value #DEFAULT_BASE}graph/, fixed whatever the base (see the class comment). */
    public String graphNamespace() {
        return DEFAULT_BASE + "graph/";
    }

    /** A named graph: {@value #DEFAULT_BASE}graph/{name} (a paper's id, entities, crosspaper, ontology, …). */
    public String graph(String name) {
        if (!isSlug(name)) throw new Malformed("Malformed graph name \"" + name + "\"");
        return graphNamespace() + name;
    }

    /**
     * The derived Web Annotation that anchors a resource's quote: id/claim/x → id/annotation/claim/x;
     * a resource outside the id namespace gets {@code #annotation}.
     */
    public String annotation(String resourceIri) {
        String id = idNamespace();
        return resourceIri.startsWith(id) ? id + ANNOTATION + resourceIri.substring(id.length()) : resourceIri + "#annotation";
    }

    // --- parsing ----------------------------------------------------------------------------

    /** The name of a named graph ({@value #DEFAULT_BASE}graph/{name} → name), if it is one. */
    public Optional<String> graphName(String graphIri) {
        if (graphIri == null || !graphIri.startsWith(graphNamespace())) return Optional.empty();
        String name = graphIri.substring(graphNamespace().length());
        return isSlug(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * The source paper a named graph belongs to under this base (graph/downie-2011 →
     * {base}id/document/downie-2011): a paper's graph is named by the paper's id. Whether that
     * document exists is for the caller to check; graphs like entities or inferred give an IRI
     * nothing is known about.
     */
    public Optional<String> documentOfGraph(String graphIri) {
        return graphName(graphIri).map(this::document);
    }

    /** The kind and slug of an entity IRI under this base, if it is one that follows the policy. */
    public Optional<Entity> parse(String iri) {
        if (iri == null || !iri.startsWith(idNamespace())) return Optional.empty();
        String rest = iri.substring(idNamespace().length());
        int slash = rest.lastIndexOf('/');
        if (slash <= 0) return Optional.empty();
        String kind = rest.substring(0, slash);
        String slug = rest.substring(slash + 1);
        return isKind(kind) && isSlug(slug) ? Optional.of(new Entity(kind, slug)) : Optional.empty();
    }

    /**
     * Whether this service serves an IRI: one under this base, or a vocabulary or graph IRI under
     * the fixed {@link #DEFAULT_BASE} ({@code ontology#…}, {@code shapes#…}, {@code graph/…}).
     */
    public boolean isLocal(String iri) {
        return prefixOf(iri) != null;
    }

    /** The path this service serves an IRI at ({base}x → /x, {@value #DEFAULT_BASE}graph/x → /graph/x), or the IRI itself. */
    public String localPath(String iri) {
        String prefix = prefixOf(iri);
        return prefix == null ? iri : "/" + iri.substring(prefix.length());
    }

    private String prefixOf(String iri) {
        if (iri == null) return null;
        if (iri.startsWith(base)) return base;
        for (String fixed : FIXED) if (iri.startsWith(DEFAULT_BASE + fixed)) return DEFAULT_BASE;
        return null;
    }

    /** What stays under {@link #DEFAULT_BASE} whatever the configured base: the vocabulary and the graph names. */
    private static final List<String> FIXED = List.of("ontology", "shapes", "graph/");

    /**
     * The same IRI under this base: an IRI in the data files' id namespace ({@value #DEFAULT_BASE}id/…)
     * moves to {@code {base}id/…}; any other IRI (vocabulary, graph names, external) is returned as
     * it is. The loader applies this to every IRI once, so the store serves the files' data under
     * the configured base.
     */
    public String rebase(String iri) {
        return iri.startsWith(CANONICAL_ID) && !base.equals(DEFAULT_BASE) ? idNamespace() + iri.substring(CANONICAL_ID.length()) : iri;
    }

    /** Whether this policy's base is the one the data files are written under (nothing to rewrite). */
    public boolean isDefaultBase() {
        return base.equals(DEFAULT_BASE);
    }

    private static final String CANONICAL_ID = DEFAULT_BASE + "id/";
}
