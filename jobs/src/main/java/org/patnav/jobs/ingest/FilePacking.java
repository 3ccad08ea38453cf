package org.patnav.jobs.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.patnav.jobs.ingest.InputFiles.InputFile;

/**
 * Groups input files into parse tasks of similar size. A bulk file is read whole by one task (a
 * compressed or concatenated file cannot be split), so big files each get their own task, while
 * thousands of small files (a weekly XML per week, one JSON per patent) share tasks instead of paying
 * Spark's per-task cost and writing one Parquet file each.
 */
final class FilePacking {

    /** Small inputs still spread over every core, a few tasks each so a slow file does not hold up the rest. */
    private static final int TASKS_PER_CORE = 3;
    private static final long MIN_TASK_BYTES = 8L << 20;

    private FilePacking() {
    }

    /**
     * Largest files first, each into the task that is smallest so far (greedy longest-processing-time
     * scheduling); at most {@code cores * 3} tasks unless files are bigger than that share.
     */
    static List<List<InputFile>> pack(List<InputFile> files, int cores) {
        long total = files.stream().mapToLong(InputFile::size).sum();
        long target = Math.max(MIN_TASK_BYTES, total / Math.max(1, (long) cores * TASKS_PER_CORE));
        int taskCount = (int) Math.max(1, Math.min(files.size(), (total + target - 1) / target));
        record Task(List<InputFile> files, long[] bytes) {
        }
        PriorityQueue<Task> smallest = new PriorityQueue<>(Comparator.comparingLong((Task t) -> t.bytes()[0]));
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            Task t = new Task(new ArrayList<>(), new long[1]);
            tasks.add(t);
            smallest.add(t);
        }
        List<InputFile> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::path));
        for (InputFile f : bySize) {
            Task t = smallest.poll();
            t.files().add(f);
            t.bytes()[0] += f.size();
            smallest.add(t);
        }
        return tasks.stream().map(Task::files).filter(l -> !l.isEmpty()).toList();
    }
}
