package org.patnav.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.patnav.jobs.spark.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code patnav} command line: one subcommand per job. */
@Command(name = "patnav",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "PatNav: patent navigation (专利导航) analytics.",
            "Ingests public patent bulk data into a Parquet warehouse and analyses it with Spark.",
            "Runs Spark in local mode unless a master is given; every job also runs under spark-submit.",
            "A wrong option or value is reported in one line (exit code 2) before any Spark work."},
        // Listed in this order by --help (picocli keeps the declared order): the demo, then the jobs as a
        // warehouse goes through them, then the sample generator.
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            SnapshotsCommand.class,
            IndexCommand.class,
            SearchCommand.class,
            NavigateCommand.class,
            LandscapeCommand.class,
            WatchlistCommand.class,
            IndicatorsCommand.class,
            SamplesCommand.class,
            VacuumCommand.class,
            CommandLine.HelpCommand.class})
public final class PatNav implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * Lucene notes at start-up that the JDK's incubating vector API is not enabled; PatNav does not use
     * vector search, so the note is noise on every command. Held here because java.util.logging keeps
     * loggers only weakly, and a collected logger would forget its level.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        int code = commandLine().execute(args);
        SparkSessions.stop();
        System.exit(code);
    }

    /** The configured command line; tests call it without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PatNav());
        // The descriptions are laid out in lines of up to 100 characters (the search field table);
        // picocli's default of 80 columns would break them mid-line.
        cli.setUsageHelpWidth(120);
        // Registered after the subcommands exist, so every command's LocalDate options use it.
        cli.registerConverter(LocalDate.class, PatNav::date);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine commandLine = e.getCommandLine();
            commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + usageError(e));
            commandLine.getErr().flush();
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A job failure is reported as one line; the stack trace only on request.
            commandLine.getErr().println("patnav " + commandLine.getCommandName() + ": " + e.getMessage());
            if (Boolean.getBoolean("patnav.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    /** {@code --as-of 2026-12-31}: ISO dates only, checked strictly (no 2026-02-30). */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(value + " is not a date (use YYYY-MM-DD)");
        }
    }

    /**
     * A usage error as one line, without picocli's usage dump. An unknown option is reported before the
     * required option picocli finds missing, because it is usually that option mistyped
     * ({@code --warehose}); picocli's suggestions join the line. A value that does not convert is
     * reported as {@code --as-of: 2026-13-01 is not a date (use YYYY-MM-DD)}.
     */
    static String usageError(CommandLine.ParameterException e) {
        CommandLine commandLine = e.getCommandLine();
        CommandLine.ParameterException reported = e;
        List<String> unmatched = commandLine.getUnmatchedArguments();
        List<String> unknownOptions = unmatched.stream().filter(a -> a.startsWith("-")).toList();
        if (!unknownOptions.isEmpty()) {
            // The first one only: the words after it are usually its value, not more mistakes.
            reported = new CommandLine.UnmatchedArgumentException(commandLine, unknownOptions.subList(0, 1));
        } else if (!(e instanceof CommandLine.UnmatchedArgumentException) && !unmatched.isEmpty()) {
            reported = new CommandLine.UnmatchedArgumentException(commandLine, unmatched);
        }
        String message = reported.getMessage();
        if (reported.getCause() instanceof CommandLine.TypeConversionException conversion && reported.getArgSpec() != null) {
            CommandLine.Model.ArgSpec arg = reported.getArgSpec();
            String name = arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
            message = name + ": " + conversion.getMessage();
        }
        StringWriter suggestions = new StringWriter();
        try (PrintWriter w = new PrintWriter(suggestions)) {
            CommandLine.UnmatchedArgumentException.printSuggestions(reported, w);
        }
        return suggestions.toString().isBlank() ? message : message + ". " + suggestions.toString().strip();
    }
}
