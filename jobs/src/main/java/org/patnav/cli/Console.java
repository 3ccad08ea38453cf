package org.patnav.cli;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.patnav.jobs.spark.Progress;

/** Progress lines on the console: {@code [patnav ingest 12:00:03] parsing 12 files}. */
final class Console {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private Console() {
    }

    static Progress progress(PrintWriter out, String job) {
        return message -> {
            out.printf(Locale.ROOT, "[patnav %s %s] %s%n", job, LocalTime.now().format(TIME), message);
            out.flush();
        };
    }
}
