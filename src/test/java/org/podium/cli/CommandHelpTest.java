package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help ends with an example of its most common use, and the example is one the command takes. */
class CommandHelpTest {
    @Test
    void everyCommandShowsAnExampleThatItAccepts() {
        List<CommandLine> commands = new ArrayList<>();
        collect(PodiumCli.commandLine(null, new PrintWriter(Writer.nullWriter())), commands);
        for (CommandLine command : commands) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = command.getCommandSpec().qualifiedName();
            assertThat(help).as(name).contains("\nExample:\n  ");
            // An example too long for 80 columns goes on under a backslash, as in a shell.
            String example = help.substring(help.indexOf("\nExample:\n  ") + 12).replaceAll(" \\\\\n\\s+", " ")
                    .lines().findFirst().orElseThrow();
            assertThat(help.lines()).as(name + ": fits 80 columns").allMatch(line -> line.length() <= 80);
            if (example.startsWith("source ")) {
                continue; // the completion command's example is a shell's line around it
            }
            assertThat(example + " ").as(name).startsWith(name + " ");
            List<String> words = words(example.replaceAll("\\s+(\\||#).*", ""));
            CommandLine.ParseResult parsed = PodiumCli.commandLine(null, new PrintWriter(Writer.nullWriter()))
                    .parseArgs(words.subList(1, words.size()).toArray(String[]::new));
            List<CommandLine> chain = parsed.asCommandLineList();
            if (command.getParent() != null) {
                assertThat(chain.get(chain.size() - 1).getCommandSpec().qualifiedName()).as(example).isEqualTo(name);
            }
        }
        assertThat(commands).hasSizeGreaterThan(35);
    }

    /** The commands that run, below {@code command} and itself. */
    private static void collect(CommandLine command, List<CommandLine> into) {
        if (command.getCommandSpec().userObject() instanceof Callable<?>) {
            into.add(command);
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    /** The words of a shell line without variables: double quotes group. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
