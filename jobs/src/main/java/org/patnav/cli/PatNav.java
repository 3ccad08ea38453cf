package org.patnav.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code patnav} command line: one subcommand per job. */
@Command(name = "patnav",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "PatNav: patent navigation (专利导航) analytics.",
            "Ingests public patent bulk data into a Parquet warehouse and analyses it with Spark.",
            "Runs Spark in local mode unless a master is given; every job also runs under spark-submit."},
        // Listed in this order by --help (picocli keeps the declared order): the demo, then the jobs as a
        // warehouse goes through them, then the sample generator.
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            IndexCommand.class,
            SearchCommand.class,
            NavigateCommand.class,
            LandscapeCommand.class,
            WatchlistCommand.class,
            IndicatorsCommand.class,
            SamplesCommand.class,
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
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call it without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PatNav());
        // The descriptions are laid out in lines of up to 100 characters (the search field table);
        // picocli's default of 80 columns would break them mid-line.
        cli.setUsageHelpWidth(120);
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
}
