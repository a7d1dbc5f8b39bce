package org.usmx.curation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical text of Abelardo Rodríguez Sumano, "Mexico's Insecurity in North America",
 * Homeland Security Affairs, Supplement No. 1 (2007), dated October 18, 2007, from the single raw
 * extraction {@code 004_8440062f7a3eb549.txt} (the copy archived in Calhoun, the Naval
 * Postgraduate School's institutional archive).
 *
 * <p>The extraction has one paragraph per line and blank lines between paragraphs, no hyphenated
 * line breaks, no running headers and no printed page numbers. Its artefacts are an archive cover
 * sheet, paragraphs cut in two at page breaks, and markdown-style {@code *italics*}. The
 * procedure:
 * <ol>
 *   <li>Normalise line ends to LF; split into paragraphs at blank (or whitespace-only) lines; trim
 *       each paragraph.</li>
 *   <li>Drop the Calhoun cover sheet (the first {@value #COVER_PARAGRAPHS} paragraphs, checked
 *       against {@link #COVER}): it is the archive's page, not the paper's. Its metadata (date,
 *       handle, series line, the inverted and misspelt author "Sumano Rodriquez, Abelardo") is
 *       recorded in data/rodriguez-sumano-2007/document.ttl with usmx:metadataSource.</li>
 *   <li>Split the byline block (three printed lines: author, institution, date) into three
 *       paragraphs; no other paragraph has internal line breaks.</li>
 *   <li>Rejoin the paragraphs the extraction cut in two at a page break, listed in
 *       {@link #PAGE_BREAKS} (each must occur exactly once, the first half must not end a
 *       sentence). Afterwards every body paragraph must end a sentence, except headings, byline
 *       lines and the two lead-ins of displayed quotations ({@link #QUOTE_LEAD_INS}), which end in
 *       "because" and "where" in the original too.</li>
 *   <li>Remove the extraction's italics markup {@code *…*} (the words are kept).</li>
 *   <li>Split off the endnotes (paragraphs after the author's biography that start with a
 *       superscript number); they must be numbered 1…45 consecutively.</li>
 *   <li>Remove the superscript note markers from the body, recording the code-point offset where
 *       each stood; they must be 1…45 in order.</li>
 *   <li>Append the notes after the body: a line {@code Notes}, then "N text" paragraphs.</li>
 * </ol>
 * Kept as printed: straight and curly quotes as they come, angle brackets around URLs, spellings
 * and slips of the original ("Calderon", "Joint Chief of Staff", "lead by Washington", "Mercado
 * Angélica", "Ibid., 1" without a full stop …).
 *
 * <p>No page spans are recorded: the extraction prints no page numbers. Nine page breaks are
 * visible (the paragraphs cut mid-sentence), but two stretches of text hold a second, invisible
 * break each, and the number of the first page is unknown, so page numbers could only be guessed.
 */
public final class RodriguezSumanoTextCleaner implements SourceTextCleaner {

    static final String RAW_FILE = "004_8440062f7a3eb549.txt";

    static final int COVER_PARAGRAPHS = 12;

    /** The Calhoun cover sheet, paragraph by paragraph (a trailing "…" means "starts with"). */
    static final List<String> COVER = List.of(
        "Calhoun: The NPS Institutional Archive",
        "Faculty and Researcher Publications",
        "Faculty and Researcher Publications",
        "2007-10-18",
        "Mexico's Insecurity in North America",
        "Sumano Rodriquez, Abelardo",
        "Monterey, California. Naval Postgraduate School",
        "Homeland Security Affairs (2007), Supplement no. 1",
        "<http://hdl.handle.net/10945/25103>",
        "Calhoun is a project of the Dudley Knox Library at NPS…",
        "Dudley Knox Library / Naval Postgraduate School…",
        "<http://www.nps.edu/library>");

    static final String TITLE = "Mexico's Insecurity in North America";
    static final List<String> BYLINE = List.of("Abelardo Rodríguez Sumano", "Instituto Tecnológico de Monterrey", "October 18, 2007");

    /** Page breaks inside a paragraph: {end of the first half, start of the second half}. */
    static final String[][] PAGE_BREAKS = {
        {"a historical opportunity to (1) redirect the relationship with the", "United States and (2) carry out the reform"},
        {"Furthermore, Castañeda experienced", "several problems within his own office"},
        {"the lack of an institutionalized, conceptually coherent strategy, combined with national security", "law, revealed Mexico's vulnerabilities."},
        {"chairman of the Joint Chief of Staff, revealed one of", "the most important changes to the structure"},
        {"the new intelligence mission of the director of national intelligence to coordinate and", "safeguard the American interests."},
        {"Mexico is now a more open society, government institutions", "are more open, and there are strong channels"},
        {"allegedly caused by guerrilla groups in July and September 2007. Both", "governments have agreed that"},
        {"Adding to this current internal situation and the security priorities of Calderon’s", "government, it is clear a more homogeneous"},
        {"Rodríguez holds a PhD in International Studies from the University of", "Miami, a master's in Foreign Service"},
    };

    /** Paragraphs that introduce a displayed quotation and end without punctuation, as printed. */
    static final List<String> QUOTE_LEAD_INS = List.of(
        "General Renuart further notes the U.S. military is ready to assist because",
        "the General added, where");

    /** Superscript digits used as note markers in the extraction. */
    private static final String SUPERSCRIPTS = SuperscriptMarkers.SUPERSCRIPTS;

    private static final Pattern NOTE = Pattern.compile("^([" + SUPERSCRIPTS + "]+)\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern ITALICS = Pattern.compile("\\*([^*\\n]+)\\*");
    private static final Pattern HEADING = Pattern.compile("^[A-Z0-9/,' ]+$");

    static final int NOTE_COUNT = 45;

    @Override
    public String paperId() {
        return "rodriguez-sumano-2007";
    }

    @Override
    public List<String> rawFiles() {
        return List.of(RAW_FILE);
    }

    @Override
    public CleanedText clean(List<String> rawContents) {
        String raw = SourceTextCleaner.singleRaw(rawContents);
        List<String> handFixes = new ArrayList<>();

        // 1. Paragraphs.
        List<String> paragraphs = new ArrayList<>();
        for (String p : raw.split("\n(?:[ \t\u00a0]*\n)+")) {
            String t = p.strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }

        // 2. The archive's cover sheet.
        for (int i = 0; i < COVER_PARAGRAPHS; i++) {
            String expected = COVER.get(i);
            String got = paragraphs.get(i);
            boolean ok = expected.endsWith("…") ? got.startsWith(expected.substring(0, expected.length() - 1)) : got.equals(expected);
            if (!ok) throw new IllegalStateException("cover sheet paragraph " + i + " not as expected: " + got);
        }
        paragraphs.subList(0, COVER_PARAGRAPHS).clear();
        handFixes.add("dropped the Calhoun (Naval Postgraduate School archive) cover sheet that precedes the paper: "
                + COVER_PARAGRAPHS + " paragraphs from \"Calhoun: The NPS Institutional Archive\" to \"<http://www.nps.edu/library>\""
                + " (its metadata is recorded in the document record)");

        // 3. Title and byline.
        if (!paragraphs.get(0).equals(TITLE)) throw new IllegalStateException("title not where expected: " + paragraphs.get(0));
        if (!paragraphs.get(1).equals(String.join("\n", BYLINE))) {
            throw new IllegalStateException("byline not where expected: " + paragraphs.get(1));
        }
        paragraphs.remove(1);
        paragraphs.addAll(1, BYLINE);
        handFixes.add("split the byline block into its three printed lines, one paragraph each: \""
                + String.join("\" / \"", BYLINE) + "\"");
        for (String p : paragraphs) {
            if (p.contains("\n")) throw new IllegalStateException("unexpected line break inside a paragraph: " + p);
        }

        // 4. Paragraphs cut in two at page breaks.
        for (String[] brk : PAGE_BREAKS) {
            int found = CutParagraphs.find(paragraphs, brk[0], brk[1]);
            paragraphs.set(found, paragraphs.get(found) + " " + paragraphs.get(found + 1));
            paragraphs.remove(found + 1);
            handFixes.add("rejoined a paragraph cut in two at a page break: \"…" + CutParagraphs.lastWords(brk[0]) + "\" + \"" + CutParagraphs.firstWords(brk[1]) + "…\"");
        }

        // 5. Italics markup.
        List<String> italics = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher m = ITALICS.matcher(paragraphs.get(i));
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                italics.add(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1)));
            }
            m.appendTail(sb);
            paragraphs.set(i, sb.toString());
            if (paragraphs.get(i).indexOf('*') >= 0) throw new IllegalStateException("unpaired asterisk: " + paragraphs.get(i));
        }
        handFixes.add("removed the extraction's markdown italics markup *…* around " + italics.size() + " spans, keeping the words: "
                + String.join("; ", italics));

        // 6. Endnotes: the trailing paragraphs that start with a superscript number.
        int firstNote = paragraphs.size();
        while (firstNote > 0 && NOTE.matcher(paragraphs.get(firstNote - 1)).matches()) firstNote--;
        List<String[]> notes = new ArrayList<>();
        for (String p : paragraphs.subList(firstNote, paragraphs.size())) {
            Matcher m = NOTE.matcher(p);
            if (!m.matches()) throw new IllegalStateException("not a note: " + p);
            notes.add(new String[] {SuperscriptMarkers.digits(m.group(1)), m.group(2).strip()});
        }
        List<String> bodyParagraphs = new ArrayList<>(paragraphs.subList(0, firstNote));
        if (notes.size() != NOTE_COUNT) throw new IllegalStateException(notes.size() + " notes, expected " + NOTE_COUNT);
        for (int i = 0; i < notes.size(); i++) {
            if (Integer.parseInt(notes.get(i)[0]) != i + 1) throw new IllegalStateException("note " + (i + 1) + " out of order: " + notes.get(i)[0]);
        }

        // Every body paragraph now ends a sentence, unless it is a heading, a byline line or a quotation lead-in.
        for (String p : bodyParagraphs) {
            String bare = stripMarkers(p);
            boolean ok = endsSentence(bare) || HEADING.matcher(bare).matches() || BYLINE.contains(bare) || bare.equals(TITLE)
                    || QUOTE_LEAD_INS.stream().anyMatch(bare::endsWith);
            if (!ok) throw new IllegalStateException("body paragraph does not end a sentence (a page break?): …" + CutParagraphs.lastWords(bare));
        }

        // 7. Note markers out of the body, offsets in code points.
        String body = String.join("\n\n", bodyParagraphs);
        SuperscriptMarkers.Extracted extracted = SuperscriptMarkers.extract(body, body.length(), NOTE_COUNT);
        StringBuilder out = new StringBuilder(extracted.text());
        List<CleanedText.NoteMarker> markers = extracted.markers();

        // 8. Notes after the body.
        out.append("\n\nNotes");
        for (String[] n : notes) out.append("\n\n").append(n[0]).append(' ').append(n[1]);
        out.append('\n');

        return new CleanedText(out.toString(), List.of(), List.copyOf(markers), List.copyOf(handFixes));
    }


    private static String stripMarkers(String p) {
        StringBuilder sb = new StringBuilder();
        for (char c : p.toCharArray()) if (SUPERSCRIPTS.indexOf(c) < 0) sb.append(c);
        return sb.toString();
    }

    private static boolean endsSentence(String p) {
        char last = p.charAt(p.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '"' || last == '”' || last == ':' || last == ')';
    }


}
