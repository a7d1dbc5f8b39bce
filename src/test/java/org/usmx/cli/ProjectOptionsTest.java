package org.usmx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.usmx.config.Settings;

import picocli.CommandLine;

/** Options every command shares: project, store and the IRI base (flag, else USMX_ID_BASE, else the default). */
class ProjectOptionsTest {

    private static Settings settings(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.project.settings();
    }

    @Test
    void idBaseComesFromTheFlagOrTheEnvironmentOrTheDefault() {
        assertEquals("https://data.example.org/usmx/", settings("--id-base", "https://data.example.org/usmx/").idBase());
        String env = System.getenv("USMX_ID_BASE");
        assertEquals(env == null || env.isBlank() ? Settings.DEFAULT_ID_BASE : env, settings().idBase());
    }

    @Test
    void aBadIdBaseIsRefusedWithTheReason() {
        for (String bad : new String[] {"data.example.org/usmx/", "https://data.example.org/usmx", "https://a b/", "ftp://x.org/"}) {
            CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class, () -> settings("--id-base", bad), bad);
            assertEquals("--id-base: id base must be an absolute http(s) IRI ending in \"/\", got \"" + bad + "\"", e.getMessage());
        }
    }

    @Test
    void storeDefaultsToTheProjectsStoreDirectory() {
        if (System.getenv("USMX_STORE") == null) {
            assertEquals(java.nio.file.Path.of("/tmp/somewhere/store"), settings("--project", "/tmp/somewhere").storeDir());
        }
        assertEquals(java.nio.file.Path.of("/tmp/elsewhere"), settings("--project", "/tmp/somewhere", "--store", "/tmp/elsewhere").storeDir());
    }
}
