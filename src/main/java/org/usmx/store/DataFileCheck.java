package org.usmx.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks on a data file's bytes before it is parsed, so that a file that lost its content cannot
 * silently shrink the graph: an empty (0-byte or blank) file is refused, and so is a file that is
 * not valid UTF-8 (Jena would load the bad bytes as replacement characters), and so is a file that
 * parses to no triples (prefixes and comments only: cut short?). A file that is meant to hold no
 * triples says so with a comment line {@value #EMPTY_MARKER} (beside comments saying why).
 */
public final class DataFileCheck {

    /** The whole content of a deliberately empty data file. */
    public static final String EMPTY_MARKER = "# usmx:empty";

    private DataFileCheck() {}

    /**
     * Reads and checks {@code file}; returns whether it is marked as deliberately holding no triples.
     * Throws {@link DataLoadException} naming the file (and line and column of a bad byte).
     */
    public static boolean markedEmpty(Path file, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + display, e);
        }
        if (bytes.length == 0) {
            throw new DataLoadException(display, 0, 0, "empty file (0 bytes): a truncated or lost file? "
                + "If it is meant to hold no triples, write the line \"" + EMPTY_MARKER + "\" in it, with a comment saying why", null);
        }
        String text = decodeStrictly(bytes, display);
        if (text.lines().anyMatch(line -> line.strip().equals(EMPTY_MARKER))) return true;
        if (text.isBlank()) {
            throw new DataLoadException(display, 0, 0, "blank file: a truncated or lost file? "
                + "If it is meant to hold no triples, write the line \"" + EMPTY_MARKER + "\" in it, with a comment saying why", null);
        }
        return false;
    }

    /** The message for a file that parsed but gave no triples (prefixes or comments only). */
    public static DataLoadException noTriples(String display) {
        return new DataLoadException(display, 0, 0, "no triples in the file (only prefixes or comments): a truncated file? "
            + "If it is meant to hold no triples, add the line \"" + EMPTY_MARKER + "\"", null);
    }

    private static String decodeStrictly(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            long[] lineCol = lineAndColumn(bytes, bad);
            throw new DataLoadException(display, lineCol[0], lineCol[1],
                String.format("not valid UTF-8: byte 0x%02X at byte offset %d; save the file as UTF-8", bytes[bad] & 0xff, bad), null);
        }
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }

    /** 1-based line and column (in characters) of byte {@code offset}. */
    private static long[] lineAndColumn(byte[] bytes, int offset) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new long[] {line, before.codePointCount(0, before.length()) + 1};
    }
}
