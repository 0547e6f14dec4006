package io.fmbench.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FmbenchCliTest {

    private static List<String> subcommands(String... args) {
        return List.copyOf(FmbenchCli.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void buildsOnlyTheNamedSubcommand() {
        assertEquals(List.of("list-suites"), subcommands("list-suites"));
        assertEquals(List.of("run"), subcommands("--root", "run-robustness", "--plugins-dir", "x", "run", "--suite", "S"),
                "values of root options are not command names");
        assertEquals(List.of("run-robustness"), subcommands("-V", "run-robustness"));
    }

    @Test
    void buildsTheWholeTreeForHelpCompletionAndUnknownCommands() {
        List<String> all = List.of("generate-toy-data", "run", "run-robustness", "run-dna", "compare", "list-suites",
                "list-benchmarks", "list-plugins", "check-model", "download-weights", "validate", "build-leaderboard",
                "ingest", "generate-completion");
        assertEquals(all, subcommands());
        assertEquals(all, subcommands("--help"));
        assertEquals(all, subcommands("generate-completion"));
        assertEquals(all, subcommands("no-such-command"));
    }

    @Test
    void theNamesWrittenOutAreTheCommandsOwnNames() {
        java.util.Map<String, Class<?>> declared = new java.util.HashMap<>();
        for (Class<?> c : FmbenchCli.COMMANDS)
            if (c != picocli.AutoComplete.GenerateCompletion.class) declared.put(c.getAnnotation(picocli.CommandLine.Command.class).name(), c);
        assertEquals(declared, FmbenchCli.BY_NAME);
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        java.io.PrintStream saved = System.err;
        var err = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(2, FmbenchCli.execute("no-such-command"));
        } finally {
            System.setErr(saved);
        }
        assertEquals(List.of("Error: Unmatched argument at index 0: 'no-such-command' (see 'fmbench --help')"),
                err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void messagesFromElsewhereAreJoinedIntoOneLine() {
        assertEquals("ORT failed | at node 3 | shape [1, 2]", FmbenchCli.oneLine("ORT failed\n  at node 3\r\nshape [1, 2]\n"));
        assertEquals("(no message)", FmbenchCli.oneLine(null));
    }
}
