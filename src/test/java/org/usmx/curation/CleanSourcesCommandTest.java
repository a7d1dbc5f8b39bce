package org.usmx.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.usmx.testing.CliRun;
import org.usmx.testing.TestProject;

/** `usmx clean-sources` runs the papers' recipes; the files it writes do not depend on the serving base. */
class CleanSourcesCommandTest {

    private static int cli(ByteArrayOutputStream out, String... args) {
        CliRun r = CliRun.of(args);
        out.writeBytes(r.both().getBytes(StandardCharsets.UTF_8));
        return r.code();
    }

    @Test
    void regeneratesTheCommittedFilesWhateverTheIdBase() throws Exception {
        Path repo = TestProject.repositoryRoot().resolve("data");
        try (TestProject p = TestProject.withRealData()) {
            Files.delete(p.dataDir().resolve("sources/deare-2009.txt"));
            Files.writeString(p.dataDir().resolve("deare-2009/layout.ttl"), "# stale\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = cli(out, "clean-sources", "deare-2009", "--id-base", "http://example.org/kg/", "--project", p.root().toString());
            assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
            assertEquals(Files.readString(repo.resolve("sources/deare-2009.txt")), Files.readString(p.dataDir().resolve("sources/deare-2009.txt")));
            assertEquals(Files.readString(repo.resolve("deare-2009/layout.ttl")), Files.readString(p.dataDir().resolve("deare-2009/layout.ttl")));
        }
    }

    @Test
    void anUnknownPaperOrABrokenRecipeIsReportedNotWritten() throws Exception {
        try (TestProject p = TestProject.withRealData()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(2, cli(out, "clean-sources", "nobody-1999", "--project", p.root().toString()));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("no paper nobody-1999"), out.toString(StandardCharsets.UTF_8));

            Path recipe = p.dataDir().resolve("arzt-2009/recipe.yaml");
            Files.writeString(recipe, Files.readString(recipe).replace("find: \"and middleclass suburban kids\"", "find: \"and middleclass urban kids\""));
            String before = Files.readString(p.dataDir().resolve("sources/arzt-2009.txt"));
            ByteArrayOutputStream broken = new ByteArrayOutputStream();
            assertEquals(1, cli(broken, "clean-sources", "arzt-2009", "--project", p.root().toString()));
            String message = broken.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("data/arzt-2009/recipe.yaml, step 6 (replace:") && message.contains("matched nothing, the recipe says once"), message);
            assertEquals(before, Files.readString(p.dataDir().resolve("sources/arzt-2009.txt")));
        }
    }
}
