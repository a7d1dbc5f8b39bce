package org.usmx.curation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical text of Sigrid Arzt, "U.S.-Mexico National Security Cooperation against Organized
 * Crime: The Road Ahead" (Woodrow Wilson International Center for Scholars, September 2009),
 * from the single raw extraction {@code 002_03240e58ad883d7f.txt}.
 *
 * <p>The extraction already has one paragraph per line and blank lines between paragraphs, no
 * hyphenated line breaks and no running headers or printed page numbers. The procedure:
 * <ol>
 *   <li>Normalise line ends to LF; split into paragraphs at blank lines; trim each paragraph.</li>
 *   <li>Join the title, which the extraction splits over two paragraphs at its colon.</li>
 *   <li>Remove the one footnote block ("¹ National Southwest Border …"), which the extraction
 *       drops between the last line of one page and the first line of the next, in the middle of
 *       the sentence "The Secretary had the | opportunity to visit the Northern Command …"; the
 *       two halves are joined with a space and the note goes to the Notes part.</li>
 *   <li>Apply the hand fixes listed in {@link #HAND_FIXES} (each must match exactly once).</li>
 *   <li>Remove the superscript note marker from the body, recording the code-point offset where
 *       it stood.</li>
 *   <li>Append the notes after the body: a line {@code Notes}, then "N text" paragraphs.</li>
 * </ol>
 * No page spans are recorded: the extraction prints no page numbers, and the only page break
 * it reveals (at the footnote block) cannot be given a page number without guessing.
 */
public final class ArztTextCleaner implements SourceTextCleaner {

    static final String RAW_FILE = "002_03240e58ad883d7f.txt";

    private static final String TITLE_1 = "U.S.-Mexico National Security Cooperation against Organized Crime:";
    private static final String TITLE_2 = "The Road Ahead";

    /** Superscript digits used as note markers in the extraction. */
    private static final String SUPERSCRIPTS = SuperscriptMarkers.SUPERSCRIPTS;

    private static final Pattern NOTE_BLOCK = Pattern.compile("^([" + SUPERSCRIPTS + "]+)\\s+(.+)$");

    /** Hand fixes: {find, replace, why}. Each find must occur exactly once in the joined body. */
    static final String[][] HAND_FIXES = {
        {"Consolidating informationsharing,", "Consolidating information-sharing,",
            "restored the compound hyphen the extraction lost at a line break: \"informationsharing\" → \"information-sharing\" (cf. \"intelligence-sharing\" earlier in the paper)"},
        {"and middleclass suburban kids", "and middle-class suburban kids",
            "restored the compound hyphen the extraction lost at a line break: \"middleclass\" → \"middle-class\""},
        {"The US\\$100 million installment", "The US$100 million installment",
            "removed the markup escape before the dollar sign: \"US\\$100\" → \"US$100\""},
        {"in the 21^{st} century.", "in the 21st century.",
            "removed the superscript markup of the ordinal: \"21^{st}\" → \"21st\""},
    };

    @Override
    public String paperId() {
        return "arzt-2009";
    }

    @Override
    public List<String> rawFiles() {
        return List.of(RAW_FILE);
    }

    @Override
    public CleanedText clean(List<String> rawContents) {
        String raw = SourceTextCleaner.singleRaw(rawContents);

        List<String> paragraphs = new ArrayList<>();
        for (String p : raw.split("\n[ \t]*\n")) {
            String t = p.strip().replaceAll("\\s*\n\\s*", " ");
            if (!t.isEmpty()) paragraphs.add(t);
        }
        List<String> handFixes = new ArrayList<>();

        // 2. The title, split over two paragraphs at its colon.
        if (!paragraphs.get(0).equals(TITLE_1) || !paragraphs.get(1).equals(TITLE_2)) {
            throw new IllegalStateException("title not where expected: " + paragraphs.subList(0, 2));
        }
        paragraphs.set(0, TITLE_1 + " " + TITLE_2);
        paragraphs.remove(1);
        handFixes.add("joined the title, split by the extraction over two paragraphs after its colon: \""
                + TITLE_1 + " " + TITLE_2 + "\"");

        // 3. Footnote blocks: out of the body; the paragraph they interrupt is rejoined.
        List<String[]> notes = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher m = NOTE_BLOCK.matcher(paragraphs.get(i));
            if (!m.matches()) continue;
            notes.add(new String[] {SuperscriptMarkers.digits(m.group(1)), m.group(2).strip()});
            paragraphs.remove(i);
            String before = paragraphs.get(i - 1);
            String after = paragraphs.get(i);
            if (endsSentence(before) || !Character.isLowerCase(after.charAt(0))) {
                throw new IllegalStateException("footnote block does not interrupt a sentence: " + before + " | " + after);
            }
            paragraphs.set(i - 1, before + " " + after);
            paragraphs.remove(i);
            handFixes.add("removed footnote " + m.group(1) + "'s block from the middle of the paragraph it interrupts (a page break)"
                    + " and rejoined \"" + tail(before) + "\" with \"" + head(after) + "\"");
            i--;
        }

        // 4. Hand fixes in the body.
        String body = String.join("\n\n", paragraphs);
        for (String[] fix : HAND_FIXES) {
            int first = body.indexOf(fix[0]);
            if (first < 0 || body.indexOf(fix[0], first + 1) >= 0) {
                throw new IllegalStateException("hand fix must match exactly once: " + fix[0]);
            }
            body = body.replace(fix[0], fix[1]);
            handFixes.add(fix[2]);
        }

        // 5. Note markers out of the body, offsets in code points (as many as there are notes, in order).
        SuperscriptMarkers.Extracted extracted = SuperscriptMarkers.extract(body, body.length(), notes.size());
        StringBuilder out = new StringBuilder(extracted.text());
        List<CleanedText.NoteMarker> markers = extracted.markers();

        // 6. Notes after the body.
        out.append("\n\nNotes");
        for (String[] n : notes) out.append("\n\n").append(n[0]).append(' ').append(n[1]);
        out.append('\n');

        return new CleanedText(out.toString(), List.of(), List.copyOf(markers), List.copyOf(handFixes));
    }


    private static boolean endsSentence(String p) {
        char last = p.charAt(p.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '"' || last == '”' || last == ':';
    }

    private static String tail(String p) {
        int cut = p.lastIndexOf(". ");
        return cut < 0 ? p : p.substring(cut + 2);
    }

    private static String head(String p) {
        int cut = p.indexOf(' ', 30);
        return (cut < 0 ? p : p.substring(0, cut)) + " …";
    }
}
