package org.patnav.jobs.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.patnav.index.IndexManifest;

/**
 * Finds a warehouse's index for searching: checks that it was built from the warehouse's current
 * snapshot, and gives local directories to open (shards on a remote file system are copied once into
 * a local cache keyed by snapshot).
 */
public final class IndexLocation {

    /** The index directory in the warehouse: shards and {@code _index.json}. */
    public static final String TABLE = "index";

    private IndexLocation() {
    }

    /** The manifest of the current index; fails with a clear message when it is missing or stale. */
    public static IndexManifest currentManifest(Warehouse w) throws IOException {
        FileSystem fs = w.fileSystem();
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(w.table(TABLE), IndexManifest.FILE);
        if (!fs.exists(file)) {
            throw new IllegalStateException("no index in " + w.location() + " (run ./patnav index --warehouse "
                    + w.location() + ")");
        }
        IndexManifest manifest;
        try (InputStream in = fs.open(file)) {
            manifest = IndexManifest.read(in);
        }
        String current = w.snapshotId().orElse("none");
        if (!current.equals(manifest.snapshotId())) {
            throw new IllegalStateException("the index is stale: it was built from warehouse snapshot "
                    + manifest.snapshotId() + " but the warehouse is now at " + current
                    + "; rebuild it with ./patnav index --warehouse " + w.location());
        }
        return manifest;
    }

    /** Local directories of the shards, copying them from a remote file system when needed. */
    public static List<Path> localShards(Warehouse w, IndexManifest manifest) throws IOException {
        FileSystem fs = w.fileSystem();
        List<Path> out = new ArrayList<>();
        boolean local = fs.getUri().getScheme() == null || fs.getUri().getScheme().equals("file");
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "patnav-index-" + manifest.snapshotId());
        for (IndexManifest.Shard shard : manifest.shards()) {
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(w.table(TABLE), shard.name());
            if (local) {
                out.add(Path.of(remote.toUri().getPath()));
            } else {
                Path target = cache.resolve(shard.name());
                if (!Files.isDirectory(target)) {
                    Files.createDirectories(cache);
                    fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(target.toUri()), true);
                }
                out.add(target);
            }
        }
        return out;
    }
}
