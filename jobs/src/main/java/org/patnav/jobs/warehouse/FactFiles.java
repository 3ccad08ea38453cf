package org.patnav.jobs.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.filter.UnboundRecordFilter;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.patnav.analytics.fees.FeeEvent;
import org.patnav.analytics.highvalue.HighValueCandidate;
import org.patnav.model.ApplicationFact;

/**
 * The fact table's rows of one sector as {@link ApplicationFact}s, read on the driver with the Parquet
 * library (through the warehouse's Hadoop file system, so a warehouse on HDFS or S3 reads the same way).
 * For analyses over a sector's slice, which the driver holds anyway: a sector is at most some hundred
 * thousand applications, and reading its slice takes a second or two where starting Spark for one job
 * that collects it took ten ({@code bench/landscape-vs-duckdb.sh}). A row group whose {@code sectors} range
 * leaves the sector out is not read ({@link #mayHold}); the others are read in parallel, each in two passes
 * ({@link RowGroup#read}), for the columns below only ({@link ParquetValues}).
 */
public final class FactFiles {

    /** The columns that decide which rows are decoded (the sector's) and which with their text, in this order. */
    private static final Map<String, List<String>> DECIDING = columns("sectors", "holder_office", "holder_patent_type");

    /** The columns read, as {@code _facts.json}'s schema names them; for a list of structs, the fields read. */
    private static final Map<String, List<String>> COLUMNS = columns("app", "pub_id", "title_zh", "title_en", "office",
            "patent_type", "publication_date", "filing_date", "priority_date", "earliest_date", "grant_date",
            "original_grant_date", "term_extension_days", "claim_count", "family_id", "pct_number", "entity_status",
            "applicants(name,type,country,region_code)", "inventors", "ipc", "text", "holder_pub_id", "holder_office",
            "holder_patent_type", "holder_name", "holder_country", "holder_region", "citing", "family_size", "family_offices",
            "family_grants(pub_id,office,grant_date)", "sectors",
            "events(category,code,event_date,fee_year,entity_status)", "branches", "effects", "pub_ids");

    /** A column's position in a record read with {@link #COLUMNS}. */
    private static final Map<String, Integer> POSITION = positions();

    private FactFiles() {
    }

