package org.usmx.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Server-driven content negotiation on the Accept header (RFC 9110 §12.5.1): parses media ranges
 * with their q-values, scores each offered representation by the most specific range matching any
 * of its media types (exact type beats {@code type/*} beats {@code *}{@code /*}), and picks the highest
 * non-zero score; ties go to the first offered (the server's preference). A missing or empty
 * header accepts anything.
 */
public final class Conneg {

    /** One media range of an Accept header. */
    public record MediaRange(String type, String subtype, double q) {

        /** 3 for an exact match, 2 for a type wildcard, 1 for the full wildcard, 0 for no match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash), s = mediaType.substring(slash + 1);
            if (type.equals("*")) return 1;
            if (!type.equals(t)) return 0;
            if (subtype.equals("*")) return 2;
            return subtype.equals(s) ? 3 : 0;
        }
    }

    private Conneg() {}

    /** The media ranges of an Accept header, in order; malformed ranges are skipped. */
    public static List<MediaRange> parse(String accept) {
        List<MediaRange> out = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            out.add(new MediaRange("*", "*", 1.0));
            return out;
        }
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) continue;
            String type = range.substring(0, slash).trim(), subtype = range.substring(slash + 1).trim();
            if (type.equals("*") && !subtype.equals("*")) continue;
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                int eq = p.indexOf('=');
                if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(p.substring(eq + 1).trim());
                    } catch (NumberFormatException e) {
                        q = -1;
                    }
                }
            }
            if (q < 0 || q > 1 || Double.isNaN(q)) continue;
            out.add(new MediaRange(type, subtype, q));
        }
        return out;
    }

    /** The q-value the header gives one media type: that of its most specific matching range, else 0. */
    public static double quality(List<MediaRange> ranges, String mediaType) {
        return quality(ranges, mediaType, false);
    }

    private static double quality(List<MediaRange> ranges, String mediaType, boolean exactOnly) {
        String mt = mediaType.toLowerCase(Locale.ROOT);
        int best = 0;
        double q = 0;
        for (MediaRange r : ranges) {
            int s = r.specificity(mt);
            if (exactOnly && s < 3) continue;
            if (s > best || (s == best && s > 0 && r.q() > q)) {
                best = s;
                q = r.q();
            }
        }
        return q;
    }

    /**
     * The offered representation the client prefers, or empty when it accepts none of them (406).
     * Each offer lists its media types, the first being its own; the others are aliases
     * ({@code application/json} for JSON-LD) that count only when named exactly, never through a wildcard.
     */
    public static <T> Optional<T> choose(String accept, List<T> offered, Function<T, List<String>> mediaTypes) {
        List<MediaRange> ranges = parse(accept);
        if (ranges.isEmpty()) ranges = List.of(new MediaRange("*", "*", 1.0));
        T best = null;
        double bestQ = 0;
        for (T candidate : offered) {
            double q = 0;
            List<String> types = mediaTypes.apply(candidate);
            for (int i = 0; i < types.size(); i++) q = Math.max(q, quality(ranges, types.get(i), i > 0));
            if (q > bestQ) {
                best = candidate;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@link #choose} over the Linked Data variants, in their preference order. */
    public static Optional<Variant> choose(String accept, List<Variant> offered) {
        return choose(accept, offered, Variant::mediaTypes);
    }
}
