package org.patnav.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.patnav.jobs.warehouse.SectorMembership;
import org.patnav.jobs.warehouse.Warehouse;
import org.patnav.report.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks of option values that a job would otherwise find wrong only after its Spark session has started
 * (a warehouse that is not there, an output directory that is a file, a language without texts). Each
 * failure is a {@link CommandLine.ParameterException}, which {@link PatNav} prints as one line with exit
 * code 2. The commands call them first thing in {@code call()}.
 */
final class Checks {

    private Checks() {
    }

    static CommandLine.ParameterException error(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * The Hadoop settings the job's session will have, without starting it: spark-submit passes
     * {@code spark.hadoop.*} settings (an object store's endpoint, say) as system properties, which a
     * session's {@code SparkConf} reads as these do. Read here without Spark's classes: the landscape,
     * which starts no Spark, would load Scala and Spark's configuration for this alone.
     */
    static Configuration hadoopConf() {
        Configuration conf = new Configuration();
        String prefix = "spark.hadoop.";
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                conf.set(key.substring(prefix.length()), System.getProperty(key));
            }
        }
        return conf;
    }

    /** A warehouse the command reads: it must exist and hold the tables of an ingest run. */
    static Warehouse warehouse(CommandSpec spec, String location) throws IOException {
        Warehouse w = new Warehouse(location, hadoopConf());
        if (!w.fileSystem().exists(w.root())) {
            throw error(spec, "--warehouse " + location + " does not exist");
        }
        try {
            if (w.latestSnapshot().isEmpty()) {
                throw error(spec, "--warehouse " + location + " is not a PatNav warehouse (no committed snapshot in "
                        + Warehouse.SNAPSHOTS + "/; patnav ingest writes one)");
            }
        } catch (IllegalStateException e) {
            throw error(spec, "--warehouse " + location + ": " + e.getMessage());
        }
        return w;
    }

    /** The warehouse as of {@code --snapshot} (the latest when not given), which must exist. */
    static Warehouse snapshot(CommandSpec spec, Warehouse w, String snapshot) throws IOException {
        Warehouse at = w.at(snapshot);
        try {
            at.currentSnapshot();
        } catch (IllegalArgumentException e) {
            throw error(spec, "--snapshot " + snapshot + ": " + e.getMessage());
        }
        return at;
    }

    /** {@code --since}: a snapshot of the warehouse, or a date on or after its first snapshot. */
    static void since(CommandSpec spec, Warehouse w, String since) throws IOException {
        try {
            w.snapshotAsOf(since);
        } catch (IllegalArgumentException e) {
            throw error(spec, "--since " + since + ": " + e.getMessage());
        }
    }

    /**
     * Every {@code Path} option of the command but {@code --out} names a file or directory the job reads
     * (rules, registers, calendars, tables): each one given must exist.
     */
    static void inputsExist(CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.type() == Path.class && !option.longestName().equals("--out")
                    && option.getValue() instanceof Path path && !Files.exists(path)) {
                throw error(spec, option.longestName() + " " + path + " does not exist");
            }
        }
    }

    /** An input on any Hadoop file system ({@code ingest --divisions hdfs:///...}): it must exist. */
    static void exists(CommandSpec spec, String option, String location, Configuration conf) throws IOException {
        if (location == null) {
            return;
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        if (!path.getFileSystem(conf).exists(path)) {
            throw error(spec, option + " " + location + " does not exist");
        }
    }

    /** Input files, directories or globs: each must match something. */
    static void inputsMatch(CommandSpec spec, List<String> inputs, Configuration conf) throws IOException {
        for (String input : inputs) {
            org.apache.hadoop.fs.Path pattern = new org.apache.hadoop.fs.Path(input);
            FileStatus[] matches = pattern.getFileSystem(conf).globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw error(spec, "input not found: " + input);
            }
        }
    }

    /** A sector scope needs the membership patnav navigate writes into the warehouse. */
    static void sectorMembership(CommandSpec spec, Warehouse w, String sector) throws IOException {
        if (!w.hasTable(SectorMembership.TABLE)) {
            throw error(spec, "--sector " + sector + " needs the sector membership of the warehouse: run patnav navigate first");
        }
    }

    /** An output directory: the job creates it when missing, but it cannot be an existing file. */
    static void outputDirectory(CommandSpec spec, String option, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw error(spec, option + " " + dir + " is a file, not a directory");
        }
    }

    /** A report language: one the reports have texts in. */
    static void language(CommandSpec spec, String lang) {
        if (!Messages.LANGUAGES.contains(lang)) {
            throw error(spec, "--lang " + lang + " is not one of " + String.join(", ", Messages.LANGUAGES));
        }
    }

    /** A count that must be at least one ({@code --shards}, {@code --limit}). */
    static void positive(CommandSpec spec, String option, Integer value) {
        if (value != null && value < 1) {
            throw error(spec, option + " must be at least 1, not " + value);
        }
    }

    /** A span of years: --from not after --to. */
    static void years(CommandSpec spec, Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw error(spec, "--from " + from + " is after --to " + to);
        }
    }
}