    /** Columns by name, each {@code name} or {@code name(field,...)} for a list of structs. */
    private static Map<String, List<String>> columns(String... specs) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        for (String spec : specs) {
            int open = spec.indexOf('(');
            c.put(open < 0 ? spec : spec.substring(0, open),
                    open < 0 ? List.of() : List.of(spec.substring(open + 1, spec.length() - 1).split(",")));
        }
        return c;
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> p = new HashMap<>();
        COLUMNS.keySet().forEach(name -> p.put(name, p.size()));
        return p;
    }

    /** The applications of {@code sector} in the stored fact table, in no particular order. */
    public static List<ApplicationFact> sector(Warehouse w, String sector) throws IOException {
        Path table = new Path(w.table(ApplicationFacts.TABLE));
        Configuration conf = w.fileSystem().getConf();
        // The read options and each file's footer once: opening a file reads its footer and the options
        // look up a dozen Hadoop settings, which was a fifth of the reading time done per row group.
        ParquetReadOptions options = HadoopReadOptions.builder(conf).build();
        List<RowGroup> rowGroups = new ArrayList<>();
        for (FileStatus status : w.fileSystem().listStatus(table, p -> p.getName().endsWith(".parquet")
                && !p.getName().startsWith("_") && !p.getName().startsWith("."))) {
            InputFile file = HadoopInputFile.fromStatus(status, conf);
            try (ParquetFileReader reader = ParquetFileReader.open(file, options)) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                Projections projections = new Projections(schema, projection(schema, DECIDING, status.getPath()),
                        projection(schema, COLUMNS, status.getPath()));
                List<BlockMetaData> blocks = reader.getRowGroups();
                for (int i = 0; i < blocks.size(); i++) {
                    if (mayHold(sectorsStatistics(blocks.get(i)), sector)) {
                        rowGroups.add(new RowGroup(file, status.getPath(), reader.getFooter(), options, projections, i));
                    }
                }
            }
        }
        try {
            return rowGroups.parallelStream().flatMap(g -> g.read(sector).stream()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The statistics of a row group's {@code sectors} elements; null when the file has none for them. */
    private static Statistics<?> sectorsStatistics(BlockMetaData block) {
        for (ColumnChunkMetaData chunk : block.getColumns()) {
            String[] path = chunk.getPath().toArray();
            if (path.length > 0 && path[0].equals("sectors")) {
                return chunk.getStatistics();
            }
        }
        return null;
    }

    /**
     * Whether a row group may hold a row of {@code sector}, by the minimum and maximum of its {@code sectors}
     * elements (the fact table is sorted by membership, so most row groups hold few sectors). No statistics:
     * it may; statistics with no value at all: its rows are in no sector.
     */
    static boolean mayHold(Statistics<?> sectors, String sector) {
        if (sectors == null || sectors.isEmpty()) {
            return true;
        }
        if (!sectors.hasNonNullValue()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Statistics<Binary> strings = (Statistics<Binary>) sectors;
        Binary value = Binary.fromString(sector);
        return strings.comparator().compare(strings.genericGetMin(), value) <= 0
                && strings.comparator().compare(value, strings.genericGetMax()) <= 0;
    }

    /** A file's schema and what each pass reads of it ({@link #DECIDING}, {@link #COLUMNS}): made once per file. */
    private record Projections(MessageType schema, MessageType deciding, MessageType columns) {
    }

    /** One row group of one file: the unit read in parallel, each by a reader of its own. */
    private record RowGroup(InputFile file, Path path, ParquetMetadata footer, ParquetReadOptions options,
                            Projections projections, int index) {

        /**
         * Two passes: the columns that decide ({@link #DECIDING}), then every column for the sector's rows only
         * (the others are skipped, not decoded), the text for CNIPA invention patents only (the patents the
         * CNIPA high-value criteria can apply to; title and abstract are the largest column).
         */
        List<ApplicationFact> read(String sector) {
            try (SeekableInputStream in = file.newStream();
                 ParquetFileReader reader = ParquetFileReader.open(file, footer, options, in)) {
                MessageType schema = projections.schema();
                MessageType deciding = projections.deciding();
                reader.setRequestedSchema(deciding);
                PageReadStore pages = reader.readRowGroup(index);
                int rows = Math.toIntExact(pages.getRowCount());
                RecordReader<Object[]> decide = new ColumnIOFactory().getColumnIO(deciding, schema)
                        .getRecordReader(pages, new ParquetValues(deciding, ParquetValues.Wanted.ALL));
                boolean[] inSector = new boolean[rows];
                List<Boolean> withText = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    Object[] r = decide.read();
                    inSector[i] = r[0] instanceof List<?> sectors && sectors.contains(sector);
                    if (inSector[i]) {
                        withText.add("CN".equals(r[1]) && "invention".equals(r[2]));
                    }
                }
                MessageType projection = projections.columns();
                reader.setRequestedSchema(projection);
                pages = reader.readRowGroup(index);
                int text = POSITION.get("text");
                // The k-th record read is the k-th row of the sector: the filter skips the others.
                int[] row = {0};
                RecordReader<Object[]> records = new ColumnIOFactory().getColumnIO(projection, schema).getRecordReader(pages,
                        new ParquetValues(projection, (field, k) -> field != text || withText.get(k)),
                        FilterCompat.get((UnboundRecordFilter) columns -> () -> inSector[row[0]++]));
                List<ApplicationFact> out = new ArrayList<>(withText.size());
                for (int k = 0; k < withText.size(); k++) {
                    out.add(fact(records.read()));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    /** {@code columns} of a file's schema, in that order; a clear error for a column it lacks. */
    private static MessageType projection(MessageType schema, Map<String, List<String>> columns, Path file) {
        List<Type> fields = new ArrayList<>();
        columns.forEach((name, structFields) -> {
            Type column = field(schema, name, name, file);
            if (!structFields.isEmpty()) {
                // LIST > repeated group > element struct: keep the struct's fields read, in their order.
                GroupType list = column.asGroupType();
                GroupType repeated = list.getType(0).asGroupType();
                GroupType element = repeated.getType(0).asGroupType();
                List<Type> kept = structFields.stream().map(f -> field(element, name + "." + f, f, file)).toList();
                column = list.withNewFields(repeated.withNewFields(element.withNewFields(kept)));
            }
            fields.add(column);
        });
        return new MessageType(schema.getName(), fields);
    }

    private static Type field(GroupType group, String path, String name, Path file) {
        if (!group.containsField(name)) {
            throw new IllegalStateException(file + " has no column " + path
                    + ": a fact table of an older PatNav (run ./patnav navigate to rebuild it)");
        }
        return group.getType(name);
    }

    /** A record of the sector read with {@link #COLUMNS} (its text only for a CNIPA invention patent). */
    private static ApplicationFact fact(Object[] r) {
        return new ApplicationFact(get(r, "app"), get(r, "pub_id"), get(r, "title_zh"), get(r, "title_en"),
                get(r, "office"), get(r, "patent_type"), get(r, "publication_date"), get(r, "filing_date"),
                get(r, "priority_date"), get(r, "earliest_date"), get(r, "grant_date"), get(r, "original_grant_date"),
                get(r, "term_extension_days"), get(r, "claim_count"), get(r, "family_id"), get(r, "pct_number"),
                get(r, "entity_status"),
                structs(r, "applicants", o -> new ApplicationFact.Owner((String) o[0], (String) o[1], (String) o[2],
                        (String) o[3])),
                get(r, "inventors"), get(r, "ipc"), get(r, "text"), get(r, "holder_pub_id"), get(r, "holder_office"),
                get(r, "holder_patent_type"), get(r, "holder_name"), get(r, "holder_country"), get(r, "holder_region"), get(r, "citing"),
                (Long) get(r, "family_size"), (Long) get(r, "family_offices"),
                structs(r, "family_grants", g -> new HighValueCandidate.Grant((String) g[0], (String) g[1],
                        (LocalDate) g[2])),
                get(r, "sectors"),
                structs(r, "events", e -> new FeeEvent((String) e[0], (String) e[1], (LocalDate) e[2], (Integer) e[3],
                        (String) e[4])),
                get(r, "branches"), get(r, "effects"), get(r, "pub_ids"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object[] r, String column) {
        return (T) r[POSITION.get(column)];
    }

    /** A list of structs, each an {@code Object[]} of the fields {@link #COLUMNS} names; null elements kept. */
    private static <T> List<T> structs(Object[] r, String column, Function<Object[], T> struct) {
        List<Object[]> values = get(r, column);
        if (values == null) {
            return null;
        }
        List<T> out = new ArrayList<>(values.size());
        for (Object[] v : values) {
            out.add(v == null ? null : struct.apply(v));
        }
        return out;
    }
}
