package org.usmx.curation.text;

import java.util.List;

/**
 * Paragraphs an extraction cut in two (at a page break, a footnote, a caption): hand fixes name
 * the end of the first half and the start of the second, and must match exactly one adjacent pair.
 */
final class CutParagraphs {

    private CutParagraphs() {}

    /** Index of the first half of the one adjacent pair that ends with {@code end} and continues with {@code start}. */
    static int find(List<String> paragraphs, String end, String start) {
        int found = -1;
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            if (paragraphs.get(i).endsWith(end) && paragraphs.get(i + 1).startsWith(start)) {
                if (found >= 0) throw new IllegalStateException("cut paragraph matches twice: " + end);
                found = i;
            }
        }
        if (found < 0) throw new IllegalStateException("cut paragraph not found: " + end + " | " + start);
        return found;
    }

    /** The last four words, for naming a hand fix. */
    static String lastWords(String s) {
        String[] w = s.split(" ");
        return String.join(" ", List.of(w).subList(Math.max(0, w.length - 4), w.length));
    }

    /** The first four words, for naming a hand fix. */
    static String firstWords(String s) {
        String[] w = s.split(" ");
        return String.join(" ", List.of(w).subList(0, Math.min(4, w.length)));
    }
}
