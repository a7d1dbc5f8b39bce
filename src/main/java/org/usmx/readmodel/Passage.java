package org.usmx.readmodel;

/**
 * A quote in its surrounding paragraph of the canonical text. Offsets are Unicode code points
 * (as in the annotations' oa:TextPositionSelector); paragraphs are separated by blank lines.
 *
 * @param before the paragraph text before the quote
 * @param quote  the quoted passage
 * @param after  the paragraph text after the quote
 */
public record Passage(String before, String quote, String after) {

    /** The passage [start, end) (code points) with its paragraph; offsets out of range are clamped. */
    public static Passage around(String text, int start, int end) {
        int cps = text.codePointCount(0, text.length());
        start = Math.max(0, Math.min(start, cps));
        end = Math.max(start, Math.min(end, cps));
        int s16 = text.offsetByCodePoints(0, start);
        int e16 = text.offsetByCodePoints(s16, end - start);
        int para = text.lastIndexOf("\n\n", Math.max(0, s16 - 1));
        int from = para < 0 || para >= s16 ? 0 : para + 2;
        int next = text.indexOf("\n\n", e16);
        int to = next < 0 ? text.length() : next;
        return new Passage(text.substring(from, s16), text.substring(s16, e16), text.substring(e16, to));
    }
}
