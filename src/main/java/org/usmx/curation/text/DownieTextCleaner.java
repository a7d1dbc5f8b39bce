package org.usmx.curation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical text of Richard D. Downie, "Critical Strategic Decisions in Mexico: the Future of
 * US/Mexican Defense Relations", CHDS Occasional Paper Vol. 1 No. 1 (Center for Hemispheric Defense
 * Studies, National Defense University, July 2011), from two raw extractions of the same work:
 * {@code 000_b8664bc98132b88d.txt} (the base: one paragraph per line, footnotes inline after the
 * paragraphs that cite them, superscript note markers, markdown italics) and
 * {@code 001_27e20a35b81fc46a.txt} (the witness: hard line breaks, page starts marked, three printed
 * folios with running headers, plain-digit note markers).
 *
 * <p>The procedure:
 * <ol>
 *   <li>Normalise line ends to LF; split 000 into paragraphs at blank (or whitespace-only) lines;
 *       trim each paragraph.</li>
 *   <li>Front and back matter: keep the cover and the inner title page as printed (split the two-line
 *       block "Center for Hemispheric Defense Studies / National Defense University" into its two
 *       printed lines); drop the table of contents ({@link #CONTENTS_FIRST} … {@link #CONTENTS_LAST},
 *       navigation whose page numbers serve as page evidence, see below) and the back-cover address
 *       block ({@link #BACK_COVER}).</li>
 *   <li>Footnotes: every paragraph that starts with a superscript number, optionally preceded by a
 *       printed folio ({@link #FOLIOS}: "16 ²⁶ Deare, p. 3.", "32 ⁵³ …", "34 ⁵⁴ …"), is a footnote; it
 *       leaves the body for the Notes part. A note's internal line break (note 41, before its URL)
 *       becomes a space. Note 35's text is missing from 000 (its marker is there); it is taken from
 *       001, the line that starts "35 Rubén Aguilar V." ({@link #NOTE_35_START}).</li>
 *   <li>Remove the folio "22 " glued to the start of the paragraph "The long-term solution …".</li>
 *   <li>Move the photo caption that 000 drops into the middle of a sentence ("painful, | Bell-412
 *       Helicopter … | and divisive") to after that paragraph ({@link #CAPTION_MOVES}).</li>
 *   <li>Rejoin the paragraphs that 000 cuts in two ({@link #JOINS}: at footnote blocks, page breaks
 *       and one photo), each listed with its two halves (each must match exactly once); a line-end
 *       hyphen is dropped ("sover-" + "eignty"), except in "bi-national", which the paper spells so.</li>
 *   <li>Remove markup: the markdown bullets "- " of the two lists in the Executive Summary (001 prints
 *       letters A.–D. and bullets •), the markdown italics {@code *…*} (words kept), and the
 *       {@code <ul style="list-style-type: none">} tags inside the cells of the summary table (each
 *       table row stays one line, cells separated by a tab as in 000).</li>
 *   <li>Apply the word fixes of {@link #WORD_FIXES} (each must match exactly once): where 000 and
 *       001 disagree on a word, 000 is shown to have altered the printed wording (it even changed a
 *       URL, "Renuart%20…pdf" → "Renaud%20…pdf"), while 001 is a mechanical layout extraction that
 *       cannot produce a new spelling ("obeisance", "Addressesing", "Renaurt"), so 001's reading is
 *       taken as printed. Exceptions kept from 000: differences that are 001's own line-break
 *       artefacts ("confidence-|building"), its lost diacritic ("Pena") and its "-r1" for "_r1".</li>
 *   <li>Remove the superscript note markers from the body, recording the code-point offset where
 *       each stood; they must be 1…54 in text order, and the notes must be 1…54.</li>
 *   <li>Append the notes after the body: a line {@code Notes}, then "N text" paragraphs.</li>
 *   <li>Page spans from 001 ({@link #PAGES}): 001 marks the first line of each printed page by a
 *       leading space, or (pages 8, 23, 34) by the printed folio and running header; the 32 page
 *       starts are read from 001 in order, each checked against the table's 001 line, and located in
 *       the canonical text by an anchor that must occur exactly once ("|" marks the boundary inside a
 *       word split across two pages, e.g. "Presi|dent"). Certainty "printed" where a printed number
 *       establishes the page: a folio in either extraction (8, 16, 22, 23, 32, 34) or the table of
 *       contents for a heading on that page (4, 5, 7, 8, 17, 18, 22, 25, 27, 30, 31); "inferred"
 *       (counted from those) for the others. The front matter before the Preface (cover, title pages,
 *       contents: no numbers printed) has no span. The notes have no span (each is printed at the foot
 *       of the page that holds its marker).</li>
 * </ol>
 * Kept as printed (000): straight and curly quotes as they come, dashes, angle brackets around URLs,
 * photo captions and figure titles as paragraphs of their own, headings as paragraphs, and the
 * author's slips ("Casteñeda" and "Águilar" in the body, "Renaurt"/"Renaud", "no. 234" for Deare's
 * Strategic Forum, "December 2013", "Option B" for Option D, "March 20, March 2011", "pp. 16–317",
 * "Saynez"/"Saynéz", "Hanger", "Preventative" …).
 */
public final class DownieTextCleaner implements SourceTextCleaner {

    static final String RAW_BASE = "000_b8664bc98132b88d.txt";
    static final String RAW_WITNESS = "001_27e20a35b81fc46a.txt";

    static final int NOTE_COUNT = 54;

    static final String CENTER_BLOCK = "Center for Hemispheric Defense Studies\nNational Defense University";
    static final String CONTENTS_FIRST = "Contents";
    static final String CONTENTS_LAST = "4. Recommendations 31";
    static final String BACK_COVER = CENTER_BLOCK + "\nAbraham Lincoln Hall\n260 5th Ave. Bldg. 64\nWashington, DC 20319-5066";

    /** Printed folios glued to the start of a paragraph: {folio, start of the rest}. */
    static final String[][] FOLIOS = {
        {"16", "²⁶ Deare, p. 3."},
        {"22", "The long-term solution to Mexico's fight"},
        {"32", "⁵³ Erik Kjonnerod"},
        {"34", "⁵⁴ Conference at the Mexican Naval War College"},
    };

    static final String NOTE_35_START = "35 Rubén Aguilar V. and Jorge Castañeda, El Narco";

    /** Captions that 000 puts between two halves of a sentence: {caption start, end of first half}. */
    static final String[][] CAPTION_MOVES = {
        {"Bell-412 Helicopter formal delivery ceremony", "the most controversial, painful,"},
    };

    /** Paragraphs cut in two by 000: {end of first half, start of second half, joiner, what lay between}. */
    static final String[][] JOINS = {
        {"the Mexican military has made this historical baggage a part of their professional", "ethos. Accordingly,", " ", "notes 5–6; page 9 → 10"},
        {"General Enrique Cervantes Aguirre to visit", "then US Secretary of Defense William Cohen,", " ", "notes 7–9; page 10 → 11"},
        {"President Calderón's tasking of his military to confront", "the TCOs in coordination with the United States", " ", "notes 16–18; page 12 → 13"},
        {"in a manner deferential to Mexican sover-", "eignty.²⁰ Subsequently,", "", "a split inside page 13 (no page break in 001)"},
        {"traveled to Mexico to meet with Admiral", "Francisco Saynéz Mendoza and General Guillermo", " ", "notes 19–20; page 13 → 14"},
        {"the US commitment to assisting Mexican military forces. US-", "NORTHCOM coordinated the delivery", "", "note 21; page 14 → 15"},
        {"Indeed, the public's perception and level", "of popular support for the current strategy", " ", "notes 27–29; page 17 → 18"},
        {"Additionally, this option encompasses the", "concept that the United States and Mexico are integrally", " ", "notes 30–31; page 18 → 19"},
        {"called \"plazas.\" Ninety percent of drug-related deaths", "have involved conflicts between the narcotraffickers", " ", "a split inside page 19 (001 has the same blank line)"},
        {"For example, two well-known observers", "and former Mexican officials, Jorge Castañeda", " ", "notes 32–34; page 19 → 20"},
        {"more intrusive U.S. cooperation, both for equipment and", "training of Mexican law enforcement personnel,", " ", "page 20 → 21 (note 35's text, lost by 000)"},
        {"Both President Vicente Fox (2000–2006) and his successor, Presi-", "dent Calderón, intended", "", "the folio \"22\"; page 22 → 23"},
        {"useful experience, tactics, techniques, and procedures with their Mexican", "counterparts. In the past several years,", " ", "note 39; page 24 → 25"},
        {"have called for the legalization of", "marijuana; Cardoso later advocated", " ", "note 40; page 25 → 26"},
        {"might directly or indirectly broker agreements defining geographi-", "cal trafficking corridors", "", "note 45; page 27 → 28"},
        {"may be insufficient time for", "the PRI to have transformed the party", " ", "notes 46–51; page 28 → 29"},
        {"those who influence policy in both Mexico and the United States", "must seek to galvanize pressure", " ", "page 31 → 32"},
        {"that can be accomplished through a bi-", "national partnership.", "-", "page 33 → 34"},
        {"are the most controversial, painful,", "and divisive for the United States.", " ", "a photo caption (moved after the paragraph)"},
        {"In many ways these crit-", "ics are right.", "", "the folio \"34\" and note 54; page 34 → 35"},
    };

    /** Words 000 altered, restored from 001: {find, replace, why}. Each find must occur exactly once. */
    static final String[][] WORD_FIXES = {
        {"the past and current US-NORTHCOM commanders", "the past and current USNORTHCOM commanders",
            "\"US-NORTHCOM commanders\" → \"USNORTHCOM commanders\": 000 kept a line-end hyphen (001 line 279 ends \"current US-\"; elsewhere both print USNORTHCOM)"},
        {"Secretary of the Navy Admiral Mariano Francisco Saynez. Shortly", "Secretary of the Navy Admiral Mariano Francisco Saynéz. Shortly",
            "\"Saynez.\" → \"Saynéz.\" (001 line 339; 000 dropped the accent it prints elsewhere in the body)"},
        {"Statement by General Victor E. Renaud Jr.,", "Statement by General Victor E. Renaurt Jr.,",
            "note 22: \"Renaud\" → \"Renaurt\", the printed slip for Renuart (001 line 415)"},
        {"statemnt/2010/03%20March/Renaud%2003-11-10.pdf", "statemnt/2010/03%20March/Renuart%2003-11-10.pdf",
            "note 22 URL: \"Renaud%2003-11-10.pdf\" → \"Renuart%2003-11-10.pdf\" (001 line 417)"},
        {"president-obama-and-president-caldern-mexico-joint-press-availability", "president-obama-and-president-calder-n-mexico-joint-press-availability",
            "note 27 URL: \"president-caldern-mexico\" → \"president-calder-n-mexico\" (001 lines 477–478)"},
        {"Survey regarding presidential approval rating", "Survey regarding presidencial approval rating",
            "note 33: \"presidential\" → \"presidencial\", as printed (001 line 563)"},
        {"Violence-Reduction Strategy Addressing the Social Causes", "Violence-Reduction Strategy Addressesing the Social Causes",
            "Option C heading: \"Addressing\" → \"Addressesing\", as printed (001 line 761; the dropped table of contents of 000 reads \"Addressing\")"},
        {"without a culture in which obedience to the law was the norm", "without a culture in which obeisance to the law was the norm",
            "\"obedience\" → \"obeisance\", as printed (001 line 785)"},
        {"the strong military and police component of that strategy", "the strong military and police compnent of that strategy",
            "\"component\" → \"compnent\", as printed (001 lines 827–828 \"comp-\" / \"nent\")"},
        {"US and Mexican military personnel and units work together", "US and Mexican military personal and units work together",
            "\"personnel and units\" → \"personal and units\", as printed (001 line 1158)"},
        {"Jorge Casteñeda, “What’s Spanish for Quagmire?”", "Jorge Castañeda, “What’s Spanish for Quagmire?”",
            "note 47: \"Casteñeda\" → \"Castañeda\" (001 line 908; the body's \"Casteñeda\" is in both extractions and is kept)"},
        {"Ruben Aguilar V. and Jorge Casteñeda.", "Ruben Aguilar V. and Jorge Castañeda.",
            "note 49: \"Casteñeda\" → \"Castañeda\" (001 line 910)"},
    };

    /**
     * Printed pages: {page, start of the page's first line in 001, anchor in the canonical text ("|" marks the
     * boundary inside the anchor), certainty, evidence}. In text order; each page ends where the next begins.
     */
    static final String[][] PAGES = {
        {"4", "Preface", "|Preface\n\nWith this study", "printed", "contents: \"Preface 4\""},
        {"5", "Executive Summary", "|Executive Summary\n\nMexican President", "printed", "contents: \"Executive Summary 5\""},
        {"6", "The following recommendations are offered", "|The following recommendations are offered to help improve US/Mexican", "inferred", "page 5 + 1"},
        {"7", "Critical Strategic Decisions in Mexico:", "|Critical Strategic Decisions in Mexico: the Future of US/Mexican Defense Relations\n\n1. Introduction", "printed", "contents: \"1. Introduction 7\""},
        {"8", "More recent tensions in US/Mexican relations", "|More recent tensions in US/Mexican relations", "printed", "folio \"8\" and running header in 001 (line 113); contents: \"2. Historical Context … 8\""},
        {"9", "The Annexation of Northern Mexico", "|The Annexation of Northern Mexico 1845–1848", "inferred", "page 8 + 1"},
        {"10", "ethos. Accordingly", "professional |ethos. Accordingly", "inferred", "page 8 + 2"},
        {"11", "then US Secretary of Defense William Cohen", "to visit |then US Secretary of Defense William Cohen", "inferred", "page 8 + 3"},
        {"12", "The Catalyst for Improved US/Mexican Defense Relations", "|The Catalyst for Improved US/Mexican Defense Relations", "inferred", "page 8 + 4; page 16 − 4"},
        {"13", "the TCOs in coordination with the United States", "confront |the TCOs in coordination with the United States", "inferred", "page 16 − 3"},
        {"14", "Francisco Saynéz Mendoza and General", "Admiral |Francisco Saynéz Mendoza and General", "inferred", "page 16 − 2"},
        {"15", "NORTHCOM coordinated the delivery", "US|NORTHCOM coordinated the delivery", "inferred", "page 16 − 1"},
        {"16", "Another school of thought", "|US NORTHCOM coordinated with the Mexican Army and Air Force to load", "printed",
            "folio \"16\" in 000 (before note 26); the page opens in 001 with \"Another school of thought\" and carries the Haiti photo, whose caption 000 prints just before that paragraph"},
        {"17", "Which perspective appears more feasible?", "|Which perspective appears more feasible?", "printed", "contents: \"3. Where is the Relationship Going … 17\""},
        {"18", "of popular support for the current strategy", "level |of popular support for the current strategy", "printed", "contents: \"Option A … 18\""},
        {"19", "concept that the United States and Mexico", "encompasses the |concept that the United States and Mexico", "inferred", "page 18 + 1"},
        {"20", "and former Mexican officials, Jorge Castañeda", "observers |and former Mexican officials, Jorge Castañeda", "inferred", "page 18 + 2; page 22 − 2"},
        {"21", "training of Mexican law enforcement personnel", "equipment and |training of Mexican law enforcement personnel", "inferred", "page 22 − 1"},
        {"22", "Option B. Assign Law Enforcement", "|Option B. Assign Law Enforcement (Rather than the Military)", "printed", "folio \"22\" in 000 (before \"The long-term solution\"); contents: \"Option B … 22\""},
        {"23", "dent Calderón, intended", "Presi|dent Calderón, intended", "printed", "folio \"23\" and running header in 001 (line 676)"},
        {"24", "Under Option B, the military would retain", "|Under Option B, the military would retain", "inferred", "page 23 + 1; page 25 − 1"},
        {"25", "counterparts. In the past several years", "Mexican |counterparts. In the past several years", "printed", "contents: \"Option C … 25\""},
        {"26", "marijuana; Cardoso later advocated", "legalization of |marijuana; Cardoso later advocated", "inferred", "page 25 + 1; page 27 − 1"},
        {"27", "If the next presidential administration in Mexico chooses", "|If the next presidential administration in Mexico chooses", "printed", "contents: \"Option D … 27\""},
        {"28", "cal trafficking corridors", "geographi|cal trafficking corridors", "inferred", "page 27 + 1"},
        {"29", "the PRI to have transformed the party", "time for |the PRI to have transformed the party", "inferred", "page 30 − 1"},
        {"30", "Summary of Options to Counter TCO Threats", "|Summary of Options to Counter TCO Threats\n\nOptions", "printed", "contents: \"Table : Summary of Options to Counter TCO Threats 30\""},
        {"31", "4. Recommendations.", "|4. Recommendations.", "printed", "contents: \"4. Recommendations 31\""},
        {"32", "must seek to galvanize pressure", "United States |must seek to galvanize pressure", "printed", "folio \"32\" in 000 (before note 53)"},
        {"33", "Expand and Institutionalize Existing", "|Expand and Institutionalize Existing US/Mexico Defense Linkages", "inferred", "page 32 + 1; page 34 − 1"},
        {"34", "national partnership.", "bi-|national partnership.", "printed", "folio \"34\" and running header in 001 (line 1209); folio \"34\" in 000 (before note 54)"},
        {"35", "ics are right.", "crit|ics are right.", "inferred", "page 34 + 1 (last page of the paper)"},
    };

    /** Superscript digits used as note markers in 000. */
    private static final String SUPERSCRIPTS = SuperscriptMarkers.SUPERSCRIPTS;

    private static final Pattern NOTE = Pattern.compile("^([" + SUPERSCRIPTS + "]+)\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern ITALICS = Pattern.compile("\\*([^*\\n]+)\\*");
    private static final String UL = "<ul style=\"list-style-type: none\">";
    static final String TABLE_START = "Options\tOption A: Military in Lead Role";
    private static final Pattern PAGE_START_001 = Pattern.compile("^ (\\S.*)$");
    private static final Pattern FOLIO_001 = Pattern.compile("^\\d{1,2}$");
    private static final List<String> RUNNING_HEADER_001 = List.of("July 2011 Volume 1 Number 1",
        "Strategic Issues in U.S.-Latin American Relations", "Critical Strategic Decisions in Mexico: the Future of US/Mexican Defense Relations");

    @Override
    public String paperId() {
        return "downie-2011";
    }

    @Override
    public List<String> rawFiles() {
        return List.of(RAW_BASE, RAW_WITNESS);
    }

    @Override
    public CleanedText clean(List<String> rawContents) {
        if (rawContents.size() != 2) throw new IllegalArgumentException("expected two raw files, got " + rawContents.size());
        String raw = rawContents.get(0).replace("\r\n", "\n").replace('\r', '\n');
        String[] witness = rawContents.get(1).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> handFixes = new ArrayList<>();

        // 1. Paragraphs.
        List<String> paragraphs = new ArrayList<>();
        for (String p : raw.split("\n(?:[ \t\u00a0]*\n)+")) {
            String t = p.strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }

        // 2. Front and back matter.
        int contentsFirst = indexOfOnly(paragraphs, CONTENTS_FIRST);
        int contentsLast = indexOfOnly(paragraphs, CONTENTS_LAST);
        if (contentsLast <= contentsFirst || !paragraphs.get(contentsLast + 1).equals("Preface")) {
            throw new IllegalStateException("table of contents not where expected");
        }
        List<String> contents = new ArrayList<>(paragraphs.subList(contentsFirst + 1, contentsLast + 1));
        paragraphs.subList(contentsFirst, contentsLast + 1).clear();
        handFixes.add("dropped the table of contents (" + (contents.size() + 1) + " paragraphs, \"Contents\" to \"" + CONTENTS_LAST
            + "\"); its page numbers are page evidence: " + String.join("; ", contents));
        if (!paragraphs.get(paragraphs.size() - 1).equals(BACK_COVER)) {
            throw new IllegalStateException("back cover not where expected: " + paragraphs.get(paragraphs.size() - 1));
        }
        paragraphs.remove(paragraphs.size() - 1);
        handFixes.add("dropped the back-cover address block \"" + BACK_COVER.replace("\n", " / ") + "\"");
        if (paragraphs.indexOf(CENTER_BLOCK) < 0 || paragraphs.indexOf(CENTER_BLOCK) != paragraphs.lastIndexOf(CENTER_BLOCK)) {
            throw new IllegalStateException("cover block not found once: " + CENTER_BLOCK);
        }
        int center = paragraphs.indexOf(CENTER_BLOCK);
        paragraphs.remove(center);
        paragraphs.addAll(center, List.of(CENTER_BLOCK.split("\n")));
        handFixes.add("split the cover's two-line block into its printed lines, one paragraph each: \"" + CENTER_BLOCK.replace("\n", "\" / \"") + "\"");

        // 3. Folios glued to a paragraph's start.
        for (String[] folio : FOLIOS) {
            int hits = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).startsWith(folio[0] + " " + folio[1])) {
                    paragraphs.set(i, paragraphs.get(i).substring(folio[0].length() + 1));
                    hits++;
                }
            }
            if (hits != 1) throw new IllegalStateException("folio must match exactly once: " + folio[0] + " " + folio[1]);
            handFixes.add("removed the printed page number \"" + folio[0] + "\" glued to the start of \"" + folio[1] + " …\"");
        }

        // 4. Footnotes out of the body.
        List<String[]> notes = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String p : paragraphs) {
            Matcher m = NOTE.matcher(p);
            if (m.matches()) {
                notes.add(new String[] {SuperscriptMarkers.digits(m.group(1)), m.group(2).strip().replaceAll("\\s*\n\\s*", " ")});
            } else {
                body.add(p);
            }
        }
        String note35 = null;
        for (String line : witness) {
            if (line.strip().startsWith(NOTE_35_START)) {
                if (note35 != null) throw new IllegalStateException("note 35 found twice in " + RAW_WITNESS);
                note35 = line.strip().substring(3);
            }
        }
        if (note35 == null) throw new IllegalStateException("note 35 not found in " + RAW_WITNESS);
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i)[0].equals("34")) {
                notes.add(i + 1, new String[] {"35", note35});
                break;
            }
        }
        handFixes.add("restored the text of note 35, which 000 lost (its marker is in the body), from 001: \"35 " + note35 + "\"");
        if (notes.size() != NOTE_COUNT) throw new IllegalStateException(notes.size() + " notes, expected " + NOTE_COUNT);
        for (int i = 0; i < notes.size(); i++) {
            if (Integer.parseInt(notes.get(i)[0]) != i + 1) throw new IllegalStateException("note " + (i + 1) + " out of order: " + notes.get(i)[0]);
        }
        handFixes.add("moved the " + NOTE_COUNT + " footnotes out of the body to the Notes part, in number order (000 prints each block after the paragraph that cites it)");

        int table = -1;
        for (int i = 0; i < body.size(); i++) if (body.get(i).startsWith(TABLE_START)) table = table < 0 ? i : -2;
        if (table < 0) throw new IllegalStateException("summary table not found once");
        String[] rows = body.remove(table).split("\n");
        if (rows.length != 5) throw new IllegalStateException(rows.length + " table rows, expected 5");
        int cells = 0;
        for (int r = 0; r < rows.length; r++) {
            String[] cellTexts = rows[r].split("\t");
            for (int c = 0; c < cellTexts.length; c++) {
                String cell = cellTexts[c].strip();
                if (cell.startsWith(UL)) {
                    cell = cell.substring(UL.length()).strip();
                    cells++;
                }
                if (cell.contains("<") || cell.isEmpty()) throw new IllegalStateException("bad table cell: " + cell);
                cellTexts[c] = cell;
            }
            body.add(table + r, String.join("\t", cellTexts));
        }
        if (cells != 16) throw new IllegalStateException(cells + " table cells with <ul> markup, expected 16");
        handFixes.add("summary table: one paragraph per row (5 rows, cells separated by a tab as in 000, spaces around the tabs"
            + " trimmed), the HTML tag <ul style=\"list-style-type: none\"> removed from the " + cells + " cells that carry it");
        for (String p : body) {
            if (p.contains("\n") && !p.startsWith("- ")) throw new IllegalStateException("unexpected line break inside a paragraph: " + p);
        }

        // 5. Captions dropped into a sentence.
        for (String[] move : CAPTION_MOVES) {
            int at = -1;
            for (int i = 1; i + 1 < body.size(); i++) {
                if (body.get(i).startsWith(move[0]) && body.get(i - 1).endsWith(move[1])) {
                    if (at >= 0) throw new IllegalStateException("caption move matches twice: " + move[0]);
                    at = i;
                }
            }
            if (at < 0) throw new IllegalStateException("caption move not found: " + move[0]);
            String caption = body.remove(at);
            body.add(at + 1, caption);
            handFixes.add("moved the photo caption \"" + move[0] + " …\", which 000 prints inside the sentence \"… " + move[1]
                + " | and divisive …\", to after that paragraph");
        }

        // 6. Paragraphs cut in two.
        for (String[] join : JOINS) {
            int found = CutParagraphs.find(body, join[0], join[1]);
            String first = body.get(found);
            String joined = switch (join[2]) {
                case " " -> first + " " + body.get(found + 1);
                case "" -> first.substring(0, first.length() - 1) + body.get(found + 1);
                case "-" -> first + body.get(found + 1);
                default -> throw new IllegalStateException("bad joiner " + join[2]);
            };
            body.set(found, joined);
            body.remove(found + 1);
            handFixes.add("rejoined a paragraph cut in two (" + join[3] + "): \"…" + CutParagraphs.lastWords(join[0]) + "\" + \"" + CutParagraphs.firstWords(join[1]) + "…\""
                + (join[2].isEmpty() ? ", line-end hyphen dropped" : join[2].equals("-") ? ", hyphen kept (\"bi-national\")" : ""));
        }

        // 7. Markup.
        int bullets = 0;
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).startsWith("- ")) continue;
            String[] items = body.get(i).split("\n");
            body.remove(i);
            for (String item : items) {
                if (!item.startsWith("- ")) throw new IllegalStateException("list line without bullet: " + item);
                body.add(i++, item.substring(2).strip());
                bullets++;
            }
            i--;
        }
        if (bullets != 9) throw new IllegalStateException(bullets + " list bullets, expected 9");
        handFixes.add("removed the markdown list bullet \"- \" before the " + bullets + " list items of the Executive Summary's two lists"
            + " (one paragraph per item, as printed)");
        List<String> italics = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) notes.get(i)[1] = stripItalics(notes.get(i)[1], italics);
        for (int i = 0; i < body.size(); i++) body.set(i, stripItalics(body.get(i), italics));
        handFixes.add("removed the markdown italics markup *…* around " + italics.size() + " spans, keeping the words: " + String.join("; ", italics));

        // 8. Word fixes, over body and notes.
        String bodyText = String.join("\n\n", body);
        StringBuilder notesText = new StringBuilder();
        for (String[] n : notes) notesText.append("\n\n").append(n[0]).append(' ').append(n[1]);
        String all = bodyText + "\n\nNotes" + notesText + "\n";
        for (String[] fix : WORD_FIXES) {
            int first = all.indexOf(fix[0]);
            if (first < 0 || all.indexOf(fix[0], first + 1) >= 0) throw new IllegalStateException("word fix must match exactly once: " + fix[0]);
            all = all.replace(fix[0], fix[1]);
            handFixes.add("restored from 001 a word 000 altered: " + fix[2]);
        }

        // 9. Note markers out of the body, offsets in code points (none may stand in the notes).
        SuperscriptMarkers.Extracted extracted = SuperscriptMarkers.extract(all, all.indexOf("\n\nNotes\n\n"), NOTE_COUNT);
        List<CleanedText.NoteMarker> markers = extracted.markers();
        String text = extracted.text();
        for (String p : text.substring(0, text.length() - 1).split("\n\n")) {
            if (p.isBlank() || p.contains("\n") || !p.equals(p.strip())) throw new IllegalStateException("bad paragraph: " + p);
        }

        // 10. Page spans.
        List<String[]> starts001 = pageStarts001(witness);
        if (starts001.size() != PAGES.length) throw new IllegalStateException(starts001.size() + " page starts in 001, expected " + PAGES.length);
        int bodyEnd = text.codePointCount(0, text.indexOf("\n\nNotes\n\n"));
        List<CleanedText.PageSpan> pages = new ArrayList<>();
        int[] startOffsets = new int[PAGES.length];
        for (int k = 0; k < PAGES.length; k++) {
            String[] pg = PAGES[k];
            String got = normalise(starts001.get(k)[1]);
            if (!got.startsWith(normalise(pg[1]))) {
                throw new IllegalStateException("page " + pg[0] + ": 001 page start is \"" + got + "\", expected \"" + pg[1] + "\"");
            }
            String folio = starts001.get(k)[0];
            if (folio != null && !folio.equals(pg[0])) throw new IllegalStateException("page " + pg[0] + ": 001 prints folio " + folio);
            if (folio != null && !pg[3].equals("printed")) throw new IllegalStateException("page " + pg[0] + " has a folio but is not \"printed\"");
            startOffsets[k] = anchorOffset(text, pg[2]);
            if (k > 0 && startOffsets[k] <= startOffsets[k - 1]) throw new IllegalStateException("page " + pg[0] + " starts before the previous page");
        }
        for (int k = 0; k < PAGES.length; k++) {
            int end = k + 1 < PAGES.length ? startOffsets[k + 1] : bodyEnd;
            pages.add(new CleanedText.PageSpan(Integer.parseInt(PAGES[k][0]), startOffsets[k], end, PAGES[k][3]));
        }
        handFixes.add("recorded " + PAGES.length + " page spans (pages 4–35) from 001's page starts");

        return new CleanedText(text, List.copyOf(pages), List.copyOf(markers), List.copyOf(handFixes));
    }

    /**
     * The first text line of each printed page in 001, as {folio or null, line}: a line that starts with one
     * space, or the first line after a folio line and the running header around it.
     */
    static List<String[]> pageStarts001(String[] lines) {
        List<String[]> starts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = PAGE_START_001.matcher(line);
            if (m.matches()) {
                starts.add(new String[] {null, m.group(1).strip()});
            } else if (FOLIO_001.matcher(line.strip()).matches()) {
                int j = i + 1;
                while (j < lines.length && (lines[j].isBlank() || RUNNING_HEADER_001.contains(normaliseSpaces(lines[j])))) j++;
                starts.add(new String[] {line.strip(), lines[j].strip()});
                i = j;
            }
        }
        return starts;
    }

    private static int anchorOffset(String text, String anchor) {
        int bar = anchor.indexOf('|');
        if (bar < 0 || anchor.indexOf('|', bar + 1) >= 0) throw new IllegalStateException("anchor needs one |: " + anchor);
        String needle = anchor.substring(0, bar) + anchor.substring(bar + 1);
        int i = text.indexOf(needle);
        if (i < 0 || text.indexOf(needle, i + 1) >= 0) throw new IllegalStateException("page anchor not found exactly once: " + needle);
        return text.codePointCount(0, i) + anchor.codePointCount(0, bar);
    }

    private static String normalise(String s) {
        String t = s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        return normaliseSpaces(t);
    }

    private static String normaliseSpaces(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String stripItalics(String p, List<String> italics) {
        Matcher m = ITALICS.matcher(p);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            italics.add(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1)));
        }
        m.appendTail(sb);
        if (sb.indexOf("*") >= 0) throw new IllegalStateException("unpaired asterisk: " + sb);
        return sb.toString();
    }

    private static int indexOfOnly(List<String> paragraphs, String p) {
        int i = paragraphs.indexOf(p);
        if (i < 0 || paragraphs.lastIndexOf(p) != i) throw new IllegalStateException("paragraph not found exactly once: " + p);
        return i;
    }



}
