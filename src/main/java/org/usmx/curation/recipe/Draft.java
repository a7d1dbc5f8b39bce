package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text while a recipe cleans it: the raw extractions, the body as a list of paragraphs, the
 * notes taken out of it, and the layout learned so far. Steps edit it in order.
 *
 * <p>Once the note markers have been taken out (their offsets recorded), the body is frozen: a
 * later edit would move the offsets, so {@link #body()} refuses it.
 */
public final class Draft {

    /** A note taken out of the body: its number and text (one paragraph). */
    public record Note(int number, String text) {}

    private static final String FROZEN = "the text's offsets are already recorded (note markers or pages);"
        + " steps that edit the text must come before `note-markers` and `mark-pages`";

    private final Map<String, String> raw;
    private List<String> body;
    private final List<Note> notes = new ArrayList<>();
    private List<CleanedText.NoteMarker> markers = List.of();
    private boolean bodyFrozen;
    private List<CleanedText.PageSpan> pages = List.of();
    private final List<String> log = new ArrayList<>();

    /** @param raw raw extraction name → content with line ends normalised to LF, in the recipe's order */
    Draft(Map<String, String> raw) {
        this.raw = new LinkedHashMap<>(raw);
    }

    /** A raw extraction by file name; {@code null} names the recipe's first raw file. */
    public String raw(String name) {
        if (name == null) return raw.values().iterator().next();
        String content = raw.get(name);
        if (content == null) throw new RecipeException("raw file " + name + " is not listed under the recipe's raw:");
        return content;
    }

    /** The first raw file's name. */
    public String firstRawName() {
        return raw.keySet().iterator().next();
    }

    /** The body's paragraphs, to edit. */
    public List<String> body() {
        if (body == null) throw new RecipeException("there are no paragraphs yet: the recipe must start with a `paragraphs` or `reading-order` step");
        if (bodyFrozen) throw new RecipeException(FROZEN);
        return body;
    }

    /** The body's paragraphs, read-only (allowed after the markers are taken). */
    public List<String> bodyView() {
        if (body == null) throw new RecipeException("there are no paragraphs yet: the recipe must start with a `paragraphs` or `reading-order` step");
        return List.copyOf(body);
    }

    public void setBody(List<String> paragraphs) {
        if (body != null) throw new RecipeException("the text is already split into paragraphs; only one `paragraphs` or `reading-order` step may run");
        body = new ArrayList<>(paragraphs);
    }

    /** The notes, to edit (number order is checked by the steps that add them and by `note-markers`). */
    public List<Note> notes() {
        if (bodyFrozen) throw new RecipeException(FROZEN);
        return notes;
    }

    public List<Note> notesView() {
        return List.copyOf(notes);
    }

    /** Records the markers and freezes the body, whose text they index. */
    void freezeWithMarkers(List<String> newBody, List<CleanedText.NoteMarker> found) {
        body().clear();
        body.addAll(newBody);
        markers = List.copyOf(found);
        bodyFrozen = true;
    }

    public List<CleanedText.NoteMarker> markers() {
        return markers;
    }

    public void setPages(List<CleanedText.PageSpan> spans) {
        if (!pages.isEmpty()) throw new RecipeException("pages are already marked; only one `mark-pages` step may run");
        pages = List.copyOf(spans);
        bodyFrozen = true;
    }

    /** Records what a step did (the hand-fix log). */
    public void log(String what) {
        log.add(what);
    }

    /** The body joined as it will stand at the start of the text. */
    public String bodyText() {
        return String.join("\n\n", bodyView());
    }

    /**
     * The canonical text: the body's paragraphs separated by one blank line, then (if there are
     * notes) a line "Notes" and one "N text" paragraph per note, and a final line end.
     */
    public String render() {
        StringBuilder out = new StringBuilder(bodyText());
        if (!notes.isEmpty()) {
            out.append("\n\nNotes");
            for (Note n : notes) out.append("\n\n").append(n.number()).append(' ').append(n.text());
        }
        return out.append('\n').toString();
    }

    CleanedText result() {
        String text = render();
        for (String p : text.substring(0, text.length() - 1).split("\n\n", -1)) {
            if (p.isBlank() || p.contains("\n") || !p.equals(p.strip())) {
                throw new RecipeException("the cleaned text must be one paragraph per line, separated by one blank line;"
                    + " this paragraph is not: \"" + Snippets.shorten(p) + "\"");
            }
        }
        return new CleanedText(text, pages, markers, List.copyOf(log));
    }
}
