package org.usmx.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.usmx.testing.RunningServer;
import org.usmx.testing.TestProject;

/**
 * Every curl example in a bash block of README.md runs as printed (against a test server instead
 * of port 8080) over the real data, since the README promises they work against {@code ./usmx serve}
 * and the Linked Data and page examples name real entities (org/sedena, claim/arzt-2009-c004).
 */
class ReadmeExamplesTest {

    static List<String> curlCommands(String readme) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = null;
        boolean inBash = false;
        for (String line : readme.split("\n")) {
            if (line.startsWith("```")) {
                inBash = !inBash && line.startsWith("```bash");
                continue;
            }
            if (!inBash) continue;
            String code = line.replaceFirst("\\s+#.*$", "");
            if (current == null && code.startsWith("curl ")) current = new StringBuilder();
            if (current == null) continue;
            boolean continues = code.endsWith("\\");
            current.append(continues ? code.substring(0, code.length() - 1) : code).append(' ');
            if (!continues) {
                commands.add(current.toString().trim());
                current = null;
            }
        }
        return commands;
    }

    @Test
    void everyCurlExampleAnswers200WithABody() throws Exception {
        String readme = Files.readString(TestProject.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
        List<String> commands = curlCommands(readme);
        assertTrue(commands.size() >= 4, "README curl examples: " + commands);
        RunningServer server = RunningServer.real();
        for (String command : commands) {
            String runnable = command.replace("http://localhost:8080", server.base())
                .replaceFirst("^curl ", "curl -sS --max-time 60 -o /dev/stdout -w '\\\\n%{http_code}' ");
            Process p = new ProcessBuilder("bash", "-c", runnable).redirectErrorStream(true).start();
            // read before waiting: an answer larger than the pipe buffer would block curl otherwise
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
            assertEquals(0, p.exitValue(), command + "\n" + out);
            String status = out.substring(out.lastIndexOf('\n') + 1);
            assertEquals("200", status, command + "\n" + out);
            assertFalse(out.substring(0, out.lastIndexOf('\n')).isBlank(), command);
        }
    }
}
