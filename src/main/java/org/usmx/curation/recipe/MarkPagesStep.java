package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mark-pages}: records where printed pages lie in the canonical text (data/{paper}/layout.ttl).
 * {@code pages} lists them in text order, each with {@code page} (its number), {@code anchor} (text
 * that occurs exactly once in the canonical text, "|" marking where the page begins inside it,
 * e.g. "Presi|dent"), {@code certainty} ({@code printed}: a printed number establishes it;
 * {@code inferred}: counted from those) and {@code why}. Each page ends where the next begins; the
 * last at {@code endAnchor} (same form) or, by default, at the end of the body.
 *
 * <p>{@code witness}, optional, checks the pages against another extraction that marks page starts:
 * {@code from} (raw file), {@code pageStart} (a regular expression matching a line that opens a page,
 * group 1 its text), {@code folio} (a line holding a printed page number, whose page opens after it and
 * the {@code runningHeaders} lines); each page then gives {@code witnessLine}, the start of its first
 * line there. Every page start of the witness must be listed, in order, and a page with a printed
 * folio must say {@code printed}.
 *
 * <p>Like {@code note-markers}, this step freezes the body.
 */
final class MarkPagesStep extends AbstractStep {

    private record Page(int number, String anchor, String certainty, String witnessLine, String why) {}

    private record Witness(String from, Pattern pageStart, Pattern folio, List<String> runningHeaders) {}

    private final List<Page> pages = new ArrayList<>();
    private final String endAnchor;
    private final Witness witness;

    MarkPagesStep(StepArgs args) {
        super("mark-pages", args);
        StepArgs w = args.object("witness");
        if (w != null) {
            witness = new Witness(w.string("from"), Pattern.compile(w.string("pageStart")), Pattern.compile(w.string("folio")), w.strings("runningHeaders"));
            w.done();
        } else {
            witness = null;
        }
        for (StepArgs p : args.objects("pages")) {
            int number = p.integer("page", -1);
            if (number < 0) throw new RecipeException(p.where() + ": missing key `page`");
            String certainty = p.string("certainty");
            if (!List.of("printed", "inferred").contains(certainty)) throw new RecipeException(p.where() + ": `certainty` must be printed or inferred");
            pages.add(new Page(number, p.string("anchor"), certainty, witness == null ? null : p.string("witnessLine"), p.string("why")));
            p.done();
        }
        if (pages.isEmpty()) throw new RecipeException(args.where() + ": `pages` lists no page");
        endAnchor = args.optString("endAnchor", null);
    }

    @Override
    public void apply(Draft draft) {
        String text = draft.render();
        int bodyEnd = draft.bodyText().codePointCount(0, draft.bodyText().length());
        List<String[]> starts = witness == null ? null : witnessStarts(draft.raw(witness.from()));
        if (starts != null && starts.size() != pages.size()) {
            throw new RecipeException(witness.from() + " marks " + starts.size() + " page starts, the recipe lists " + pages.size() + " pages");
        }
        int[] offsets = new int[pages.size()];
        for (int k = 0; k < pages.size(); k++) {
            Page pg = pages.get(k);
            if (starts != null) {
                String got = normalise(starts.get(k)[1]);
                if (!got.startsWith(normalise(pg.witnessLine()))) {
                    throw new RecipeException("page " + pg.number() + ": " + witness.from() + " opens the page with \"" + got + "\", the recipe says \"" + pg.witnessLine() + "\"");
                }
                String folio = starts.get(k)[0];
                if (folio != null && !folio.equals(String.valueOf(pg.number()))) throw new RecipeException("page " + pg.number() + ": " + witness.from() + " prints folio " + folio);
                if (folio != null && !pg.certainty().equals("printed")) throw new RecipeException("page " + pg.number() + " has a printed folio but is not \"printed\"");
            }
            offsets[k] = anchorOffset(text, pg.anchor());
            if (k > 0 && offsets[k] <= offsets[k - 1]) throw new RecipeException("page " + pg.number() + " starts before the previous page");
        }
        int end = endAnchor == null ? bodyEnd : anchorOffset(text, endAnchor);
        List<CleanedText.PageSpan> spans = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) {
            int to = k + 1 < pages.size() ? offsets[k + 1] : end;
            if (to <= offsets[k]) throw new RecipeException("page " + pages.get(k).number() + " ends before it starts");
            spans.add(new CleanedText.PageSpan(pages.get(k).number(), offsets[k], to, pages.get(k).certainty()));
        }
        draft.setPages(spans);
        draft.log("recorded " + spans.size() + " page spans (pages " + pages.get(0).number() + "–" + pages.get(pages.size() - 1).number() + "): " + why());
    }

    /** Each page start of the witness as {folio or null, first line}. */
    private List<String[]> witnessStarts(String raw) {
        String[] lines = raw.split("\n", -1);
        List<String[]> starts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = witness.pageStart().matcher(lines[i]);
            if (m.matches()) {
                starts.add(new String[] {null, m.group(1).strip()});
            } else if (witness.folio().matcher(lines[i].strip()).matches()) {
                int j = i + 1;
                while (j < lines.length && (lines[j].isBlank() || witness.runningHeaders().contains(normaliseSpaces(lines[j])))) j++;
                if (j == lines.length) throw new RecipeException("folio \"" + lines[i].strip() + "\" ends " + witness.from());
                starts.add(new String[] {lines[i].strip(), lines[j].strip()});
                i = j;
            }
        }
        return starts;
    }

    /** Code-point offset of the "|" in an anchor that occurs exactly once. */
    static int anchorOffset(String text, String anchor) {
        int bar = anchor.indexOf('|');
        if (bar < 0 || anchor.indexOf('|', bar + 1) >= 0) throw new RecipeException("a page anchor needs exactly one \"|\": " + anchor);
        String needle = anchor.substring(0, bar) + anchor.substring(bar + 1);
        expectCount(Snippets.count(text, needle), 1, "the page anchor \"" + Snippets.shorten(anchor) + "\"");
        return text.codePointCount(0, text.indexOf(needle)) + anchor.codePointCount(0, bar);
    }

    private static String normalise(String s) {
        return normaliseSpaces(s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"'));
    }

    private static String normaliseSpaces(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
