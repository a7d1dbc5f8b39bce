package org.usmx.curation.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical text of Craig Deare, "U.S.-Mexico Defense Relations: An Incompatible Interface",
 * Strategic Forum No. 243 (National Defense University, July 2009), from the single raw
 * extraction {@code 003_674826c9e0c05e74.txt}.
 *
 * <p>The extraction is of a three-column layout and prints the columns' text blocks out of
 * order; it also carries a report documentation form (SF 298) between printed pages 1 and 2,
 * a running header on page 2, two pull quotes, no title block, no endnote text, and, after the
 * paper, an advertisement for another INSS book. The procedure:
 * <ol>
 *   <li>Normalise line ends to LF; split into lines; strip each line.</li>
 *   <li>Locate every text block of the paper by its first and last line (each must occur exactly
 *       once in the raw file) and every block that is not part of the paper (the SF 298 form, the
 *       running header, the pull quotes, the advertisement); check that together they cover every
 *       non-blank raw line exactly once.</li>
 *   <li>Lay the paper's blocks out in the author's reading order ({@link #SEGMENTS}). Consecutive
 *       blocks continue the same paragraph (a column or page break in mid-sentence), except after
 *       the Key Points, where a paragraph ends. Inside a block, blank lines separate paragraphs.</li>
 *   <li>Join each paragraph's lines: a line ending in a hyphen after a letter is joined without
 *       the hyphen ("chal-" + "lenges"), except the real compounds in {@link #KEEP_HYPHEN}; a line
 *       ending in an em dash is joined without a space; otherwise with one space. Runs of
 *       whitespace become one space.</li>
 *   <li>Set the two run-in subheadings ({@link #RUN_IN_HEADINGS}) as paragraphs of their own.</li>
 *   <li>Remove the endnote markers (digits glued to the preceding word or punctuation, numbered
 *       1–31 in text order), recording the code-point offset where each stood. The endnotes'
 *       text is not in the extraction, so there is no Notes part.</li>
 *   <li>Record page spans: page 1 (inferred: everything before the page-2 header), page 2
 *       (printed: the running header "2  Strategic Forum No. 243, July 2009" opens it) and page 3
 *       (inferred: page 2's three columns end at the first pull quote; page 3's three columns end
 *       where page 4's first column begins, "both sides of the border"). Later pages are not
 *       recorded: no page number or furniture is printed for them.</li>
 * </ol>
 */
public final class DeareTextCleaner implements SourceTextCleaner {

    static final String RAW_FILE = "003_674826c9e0c05e74.txt";

    /** A block of raw lines [first line .. last line] (stripped text, each unique in the raw file). */
    record Segment(String first, String last, boolean paragraphEndsAfter, String why) {}

    /** A block of raw lines that is not part of the paper. */
    record Dropped(String first, String last, String why) {}

    /** The paper's text blocks in reading order. {@code why} says where the block joins the previous one. */
    static final List<Segment> SEGMENTS = List.of(
        new Segment("The United States and Mexico share a", "find ways in which to cooperate constructively.", true,
            "page 1: the three Key Points paragraphs (raw lines 38–67, \"The United States and Mexico share a history …\""
            + " to \"… find ways in which to cooperate constructively.\"), which the extraction prints between the body's"
            + " text blocks, are placed first, before the body, as the paper's opening summary; their heading is not in"
            + " the extraction and is not supplied"),
        new Segment("The U.S. national security community", "history, at least) violence related primarily to", false,
            "page 1: the body opens with raw lines 69–72 (\"The U.S. national security community has begun to pay greater"
            + " attention … violence related primarily to\"), printed by the extraction after the Key Points; moved to the"
            + " start of the body"),
        new Segment("drug trafficking organizations (DTOs)1 and", "is rich and dense across a broad swath of the", false,
            "page 1: raw lines 1–36, printed first by the extraction, moved after raw line 72, whose sentence they complete:"
            + " \"violence related primarily to | drug trafficking organizations (DTOs)\""),
        new Segment("government and private sector, but for rea-", "der are quite distinct, and the “connections”", false,
            "page 1: raw lines 73–108 (the next column) joined to raw line 36 in mid-sentence:"
            + " \"across a broad swath of the | government and private sector\""),
        new Segment("between them are incongruent. They both", "occupation of Veracruz (often referred to", false,
            "page 1 → page 2: \"and the “connections” | between them are incongruent\" (raw lines 108/195) joined across"
            + " the SF 298 form and the page-2 running header, both removed"),
        new Segment("in Mexico as the Second U.S. Intervention)", "navy have deeply ingrained into their pro-", false,
            "page 2, column break joined: \"(often referred to | in Mexico as the Second U.S. Intervention)\" (raw lines 245/247)"),
        new Segment("fessional ethos both the truth and myths of", "plans for the defense of Mexico and adjacent", false,
            "page 2, column break joined: \"into their pro- | fessional ethos\" → \"professional ethos\" (raw lines 284/286)"),
        new Segment("areas of the United States, and to propose", "helicopters to the Mexican air force under", false,
            "page 2 → page 3: \"defense of Mexico and adjacent | areas of the United States\" (raw lines 339/349) joined"
            + " across the pull quote (raw lines 341–348), which is removed"),
        new Segment("excess defense articles10 authority to provide", "tory in November, expectations were raised on", false,
            "page 3, column break joined: \"to the Mexican air force under | excess defense articles\" (raw lines 456/458)"),
        new Segment("both sides of the border for improved bilat-", "arena, the establishment of USNORTHCOM,", false,
            "page 3 → page 4: \"expectations were raised on | both sides of the border\" (raw lines 496/556); the truncated"
            + " pull quote between them (raw lines 498–500) is removed and the block raw 501–554, which the extraction"
            + " also prints between them, is moved further down (see \"was (and | remains)\")"),
        new Segment("another regional combatant command in", "USNORTHCOM’s main mission was (and", false,
            "page 4, column break joined: \"the establishment of USNORTHCOM, | another regional combatant command\""
            + " (raw lines 586/588)"),
        new Segment("remains) the internal defense of the national", "of threat or use of force in international", false,
            "page 4: raw lines 501–554 (\"remains) the internal defense of the national territory … use of force in"
            + " international\"), printed by the extraction before the page's first column, moved after raw line 591,"
            + " whose sentence they complete: \"main mission was (and | remains) the internal defense\""),
        new Segment("relations.”11 As Mexico’s military evolved", "duct counter-DTO operations more effectively", false,
            "page 4, column break joined: \"use of force in international | relations.”\" (raw lines 554/593)"),
        new Segment("is small. Nonetheless, given the importance", "may have existed at that time, the current", false,
            "column break joined: \"operations more effectively | is small.\" (raw lines 658/660)"),
        new Segment("lack of a unified defense ministry that leads", "and assuming an even greater political role;", false,
            "column break joined: \"at that time, the current | lack of a unified defense ministry\" (raw lines 690/692)"),
        new Segment("however, if the military is going to be suc-", "understandable reasons; neither Defensa", false,
            "column break joined: \"an even greater political role; | however, if the military\" (raw lines 745/747)"),
        new Segment("nor Marina is in a hurry to fall under civil-", "legislative bloc has disappeared. Nationalists", false,
            "column break joined: \"neither Defensa | nor Marina is in a hurry\" (raw lines 801/845); the block raw"
            + " 802–843 that the extraction prints between them (with no blank line) is moved further down (see"
            + " \"given to a command | whose mission\")"),
        new Segment("of all political stripes (including the PAN)", "eration with Mexico was given to a command", false,
            "column break joined: \"Nationalists | of all political stripes\" (raw lines 899/901)"),
        new Segment("whose mission “anticipates and conducts", "operational priority against the cartels and", false,
            "raw lines 802–835 (\"whose mission “anticipates and conducts Homeland Defense …\"), printed by the extraction"
            + " after raw line 801, moved after raw line 956, whose sentence they complete: \"was given to a command |"
            + " whose mission “anticipates\""),
        new Segment("organized crime seems largely unrelated to", "ners as they develop doctrine to confront the", false,
            "break inside a column joined: \"against the cartels and | organized crime seems\" (raw lines 835/837)"),
        new Segment("DTOs and other armed criminal elements.", "udices, biases, and antipathies toward the", false,
            "raw lines 957–1011 (\"DTOs and other armed criminal elements. Learning …\"), printed by the extraction"
            + " right after raw line 956, moved after raw line 843, whose sentence they complete: \"as they develop"
            + " doctrine to confront the | DTOs and other armed criminal elements.\""),
        new Segment("other, based on certain elements of percep-", "itary education opportunities, to advice and", false,
            "column break joined: \"antipathies toward the | other, based on\" (raw lines 1011/1013)"),
        new Segment("assistance across a broad range of operational", "and operational effectiveness; no doubt simi-", false,
            "column break joined: \"to advice and | assistance across\" (raw lines 1066/1068)"),
        new Segment("lar qualitative improvements could be achieved", "ment agencies. Whether Mexico adopts a", false,
            "break inside a column joined: \"no doubt simi- | lar qualitative\" → \"similar qualitative\" (raw lines 1082/1084)"),
        new Segment("Colombian or Chilean model (both of which", "First and foremost is the growing strength of", false,
            "column break joined: \"Whether Mexico adopts a | Colombian or Chilean model\" (raw lines 1117/1119)"),
        new Segment("illegal and illegitimate actors with access to", "Mexican military perceives that DOD is", false,
            "column break joined: \"the growing strength of | illegal and illegitimate actors\" (raw lines 1205/1207)"),
        new Segment("sincere in collaborating effectively to", "vidual missions, with no one effectively in", false,
            "column break joined: \"perceives that DOD is | sincere in collaborating\" (raw lines 1280/1282)"),
        new Segment("charge. Although both USNORTHCOM and", "tory relations.", true,
            "column break joined: \"with no one effectively in | charge.\" (raw lines 1303/1305); the paper ends with"
            + " \"… more mutually satisfactory relations.\""));

    /** Raw blocks that are not part of the paper. */
    static final List<Dropped> DROPPED = List.of(
        new Dropped("Report Documentation Page Form Approved", "Prescribed by ANSI Std Z39-18",
            "removed the report documentation form (SF 298, raw lines 112–189) that the extraction carries between printed"
            + " pages 1 and 2; its metadata (title, report date, series number, performing organization, page count) is"
            + " recorded in data/deare-2009/document.ttl"),
        new Dropped("2  Strategic Forum No. 243, July 2009", "2  Strategic Forum No. 243, July 2009",
            "removed the page-2 running header \"2  Strategic Forum No. 243, July 2009\" (raw line 193); it establishes"
            + " the start of printed page 2"),
        new Dropped("the officer corps of the", "invaders from the north",
            "removed the pull quote of raw lines 341–348 (\"the officer corps of the Mexican army and navy have deeply"
            + " ingrained … invaders from the north\"), which repeats a sentence of the body"),
        new Dropped("the major transformative", "and General Enrique",
            "removed the truncated pull quote of raw lines 498–500 (\"the major transformative / 1995 and 1997, when /"
            + " and General Enrique\"), fragments of a sentence of the body"),
        new Dropped("from the Introduction", "or parochial. . . .",
            "removed the last page (raw lines 1343–end): an excerpt \"from the Introduction\" of another INSS"
            + " publication (\"This Global Strategic Assessment …\"), an advertisement that is not part of the paper"));

    /** Line-end hyphens that belong to the word: {end of line, start of next line}. */
    static final String[][] KEEP_HYPHEN = {
        {"advise-and-", "assist"},
        {"executive-", "legislative"},
        {"drug-", "related"},
    };

    /** Run-in subheadings set as paragraphs of their own. */
    static final String[] RUN_IN_HEADINGS = {"Mexican Obstacles to Cooperation.", "U.S. Obstacles to Cooperation."};

    /** Endnote markers: digits glued to a letter or closing punctuation, not part of a decimal/thousands number. */
    private static final Pattern MARKER = Pattern.compile("(?<=[\\p{L}.,”’);])(?<!\\d[.,])(\\d{1,2})(?=\\s|$)");

    static final int NOTE_COUNT = 31;

    @Override
    public String paperId() {
        return "deare-2009";
    }

    @Override
    public List<String> rawFiles() {
        return List.of(RAW_FILE);
    }

    @Override
    public CleanedText clean(List<String> rawContents) {
        String raw = SourceTextCleaner.singleRaw(rawContents);
        String[] lines = raw.split("\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = lines[i].strip();
        Map<String, Integer> index = uniqueLines(lines);

        List<String> handFixes = new ArrayList<>();
        boolean[] covered = new boolean[lines.length];

        // 2. Blocks that are not part of the paper.
        for (Dropped d : DROPPED) {
            cover(covered, at(index, d.first()), at(index, d.last()));
            handFixes.add(d.why());
        }

        // 3. The paper's blocks in reading order.
        List<String> ordered = new ArrayList<>();
        for (Segment s : SEGMENTS) {
            int from = at(index, s.first());
            int to = at(index, s.last());
            cover(covered, from, to);
            for (int i = from; i <= to; i++) ordered.add(lines[i]);
            if (s.paragraphEndsAfter()) ordered.add("");
            handFixes.add(s.why());
        }
        for (int i = 0; i < lines.length; i++) {
            if (!covered[i] && !lines[i].isEmpty()) {
                throw new IllegalStateException("raw line " + (i + 1) + " is in no block: " + lines[i]);
            }
        }

        // 4. Paragraphs: join lines, undo line-break hyphenation.
        int[] keepUsed = new int[KEEP_HYPHEN.length];
        List<String> paragraphs = new ArrayList<>();
        StringBuilder para = null;
        for (String line : ordered) {
            if (line.isEmpty()) {
                if (para != null) paragraphs.add(para.toString().replaceAll("\\s+", " ").strip());
                para = null;
                continue;
            }
            if (para == null) {
                para = new StringBuilder(line);
                continue;
            }
            int n = para.length();
            if (para.charAt(n - 1) == '-' && n > 1 && Character.isLetter(para.charAt(n - 2))) {
                int keep = keepHyphen(para, line);
                if (keep >= 0) {
                    keepUsed[keep]++;
                } else {
                    para.setLength(n - 1);
                }
                para.append(line);
            } else if (para.charAt(n - 1) == '—') {
                para.append(line);
            } else {
                para.append(' ').append(line);
            }
        }
        if (para != null) paragraphs.add(para.toString().replaceAll("\\s+", " ").strip());
        for (int k = 0; k < KEEP_HYPHEN.length; k++) {
            if (keepUsed[k] != 1) throw new IllegalStateException("kept hyphen must apply exactly once: " + KEEP_HYPHEN[k][0]);
            handFixes.add("kept the hyphen of the compound broken at a line end: \"" + KEEP_HYPHEN[k][0] + KEEP_HYPHEN[k][1] + "\"");
        }
        handFixes.add("joined the heading the extraction splits over two lines: \"The Post-9/11 Environment\"");
        handFixes.add("joined \"policy-\" + \"makers\" at a line end as \"policymakers\", the paper's own spelling mid-line"
            + " (\"U.S. policymakers\"), and \"form-over-sub-\" + \"stance\" as \"form-over-substance\"");

        // 5. Run-in subheadings as paragraphs of their own.
        for (String heading : RUN_IN_HEADINGS) {
            int hits = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                if (p.startsWith(heading + " ")) {
                    paragraphs.set(i, p.substring(heading.length() + 1));
                    paragraphs.add(i, heading);
                    hits++;
                    i++;
                }
            }
            if (hits != 1) throw new IllegalStateException("run-in heading must occur once: " + heading);
            handFixes.add("set the run-in subheading \"" + heading + "\" as a paragraph of its own");
        }

        // 6. Endnote markers out of the body, offsets in code points.
        String body = String.join("\n\n", paragraphs) + "\n";
        StringBuilder out = new StringBuilder();
        List<CleanedText.NoteMarker> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(body);
        int last = 0;
        int cp = 0;
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (number != markers.size() + 1) {
                throw new IllegalStateException("endnote marker out of sequence: " + number + " after " + markers.size()
                    + " near \"" + body.substring(Math.max(0, m.start() - 40), m.start()) + "\"");
            }
            String chunk = body.substring(last, m.start());
            out.append(chunk);
            cp += chunk.codePointCount(0, chunk.length());
            markers.add(new CleanedText.NoteMarker(number, cp));
            last = m.end();
        }
        out.append(body.substring(last));
        if (markers.size() != NOTE_COUNT) throw new IllegalStateException(markers.size() + " endnote markers, expected " + NOTE_COUNT);
        handFixes.add("removed the " + NOTE_COUNT + " endnote markers (digits glued to the preceding word or punctuation,"
            + " e.g. \"(DTOs)1 and\", \"“failed state.”2\"), recording their offsets; the endnotes' text is not in the"
            + " extraction, so the canonical text has no Notes part");
        String text = out.toString();

        // 7. Page spans.
        int p2 = codePointOffsetOfUnique(text, "between them are incongruent.");
        int p3 = codePointOffsetOfUnique(text, "areas of the United States, and to propose");
        int p4 = codePointOffsetOfUnique(text, "both sides of the border for improved bilateral relations.");
        List<CleanedText.PageSpan> pages = List.of(
            new CleanedText.PageSpan(1, 0, p2, "inferred"),
            new CleanedText.PageSpan(2, p2, p3, "printed"),
            new CleanedText.PageSpan(3, p3, p4, "inferred"));

        return new CleanedText(text, pages, List.copyOf(markers), List.copyOf(handFixes));
    }

    private static Map<String, Integer> uniqueLines(String[] lines) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            index.putIfAbsent(lines[i], i);
            count.merge(lines[i], 1, Integer::sum);
        }
        index.keySet().removeIf(k -> count.get(k) != 1);
        return index;
    }

    private static int at(Map<String, Integer> index, String line) {
        Integer i = index.get(line);
        if (i == null) throw new IllegalStateException("anchor line not found exactly once: " + line);
        return i;
    }

    private static void cover(boolean[] covered, int from, int to) {
        if (to < from) throw new IllegalStateException("block ends before it starts: raw lines " + (from + 1) + "–" + (to + 1));
        for (int i = from; i <= to; i++) {
            if (covered[i]) throw new IllegalStateException("raw line " + (i + 1) + " is in two blocks");
            covered[i] = true;
        }
    }

    private static int keepHyphen(StringBuilder para, String next) {
        for (int k = 0; k < KEEP_HYPHEN.length; k++) {
            String end = KEEP_HYPHEN[k][0];
            String start = KEEP_HYPHEN[k][1];
            int n = para.length();
            boolean endMatches = n >= end.length() && para.substring(n - end.length()).equals(end)
                && (n == end.length() || para.charAt(n - end.length() - 1) == ' ');
            if (endMatches && next.startsWith(start)) return k;
        }
        return -1;
    }

    private static int codePointOffsetOfUnique(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0 || text.indexOf(needle, i + 1) >= 0) throw new IllegalStateException("page anchor not unique: " + needle);
        return text.codePointCount(0, i);
    }
}
