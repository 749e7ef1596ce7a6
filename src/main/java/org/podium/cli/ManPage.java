package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.service.common.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes podium(1), the manual page, and the bash completion script from the same picocli model
 * that prints {@code --help}, so that none of the three can drift from the others. The package
 * build runs it ({@code mvn -Pdist package}); the .deb links both where man and bash look.
 */
public final class ManPage {
    private ManPage() {
    }

    /** {@code ManPage FOLDER}: writes FOLDER/podium.1 and FOLDER/podium.bash-completion. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        CommandLine cli = PodiumCli.commandLine(null, new PrintWriter(Writer.nullWriter()));
        cli.setUsageHelpWidth(72); // the page's indent and a terminal's 80 columns
        Files.writeString(folder.resolve("podium.1"), of(cli), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("podium.bash-completion"), CompletionCommand.script(cli.getCommandSpec()),
                StandardCharsets.UTF_8);
    }

    /** The page in roff: the root's help, then every command's help as {@code --help} prints it. */
    static String of(CommandLine root) {
        StringBuilder page = new StringBuilder();
        CommandSpec spec = root.getCommandSpec();
        page.append(".TH PODIUM 1 \"\" \"Podium ").append(AppInfo.version()).append("\" \"User Commands\"\n")
                .append(".SH NAME\npodium \\- ").append(text(String.join(" ", spec.usageMessage().description())))
                .append("\n.SH SYNOPSIS\n.B podium\n[\\fB\\-\\-db\\fR \\fIFILE\\fR] [\\fICOMMAND\\fR ...]\n")
                .append(".SH DESCRIPTION\nWithout a command, Podium opens its window on the book. With one, it runs"
                        + " the command on the book and exits; every command takes \\fB\\-\\-help\\fR.\n")
                .append(".SH COMMANDS\n");
        for (CommandLine command : root.getSubcommands().values()) {
            commands(page, command);
        }
        page.append(".SH EXIT STATUS\n")
                .append(".TP\n0\nSuccess.\n.TP\n1\nBad input: the message names the file and line.\n")
                .append(".TP\n2\nWrong usage.\n.TP\n141\nThe program reading the output stopped reading"
                        + " (as a tool stopped by SIGPIPE); nothing is left half written.\n")
                .append(".SH ENVIRONMENT\n.TP\n.B PODIUM_DB\nThe book used without \\fB\\-\\-db\\fR;"
                        + " else the book in the user's data folder.\n")
                .append(".SH SEE ALSO\nThe completion script: \\fBpodium completion bash\\fR.\n");
        return page.toString();
    }

    /** One section per command that runs, with its help as the terminal shows it. */
    private static void commands(StringBuilder page, CommandLine command) {
        if (command.getCommandSpec().userObject() instanceof java.util.concurrent.Callable<?>) {
            page.append(".SS \"").append(text(command.getCommandSpec().qualifiedName())).append("\"\n.nf\n")
                    .append(text(command.getUsageMessage(CommandLine.Help.Ansi.OFF)).stripTrailing())
                    .append("\n.fi\n");
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            commands(page, sub);
        }
    }

    /** Text as roff prints it: backslashes escaped, and no line read as a request. */
    private static String text(String plain) {
        StringBuilder out = new StringBuilder();
        for (String line : plain.replace("\\", "\\e").split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
        }
        return out.toString().replace("-", "\\-"); // a minus, not a hyphen: options must paste as typed
    }
}
