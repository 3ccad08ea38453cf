package org.patnav.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Where the time of an unchanged {@code patnav} command goes before and between its Spark jobs. Spark
 * builds it when the SparkContext starts if the command runs with
 * {@code PATNAV_JAVA_OPTS=-Dspark.extraListeners=org.patnav.bench.SparkTimeline} (Spark reads {@code spark.*}
 * system properties as configuration), so the process measured is the real command, with one listener more.
 *
 * <p>It prints to the error stream, in milliseconds since the process started (the launcher script, which
 * {@code exec}s the JVM in the same process; or since the epoch milliseconds in {@code PATNAV_TIMELINE_T0_MS},
 * which a bench sets when it starts the command):
 * <pre>
 * patnav-timeline jvm-start 312
 * patnav-timeline spark-context 2841
 * patnav-timeline job-start 3022 0 parquet at LandscapeJob.java:103
 * patnav-timeline job-end 3350 0
 * patnav-timeline jvm-exit 5120
 * </pre>
 * {@code bench/landscape-vs-duckdb.sh} reads these lines.
 */
public final class SparkTimeline extends SparkListener {

    private static final String PREFIX = "patnav-timeline";
    /** Epoch milliseconds at which the bench started the command, when it knows them. */
    public static final String T0_VARIABLE = "PATNAV_TIMELINE_T0_MS";
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private final Instant processStart;

    public SparkTimeline() {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        // The kernel's process start is rounded to the boot time's whole second: a bench that knows when it
        // started the command says so to the millisecond.
        String t0 = System.getenv(T0_VARIABLE);
        processStart = t0 != null ? Instant.ofEpochMilli(Long.parseLong(t0))
                : ProcessHandle.current().info().startInstant().orElse(jvmStart);
        print("jvm-start", jvmStart.toEpochMilli(), "");
        print("spark-context", System.currentTimeMillis(), "");
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> print("jvm-exit", System.currentTimeMillis(), "")));
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        // A job's first stage is named by its call site ("parquet at LandscapeJob.java:103").
        String what = jobStart.stageInfos().isEmpty() ? "" : jobStart.stageInfos().head().name();
        print("job-start", jobStart.time(), jobStart.jobId() + " " + what);
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
        print("job-end", jobEnd.time(), String.valueOf(jobEnd.jobId()));
    }

    private void print(String event, long epochMillis, String detail) {
        System.err.printf(Locale.ROOT, "%s %s %d %s%n", PREFIX, event, epochMillis - processStart.toEpochMilli(), detail);
        System.err.flush();
    }
}
