package org.usmx.linkeddata;

import java.util.List;
import java.util.Optional;

import org.usmx.iri.IriPolicy;

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

    /** Kinds curated by hand (the URI policy's, {@link IriPolicy#CURATED_KINDS}). */
    public static final List<String> CURATED_KINDS = IriPolicy.CURATED_KINDS;

    /** Kinds derived at load time ({@link IriPolicy#DERIVED_KINDS}). */
    public static final List<String> DERIVED_KINDS = IriPolicy.DERIVED_KINDS;

    /** A request that does not name a well-formed IRI of the policy (answered with 400). */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) { super(message); }
    }

    /**
     * Parses the segments after {@code /id/}: a kind (or {@code annotation/{kind}} for the derived
     * evidence annotation of a curated resource) and a slug that may end in a variant suffix.
     */
    public static EntityIri parse(String kind, String slugSegment) {
        try {
            IriPolicy.checkKind(kind);
        } catch (IriPolicy.Malformed e) {
            throw new Malformed(e.getMessage());
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
        check(kind, slug);
        return new EntityIri(kind, slug, variant);
    }

    /** The URI policy's kind and slug rules ({@link IriPolicy#check}), as this package's 400. */
    private static void check(String kind, String slug) {
        try {
            IriPolicy.check(kind, slug);
        } catch (IriPolicy.Malformed e) {
            throw new Malformed(e.getMessage());
        }
    }

    public static boolean isSlug(String s) {
        return IriPolicy.isSlug(s);
    }

    public static String suffixes() {
        StringBuilder b = new StringBuilder();
        for (Variant v : Variant.values()) b.append(b.isEmpty() ? "" : ", ").append('.').append(v.suffix());
        return b.toString();
    }

    /** The persistent IRI under the configured base. */
    public String iri(String idBase) {
        return new IriPolicy(idBase).entity(kind, slug);
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
