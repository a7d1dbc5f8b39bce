package org.usmx.linkeddata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URI policy in code: which kinds exist, what a slug looks like, and how the persistent IRI
 * {@code {idBase}id/{kind}/{slug}} maps to this service's local path {@code /id/{kind}/{slug}}
 * (plus an optional suffix that pins a representation). See docs/uri-policy.md.
 *
 * @param kind    the kind segment (org, person, …)
 * @param slug    the slug, without suffix
 * @param variant the representation a suffix pins, if any
 */
public record EntityIri(String kind, String slug, Optional<Variant> variant) {

    /** Kinds curated by hand (docs/data-model.md). */
    public static final List<String> CURATED_KINDS = List.of("org", "person", "place", "event", "initiative", "post",
        "membership", "factor", "document", "note", "citation", "section", "claim", "evidence", "conflict", "quantity");

    /** Kinds derived at load time (never written by hand) and the concept scheme of factors. */
    public static final List<String> DERIVED_KINDS = List.of("annotation", "page", "edge", "scheme");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** A request that does not name a well-formed IRI of the policy (answered with 400). */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) { super(message); }
    }

    /**
     * Parses the segments after {@code /id/}: a kind (or {@code annotation/{kind}} for the derived
     * evidence annotation of a curated resource) and a slug that may end in a variant suffix.
     */
    public static EntityIri parse(String kind, String slugSegment) {
        boolean annotation = kind.startsWith("annotation/");
        boolean known = annotation ? CURATED_KINDS.contains(kind.substring("annotation/".length()))
            : CURATED_KINDS.contains(kind) || DERIVED_KINDS.contains(kind);
        if (!known) {
            throw new Malformed("Unknown kind \"" + kind + "\"; kinds are " + String.join(", ", CURATED_KINDS)
                + " (derived: " + String.join(", ", DERIVED_KINDS) + ").");
        }
        String slug = slugSegment;
        Optional<Variant> variant = Optional.empty();
        int dot = slugSegment.lastIndexOf('.');
        if (dot >= 0) {
            String suffix = slugSegment.substring(dot + 1);
            variant = Variant.bySuffix(suffix);
            if (variant.isEmpty()) {
                throw new Malformed("Unknown suffix \"." + suffix + "\"; use one of " + suffixes() + " or none (content negotiation).");
            }
            slug = slugSegment.substring(0, dot);
        }
        if (!isSlug(slug)) {
            throw new Malformed("Malformed slug \"" + slug + "\": slugs are lower-case ASCII letters and digits in words joined by single hyphens (e.g. sedena, felipe-calderon).");
        }
        return new EntityIri(kind, slug, variant);
    }

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }

    public static String suffixes() {
        StringBuilder b = new StringBuilder();
        for (Variant v : Variant.values()) b.append(b.isEmpty() ? "" : ", ").append('.').append(v.suffix());
        return b.toString();
    }

    /** The persistent IRI under the configured base. */
    public String iri(String idBase) {
        return idBase + "id/" + kind + "/" + slug;
    }

    /** The generic local path (content-negotiated). */
    public String path() {
        return "/id/" + kind + "/" + slug;
    }

    /** The local path of one representation. */
    public String path(Variant v) {
        return path() + "." + v.suffix();
    }

    /** The same resource with a pinned representation. */
    public EntityIri with(Variant v) {
        return new EntityIri(kind, slug, Optional.of(v));
    }
}
