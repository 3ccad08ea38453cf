package org.patnav.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.jobs.ingest.InputFiles.InputFile;

class FilePackingTest {

    private static List<InputFile> files(int count, long size) {
        List<InputFile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new InputFile(String.format("f%05d", i), "dir", size));
        }
        return out;
    }

    @Test
    void manySmallFilesShareAFewTasks() {
        List<List<InputFile>> tasks = FilePacking.pack(files(1_448, 240_000), 2);
        // 347 MB over 2 cores: 6 tasks of about 58 MB, every file in exactly one.
        assertThat(tasks).hasSize(6);
        assertThat(tasks.stream().mapToInt(List::size).sum()).isEqualTo(1_448);
        assertThat(tasks).allSatisfy(t -> assertThat(t.size()).isBetween(241, 242));
    }

    @Test
    void bigFilesEachGetTheirOwnTask() {
        List<InputFile> files = new ArrayList<>(files(4, 1L << 30));
        files.addAll(files(10, 1 << 20).stream().map(f -> new InputFile("small-" + f.path(), "d", f.size())).toList());
        List<List<InputFile>> tasks = FilePacking.pack(files, 2);
        // 4.01 GB in tasks of about 685 MB: 7 tasks, the four 1 GB files one each, the small ones in the rest.
        assertThat(tasks).hasSize(7);
        assertThat(tasks.stream().filter(t -> t.stream().anyMatch(f -> f.size() == 1L << 30)))
                .allSatisfy(t -> assertThat(t.stream().filter(f -> f.size() == 1L << 30)).hasSize(1));
    }

    @Test
    void aTinyInputIsOneTask() {
        assertThat(FilePacking.pack(files(3, 1_000), 8)).hasSize(1);
        assertThat(FilePacking.pack(List.of(), 8)).isEmpty();
    }
}
