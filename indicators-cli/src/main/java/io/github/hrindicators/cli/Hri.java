package io.github.hrindicators.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hri} command: computes, validates and reports HIV and harm-reduction indicators from figure files.
 *
 * <p>Exit status: {@value #DONE} when done, {@value #DATA_PROBLEMS} when the data has problems (each listed with
 * file, line, column and what was expected), {@value #USAGE} for wrong usage (an unknown option, a missing file, a
 * year or area the file does not have), {@value #INTERNAL} for an error of the tool itself.
 */
@Command(name = "hri", mixinStandardHelpOptions = true, versionProvider = Hri.Version.class,
        description = "HIV and harm-reduction indicators for people who inject drugs, from your figures.",
        subcommands = {ExampleCommand.class, ComputeCommand.class, ReportCommand.class, ExportCommand.class, ValidateCommand.class, RecordsCommand.class, MeasuresCommand.class,
            IndicatorsCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit status:%n",
        footer = {"  0  done", "  1  the data has problems (each is listed)", "  2  wrong usage",
            "  3  an error of the tool itself (please report it)",
            "%nFile formats and the measures: indicators-io/README.md. Run 'hri COMMAND --help' for a command."})
public final class Hri implements Runnable {
    /** Exit status: done. */
    public static final int DONE = 0;
    /** Exit status: the data has problems. */
    public static final int DATA_PROBLEMS = 1;
    /** Exit status: wrong usage. */
    public static final int USAGE = 2;
    /** Exit status: an error of the tool itself. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Whether standard error is a terminal: progress is drawn only there. */
    private final boolean terminal;

    Hri(boolean terminal) {
        this.terminal = terminal;
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.console() != null));
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     * @param out where results go
     * @param err where problems, usage errors and progress go
     * @param terminal whether {@code err} is a terminal (progress is shown only on one)
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        CommandLine cl = new CommandLine(new Hri(terminal));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter w = failed.getErr();
            boolean command = failed.getParent() == null && e instanceof CommandLine.UnmatchedArgumentException u
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-");
            w.println("hri: " + (command ? "'" + ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0)
                    + "' is not a command" : e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
            w.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' to see how to use it.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof Failure f) {
                line.getErr().println(f.getMessage());
                return f.status();
            }
            line.getErr().println("hri: an error of the tool itself, please report it: " + e);
            return INTERNAL;
        });
        return cl.execute(args);
    }

    /**
     * A progress display on standard error for a task of a known size, drawn only on a terminal.
     *
     * @param spec the running command's spec
     * @param what what is being done, such as "reading figures.csv"
     * @param total the size of the task, in its own units
     * @return the progress display
     */
    Progress progress(CommandLine.Model.CommandSpec spec, String what, long total) {
        return new Progress(spec.commandLine().getErr(), terminal, what, total, System::nanoTime);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A run that ends with a message and an exit status other than 0, without a stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Failure(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** The version from the jar's manifest, or "development build" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Hri.class.getPackage().getImplementationVersion();
            return new String[] {"hri " + (v == null ? "(development build)" : v)};
        }
    }
}
