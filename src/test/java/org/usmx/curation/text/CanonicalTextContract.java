package org.usmx.curation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/**
 * What every paper's cleaner must do, whatever its extraction: reproduce the committed canonical
 * text and layout exactly, one paragraph per line, the same way every time. A paper's test
 * extends this and adds the checks of its own noise (markers, furniture, hand fixes, pages).
 */
abstract class CanonicalTextContract {

    static final Path DATA = Path.of(System.getProperty("usmx.projectDir", ".")).toAbsolutePath().normalize().resolve("data");

    private static final Map<Class<?>, CleanedText> CLEANED = new ConcurrentHashMap<>();

    /** A fresh instance of the cleaner under test. */
    abstract SourceTextCleaner cleaner();

    /** The cleaner's output on the raw files in data/raw/, computed once per test class. */
    CleanedText cleaned() {
        return CLEANED.computeIfAbsent(getClass(), k -> new CanonicalTextWriter(DATA).run(cleaner()));
    }

    String text() {
        return cleaned().text();
    }

    /** Code-point offset of a UTF-16 index (markers and page spans count code points). */
    static int cp(String s, int utf16Index) {
        return s.codePointCount(0, utf16Index);
    }

    @Test
    void outputEqualsTheCommittedCanonicalText() throws Exception {
        String committed = Files.readString(DATA.resolve("sources/" + cleaner().paperId() + ".txt"), StandardCharsets.UTF_8);
        assertEquals(committed, text());
    }

    @Test
    void layoutGraphEqualsTheCommittedOne() throws Exception {
        String id = cleaner().paperId();
        String committed = Files.readString(DATA.resolve(id + "/layout.ttl"), StandardCharsets.UTF_8);
        assertEquals(committed, CanonicalTextWriter.renderLayout(id, cleaned()));
    }

    @Test
    void formatIsOneParagraphPerLineWithSingleBlankLines() {
        String t = text();
        assertFalse(t.contains("\r"));
        assertFalse(t.contains("\n\n\n"));
        assertTrue(t.endsWith(".\n") && !t.endsWith("\n\n"));
        for (String p : t.strip().split("\n\n")) {
            assertFalse(p.isBlank());
            assertFalse(p.contains("\n"), p);
            assertEquals(p.strip(), p);
        }
    }

    @Test
    void cleaningIsDeterministic() {
        assertEquals(cleaned(), new CanonicalTextWriter(DATA).run(cleaner()));
    }
}
