package org.usmx.web;

/** Small wording helpers for pages: counts with the right plural. */
public final class Words {

    private Words() {}

    /** {@code count(1, "claim")} → "1 claim"; {@code count(3, "claim")} → "3 claims". */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /** As {@link #count(long, String)} for a number given as text (a SPARQL count); other text is kept. */
    public static String count(String n, String noun) {
        if (n == null) return "0 " + plural(noun);
        try {
            return count(Long.parseLong(n.trim()), noun);
        } catch (NumberFormatException e) {
            return n + " " + plural(noun);
        }
    }

    static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ey")) return noun.substring(0, noun.length() - 1) + "ies";
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch")) return noun + "es";
        return noun + "s";
    }
}
