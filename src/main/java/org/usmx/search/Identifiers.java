package org.usmx.search;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.usmx.iri.IriPolicy;
import org.usmx.sparql.Prefixes;

/**
 * The ways a caller may write a node's identifier, turned into an IRI: the full IRI, a prefixed
 * name ({@code inst:sedena}, with the standard prefixes of /sparql), a kind and slug
 * ({@code org/sedena}, or the local path {@code /id/org/sedena}). Says nothing about whether the
 * node exists; {@link SearchIndex#contains} does.
 */
public final class Identifiers {

    private static final Pattern KIND_SLUG = Pattern.compile("/?(?:id/)?([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):([^\\s/][^\\s]*)");

    private final String idBase;

    public Identifiers(String idBase) {
        this.idBase = idBase;
    }

    /** The IRI the text names, if it is written as an identifier at all (else it is words). */
    public Optional<String> iri(String text) {
        String t = text.trim();
        if (t.startsWith("http://") || t.startsWith("https://")) return Optional.of(t);
        if (t.startsWith("<") && t.endsWith(">")) return iri(t.substring(1, t.length() - 1));
        Matcher ks = KIND_SLUG.matcher(t);
        if (ks.matches()) return Optional.of(new IriPolicy(idBase).idNamespace() + ks.group(1) + "/" + ks.group(2));
        Matcher p = PREFIXED.matcher(t);
        if (p.matches()) {
            String ns = Prefixes.standard(idBase).get(p.group(1));
            if (ns != null) return Optional.of(ns + p.group(2));
        }
        return Optional.empty();
    }

    /** Whether the text is written as a prefixed name, whatever its prefix ({@code foo:bar}). */
    public static boolean looksPrefixed(String text) {
        return PREFIXED.matcher(text.trim()).matches() && !text.trim().startsWith("http");
    }

    /** The last segment of an IRI or identifier: what a close match is looked up by. */
    public static String localName(String text) {
        String t = text.trim();
        int cut = Math.max(Math.max(t.lastIndexOf('/'), t.lastIndexOf('#')), t.lastIndexOf(':'));
        return cut < 0 ? t : t.substring(cut + 1);
    }

    /** The prefix of a prefixed name, if known. */
    public Optional<String> namespace(String prefix) {
        return Optional.ofNullable(Prefixes.standard(idBase).get(prefix));
    }

    public Map<String, String> prefixes() {
        return Prefixes.standard(idBase);
    }

    /** The shortest prefixed form of an IRI under the standard prefixes (for messages). */
    public String compact(String iri) {
        String best = iri;
        for (Map.Entry<String, String> e : Prefixes.standard(idBase).entrySet()) {
            if (iri.startsWith(e.getValue())) {
                String c = e.getKey() + ":" + iri.substring(e.getValue().length());
                if (c.length() < best.length()) best = c;
            }
        }
        return best;
    }
}
