package org.usmx.curation.recipe;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code join-lines}: joins the line breaks inside every paragraph (hard-wrapped extractions).
 * A line ending in a hyphen after a letter is joined without the hyphen ("chal-" + "lenges");
 * a line ending in an em dash is joined without a space; any other line with one space. Runs of
 * whitespace become one space. {@code keepHyphens} lists the real compounds broken at a line end,
 * each {@code end} (the last word of the line, with its hyphen) and {@code start} (the start of
 * the next line); each must apply exactly once.
 */
final class JoinLinesStep extends AbstractStep {

    private record Keep(String end, String start) {}

    private final List<Keep> keep = new ArrayList<>();

    JoinLinesStep(StepArgs args) {
        super("join-lines", args);
        for (StepArgs k : args.objects("keepHyphens")) {
            keep.add(new Keep(k.string("end"), k.string("start")));
            k.done();
        }
    }

    @Override
    public void apply(Draft draft) {
        int[] used = new int[keep.size()];
        List<String> body = draft.body();
        for (int p = 0; p < body.size(); p++) {
            String[] lines = body.get(p).split("\n");
            StringBuilder para = new StringBuilder(lines[0]);
            for (int l = 1; l < lines.length; l++) {
                String line = lines[l];
                int n = para.length();
                if (para.charAt(n - 1) == '-' && n > 1 && Character.isLetter(para.charAt(n - 2))) {
                    int k = keptHyphen(para, line);
                    if (k >= 0) used[k]++;
                    else para.setLength(n - 1);
                    para.append(line);
                } else if (para.charAt(n - 1) == '—') {
                    para.append(line);
                } else {
                    para.append(' ').append(line);
                }
            }
            body.set(p, para.toString().replaceAll("\\s+", " ").strip());
        }
        for (int k = 0; k < keep.size(); k++) {
            expectCount(used[k], 1, "keepHyphens \"" + keep.get(k).end() + "\" + \"" + keep.get(k).start() + "\"");
            draft.log("kept the hyphen of the compound broken at a line end: \"" + keep.get(k).end() + keep.get(k).start() + "\"");
        }
        draft.log("joined the lines of every paragraph: " + why());
    }

    private int keptHyphen(StringBuilder para, String next) {
        for (int k = 0; k < keep.size(); k++) {
            String end = keep.get(k).end();
            int n = para.length();
            boolean endMatches = n >= end.length() && para.substring(n - end.length()).equals(end)
                && (n == end.length() || para.charAt(n - end.length() - 1) == ' ');
            if (endMatches && next.startsWith(keep.get(k).start())) return k;
        }
        return -1;
    }
}
