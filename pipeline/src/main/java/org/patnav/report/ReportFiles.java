package org.patnav.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every form of a report into one folder: {@code report.html}, {@code report.xlsx},
 * {@code data/<table>.csv} and {@code .json}, and last {@code report.json}, which lists them.
 */
public final class ReportFiles {

    public static final String HTML = "report.html";

    private ReportFiles() {
    }

    /** The files written, relative to {@code dir}, the manifest last. */
    public static List<String> write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>();
        HtmlReportWriter.write(report, dir.resolve(HTML));
        files.add(HTML);
        files.add(new WorkbookWriter().write(report, dir));
        files.addAll(new DataFilesWriter().write(report, dir));
        files.add(new ManifestWriter().write(report, files, dir));
        return files;
    }
}
