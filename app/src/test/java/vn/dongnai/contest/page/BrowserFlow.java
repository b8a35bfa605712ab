package vn.dongnai.contest.page;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One browser flow of the browser ITs: a playwright-core script ({@code e2e/*.e2e.mjs}) run by
 * Node in Debian's chromium against the test's server. Skipped (an assumption) where chromium or
 * Node is missing; failed where the build's {@code npm ci} left no playwright-core. The script's
 * output is printed and, on failure, is the assertion's message.
 */
final class BrowserFlow {

    static final Path CONTEST_PAGE = Path.of("src/main/web");
    static final Path CONSOLE = Path.of("../admin-ui");
    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private final Path directory;
    private final String script;
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private BrowserFlow(Path directory, String script) {
        this.directory = directory;
        this.script = script;
    }

    /** A script of the contest page's e2e folder. */
    static BrowserFlow contestPage(String script) {
        return new BrowserFlow(CONTEST_PAGE, script);
    }

    /** A script of the console's e2e folder. */
    static BrowserFlow console(String script) {
        return new BrowserFlow(CONSOLE, script);
    }

    BrowserFlow arguments(Object... values) {
        for (Object value : values) {
            arguments.add(String.valueOf(value));
        }
        return this;
    }

    BrowserFlow environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Skips the calling test, naming what is missing, when this machine cannot run a browser flow. */
    BrowserFlow requireBrowser() {
        String what = "Browser flow " + script + " skipped: ";
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                what + "no chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
        assumeTrue(runs("node", "--version"), what + "Node.js is not on the PATH");
        assertTrue(Files.isDirectory(directory.resolve("node_modules/playwright-core")),
                "playwright-core is missing in " + directory + ": the build's npm ci should have installed it");
        return this;
    }

    /** Runs the script to its end (at most {@code limit}) and asserts it exited with 0; returns its output. */
    String run(Duration limit) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "e2e/" + script));
        command.addAll(arguments);
        Path log = Files.createTempFile(script.replace(".e2e.mjs", "") + "-e2e", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process node = builder.start();
        boolean finished = node.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, script + " did not finish in " + limit.toMinutes() + " minutes");
        assertEquals(0, node.exitValue(), script + " failed:\n" + output);
        return output;
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
