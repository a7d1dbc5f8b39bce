package org.usmx.curation.recipe;

import java.util.List;

/** Short quotations of the text for messages and logs. */
final class Snippets {

    private Snippets() {}

    /** At most 80 characters, line breaks shown as " / ". */
    static String shorten(String s) {
        String t = s.replace("\n", " / ");
        return t.length() <= 80 ? t : t.substring(0, 77) + "…";
    }

    /** The last four words. */
    static String lastWords(String s) {
        String[] w = s.split(" ");
        return String.join(" ", List.of(w).subList(Math.max(0, w.length - 4), w.length));
    }

    /** The first four words. */
    static String firstWords(String s) {
        String[] w = s.split(" ");
        return String.join(" ", List.of(w).subList(0, Math.min(4, w.length)));
    }

    /** Occurrences of a literal string. */
    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }
}
