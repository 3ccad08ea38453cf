package org.patnav.jobs.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files an ingest reads: every path given, directories recursed, globs expanded, on any Hadoop
 * file system. Hidden files ({@code .name}) and job markers ({@code _SUCCESS}) are not inputs. Only
 * names and sizes are listed here on the driver; the files are opened in the tasks.
 */
final class InputFiles {

    /**
     * @param setId the directory a file sits in: tables of one PatentsView release sit together
     */
    record InputFile(String path, String setId, long size) implements Serializable {
    }

    private InputFiles() {
    }

    static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
        Map<String, InputFile> files = new TreeMap<>();
        for (String input : inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("input not found: " + input);
            }
            for (FileStatus match : matches) {
                if (match.isFile()) {
                    add(files, match, match.getPath().getParent());
                    continue;
                }
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                while (it.hasNext()) {
                    add(files, it.next(), match.getPath());
                }
            }
        }
        return new ArrayList<>(files.values());
    }

    /** Adds a file unless it, or a directory between it and the input root, is hidden. */
    private static void add(Map<String, InputFile> files, FileStatus status, Path root) {
        Path p = status.getPath();
        String rootPath = root == null ? "" : root.toUri().getPath();
        for (Path q = p; q != null && q.toUri().getPath().length() > rootPath.length(); q = q.getParent()) {
            String name = q.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return;
            }
        }
        files.putIfAbsent(p.toString(), new InputFile(p.toString(), p.getParent().toString(), status.getLen()));
    }
}
