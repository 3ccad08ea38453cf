package org.patnav.samples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.patnav.samples.Application.Applicant;
import org.patnav.samples.Application.Inventor;
import org.patnav.samples.Citations.Cited;

/**
 * Google Patents Public Data {@code publications} rows as BigQuery exports them: newline-delimited
 * JSON, gzipped, in shards named {@code publications-000000000000.json.gz} of at most
 * {@value #ROWS_PER_SHARD} rows. Nested fields are real JSON arrays and objects; dates are
 * integers (0 for none), as in the table. Each publication of an application is a row of its own.
 */
final class GoogleExport implements Closeable {

    static final int ROWS_PER_SHARD = 50_000;

    /** The planted broken line follows this many rows of the first shard. */
    private static final int BREAK_AFTER = 2;
    /**
     * How much of the planted truncated shard survives the cut: well past the first buffer a reader
     * fills (64 KiB to detect the format, 128 KiB buffers), so the loss shows after rows were read.
     */
    private static final int TRUNCATED_KEPT_BYTES = 200 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private final Outputs out;
    private final List<String> firstRows = new ArrayList<>();
    private long firstRowsBytes;
    private OutputStream current;
    private String currentName;
    private int shards;
    private int rows;
    private boolean broken;

    GoogleExport(Outputs out) {
        this.out = out;
    }

    /** Writes the rows of every publication of the application; returns the files written to. */
    List<String> write(Application app, Templates.Text text, List<Cited> cited) throws IOException {
        List<String> files = new ArrayList<>();
        switch (app.origin()) {
            case CN -> {
                if (app.cn().applicationPublished() != null) {
                    files.add(row(cnRow(app, text, "A", app.cn().applicationPublished(), cited)));
                }
                if (app.cn().granted() != null) {
                    files.add(row(cnRow(app, text, app.cn().grantKind(app.kind()), app.cn().granted(), cited)));
                }
            }
            case US_GRANT -> {
                if (app.us().publicationNumber() != null) {
                    files.add(row(usRow(app, text, "A1", List.of())));
                }
                files.add(row(usRow(app, text, app.us().grantKind(), cited)));
            }
            case OFFICE -> files.add(row(officeRow(app, text)));
            case US_PUBLICATION -> throw new IllegalArgumentException("pre-grant-only US publications are not exported");
        }
        return files.stream().distinct().toList();
    }

    private String row(String json) throws IOException {
        if (current == null || rows == ROWS_PER_SHARD) {
            open();
        }
        current.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        rows++;
        out.count(currentName, 1);
        String file = currentName;
        if (firstRowsBytes < TRUNCATED_KEPT_BYTES) {
            firstRows.add(json);
            firstRowsBytes += json.length();
        }
        if (!broken && shards == 1 && rows == BREAK_AFTER) {
            broken = true;
            // a row cut off in the middle, as a failed concatenation leaves it
            current.write((json.substring(0, json.length() / 2) + "\n").getBytes(StandardCharsets.UTF_8));
            rows++;
            out.count(currentName, 1);
            out.plant(currentName, "line " + rows, "MALFORMED_RECORD", "a JSON row cut off half-way");
        }
        return file;
    }

    private void open() throws IOException {
        if (current != null) {
            current.close();
        }
        currentName = shardName(shards++);
        rows = 0;
        current = out.createGzip(currentName);
    }

    private static String shardName(int shard) {
        return "google/publications-" + World.pad(shard, 12) + ".json.gz";
    }

    /**
     * Closes the last shard and writes the planted truncated one: copies of the first rows (repeated
     * when the world is small), each flushed to a byte boundary, cut inside the row that follows
     * {@value #TRUNCATED_KEPT_BYTES} bytes of text, so the rows before the cut still decompress.
     */
    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
        if (firstRows.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int kept = 0;
        long text = 0;
        int rowStart;
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 12, true)) {
            while (text < TRUNCATED_KEPT_BYTES) {
                byte[] row = (firstRows.get(kept % firstRows.size()) + "\n").getBytes(StandardCharsets.UTF_8);
                gz.write(row);
                gz.flush();
                text += row.length;
                kept++;
            }
            rowStart = bytes.size();
            gz.write((firstRows.get(kept % firstRows.size()) + "\n").getBytes(StandardCharsets.UTF_8));
            gz.flush();
        }
        int end = rowStart + (bytes.size() - rowStart) / 2;
        String name = shardName(shards++);
        try (OutputStream file = out.create(name)) {
            file.write(bytes.toByteArray(), 0, end);
        }
        out.count(name, kept);
        out.plant(name, "after record " + kept, "TRUNCATED",
                "gzip stream cut in the middle of row " + (kept + 1) + " (its rows repeat earlier shards)");
    }

    // ---- rows ---------------------------------------------------------------------------------

    private String cnRow(Application app, Templates.Text text, String kind, LocalDate published, List<Cited> cited) {
        Application.Cn cn = app.cn();
        String applicationKind = switch (app.kind()) {
            case INVENTION -> "A";
            case UTILITY_MODEL -> "U";
            case DESIGN -> "F";
        };
        boolean grantDocument = !kind.equals("A");
        return json(g -> {
            g.writeStringField("publication_number", "CN-" + cn.publication() + "-" + kind);
            g.writeStringField("application_number", "CN-" + cn.digits() + "-" + applicationKind);
            g.writeStringField("country_code", "CN");
            g.writeStringField("kind_code", kind);
            g.writeStringField("application_kind", applicationKind);
            g.writeStringField("application_number_formatted", "CN " + cn.digits());
            g.writeStringField("pct_number", "");
            g.writeStringField("family_id", app.familyId());
            localized(g, "title_localized", "zh", text.titleZh(), "en", text.titleEn());
            localized(g, "abstract_localized", "zh", text.abstractZh(), "en", text.abstractEn());
            localized(g, "claims_localized");
            localized(g, "description_localized");
            g.writeNumberField("publication_date", yyyymmdd(published));
            g.writeNumberField("filing_date", yyyymmdd(app.filingDate()));
            g.writeNumberField("grant_date", grantDocument ? yyyymmdd(published) : 0);
            g.writeNumberField("priority_date", yyyymmdd(app.priorityDate()));
            priorityClaims(g, app, "CN-" + cn.digits() + "-" + applicationKind);
            g.writeArrayFieldStart("inventor");
            for (Inventor i : app.inventors()) {
                g.writeString(i.name().upper());
            }
            g.writeEndArray();
            harmonized(g, "inventor_harmonized", app.inventors().stream().map(i -> i.name().upper()).toList(),
                    app.firstApplicant().country());
            g.writeArrayFieldStart("assignee");
            for (Applicant a : app.applicants()) {
                g.writeString(a.name());
            }
            g.writeEndArray();
            harmonized(g, "assignee_harmonized", app.applicants().stream().map(a -> harmonisedName(a.nameEn())).toList(),
                    app.firstApplicant().country());
            g.writeArrayFieldStart("examiner");
            g.writeEndArray();
            emptyArray(g, "uspc");
            classifications(g, "ipc", text.ipc());
            emptyArray(g, "cpc");
            emptyArray(g, "fi");
            emptyArray(g, "fterm");
            citations(g, grantDocument ? cited : List.of(), "CITED BY EXAMINER");
            g.writeStringField("entity_status", "");
            g.writeStringField("art_unit", "");
        });
    }

    private String usRow(Application app, Templates.Text text, String kind, List<Cited> cited) {
        Application.Us us = app.us();
        boolean grant = !kind.equals("A1");
        LocalDate published = grant ? us.granted() : us.published();
        String number = grant ? Long.toString(us.grantNumber()) : docdbPgpub(us.publicationNumber());
        String docdbApplication = "US-" + app.filingDate().getYear() + us.applicationNumber() + "-A";
        return json(g -> {
            g.writeStringField("publication_number", "US-" + number + "-" + kind);
            g.writeStringField("application_number", docdbApplication);
            g.writeStringField("country_code", "US");
            g.writeStringField("kind_code", kind);
            g.writeStringField("application_kind", "A");
            g.writeStringField("application_number_formatted", "US" + us.applicationNumber());
            g.writeStringField("pct_number", "");
            g.writeStringField("family_id", app.familyId());
            localized(g, "title_localized", "en", text.titleEn());
            localized(g, "abstract_localized", "en", text.abstractEn());
            localized(g, "claims_localized", "en", claimsText(text));
            localized(g, "description_localized");
            g.writeNumberField("publication_date", yyyymmdd(published));
            g.writeNumberField("filing_date", yyyymmdd(app.filingDate()));
            g.writeNumberField("grant_date", grant ? yyyymmdd(us.granted()) : 0);
            g.writeNumberField("priority_date", yyyymmdd(app.priorityDate()));
            priorityClaims(g, app, docdbApplication);
            g.writeArrayFieldStart("inventor");
            for (Inventor i : app.inventors()) {
                g.writeString(i.name().given() + " " + i.name().family());
            }
            g.writeEndArray();
            harmonized(g, "inventor_harmonized", app.inventors().stream().map(i -> i.name().upper()).toList(),
                    app.firstApplicant().country());
            g.writeArrayFieldStart("assignee");
            for (Applicant a : app.applicants()) {
                g.writeString(a.name());
            }
            g.writeEndArray();
            harmonized(g, "assignee_harmonized", app.applicants().stream().map(a -> harmonisedName(a.nameEn())).toList(),
                    app.firstApplicant().country());
            g.writeArrayFieldStart("examiner");
            if (grant) {
                g.writeStartObject();
                g.writeStringField("department", artUnit(app));
                g.writeStringField("level", "primary");
                g.writeStringField("name", "Hayes Jordan");
                g.writeEndObject();
            }
            g.writeEndArray();
            emptyArray(g, "uspc");
            classifications(g, "ipc", text.ipc());
            classifications(g, "cpc", text.cpc());
            emptyArray(g, "fi");
            emptyArray(g, "fterm");
            citations(g, cited, null);
            g.writeStringField("entity_status", us.entity().toUpperCase(Locale.ROOT));
            g.writeStringField("art_unit", grant ? artUnit(app) : "");
        });
    }

    private String officeRow(Application app, Templates.Text text) {
        Application.Office office = app.office();
        String docdbApplication = office.country() + "-" + office.applicationNumber() + "-A";
        return json(g -> {
            g.writeStringField("publication_number", office.country() + "-" + office.publicationNumber() + "-" + office.kind());
            g.writeStringField("application_number", docdbApplication);
            g.writeStringField("country_code", office.country());
            g.writeStringField("kind_code", office.kind());
            g.writeStringField("application_kind", "A");
            g.writeStringField("application_number_formatted", office.country() + office.applicationNumber());
            g.writeStringField("pct_number", "");
            g.writeStringField("family_id", app.familyId());
            localized(g, "title_localized", "en", text.titleEn());
            localized(g, "abstract_localized", "en", text.abstractEn());
            localized(g, "claims_localized");
            localized(g, "description_localized");
            g.writeNumberField("publication_date", yyyymmdd(office.published()));
            g.writeNumberField("filing_date", yyyymmdd(app.filingDate()));
            g.writeNumberField("grant_date", 0);
            g.writeNumberField("priority_date", yyyymmdd(app.priorityDate()));
            priorityClaims(g, app, docdbApplication);
            g.writeArrayFieldStart("inventor");
            for (Inventor i : app.inventors()) {
                g.writeString(i.name().upper());
            }
            g.writeEndArray();
            harmonized(g, "inventor_harmonized", app.inventors().stream().map(i -> i.name().upper()).toList(),
                    app.firstApplicant().country());
            g.writeArrayFieldStart("assignee");
            g.writeString(app.firstApplicant().name());
            g.writeEndArray();
            harmonized(g, "assignee_harmonized", List.of(harmonisedName(app.firstApplicant().nameEn())),
                    app.firstApplicant().country());
            emptyArray(g, "examiner");
            emptyArray(g, "uspc");
            classifications(g, "ipc", text.ipc());
            classifications(g, "cpc", office.country().equals("EP") ? text.cpc() : List.of());
            emptyArray(g, "fi");
            emptyArray(g, "fterm");
            citations(g, List.of(), null);
            g.writeStringField("entity_status", "");
            g.writeStringField("art_unit", "");
        });
    }

    // ---- fields -------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Fields fields) {
        StringWriter w = new StringWriter(2048);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return w.toString();
    }

    /** Pairs of language and text; no pairs writes an empty array. */
    private static void localized(JsonGenerator g, String field, String... languageText) throws IOException {
        g.writeArrayFieldStart(field);
        for (int k = 0; k + 1 < languageText.length; k += 2) {
            g.writeStartObject();
            g.writeStringField("text", languageText[k + 1]);
            g.writeStringField("language", languageText[k]);
            g.writeBooleanField("truncated", false);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void emptyArray(JsonGenerator g, String field) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeEndArray();
    }

    private static void harmonized(JsonGenerator g, String field, List<String> names, String country) throws IOException {
        g.writeArrayFieldStart(field);
        for (String name : names) {
            g.writeStartObject();
            g.writeStringField("name", name);
            g.writeStringField("country_code", country);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void classifications(JsonGenerator g, String field, List<String> codes) throws IOException {
        g.writeArrayFieldStart(field);
        for (int k = 0; k < codes.size(); k++) {
            g.writeStartObject();
            g.writeStringField("code", codes.get(k));
            g.writeBooleanField("inventive", !Templates.isAdditional(codes.get(k)));
            g.writeBooleanField("first", k == 0);
            g.writeArrayFieldStart("tree");
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The application's own filing, then any priority it claims, as Google lists priority claims. */
    private static void priorityClaims(JsonGenerator g, Application app, String ownDocdb) throws IOException {
        g.writeArrayFieldStart("priority_claim");
        if (app.priority() != null) {
            priorityClaim(g, app.priority().docdb(), app.priority().date());
        } else {
            priorityClaim(g, ownDocdb, app.filingDate());
        }
        g.writeEndArray();
    }

    private static void priorityClaim(JsonGenerator g, String docdb, LocalDate date) throws IOException {
        g.writeStartObject();
        g.writeStringField("application_number", docdb);
        g.writeStringField("category", "");
        g.writeNumberField("filing_date", yyyymmdd(date));
        g.writeStringField("npl_text", "");
        g.writeStringField("publication_number", "");
        g.writeStringField("type", "");
        g.writeEndObject();
    }

    private static void citations(JsonGenerator g, List<Cited> cited, String category) throws IOException {
        g.writeArrayFieldStart("citation");
        for (Cited c : cited) {
            g.writeStartObject();
            g.writeStringField("application_number", "");
            g.writeStringField("category", category != null ? category
                    : c.category().contains("examiner") ? "SEA" : "APP");
            g.writeNumberField("filing_date", 0);
            g.writeStringField("npl_text", c.npl() != null ? c.npl() : "");
            g.writeStringField("publication_number", c.pubId() != null ? docdbCited(c.pubId()) : "");
            g.writeStringField("type", "");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Google writes US pre-grant numbers in the 10-digit DOCDB form: {@code US-2019012345-A1}. */
    private static String docdbCited(String pubId) {
        if (pubId.startsWith("US-") && pubId.endsWith("-A1")) {
            return "US-" + docdbPgpub(pubId.substring(3, pubId.length() - 3)) + "-A1";
        }
        return pubId;
    }

    private static String docdbPgpub(String eleven) {
        return eleven.charAt(4) == '0' ? eleven.substring(0, 4) + eleven.substring(5) : eleven;
    }

    /** Google's harmonised names: upper case, punctuation dropped, common legal forms shortened. */
    static String harmonisedName(String name) {
        String s = name.toUpperCase(Locale.ROOT).replaceAll("[.,']", "").replaceAll("\\s+", " ").strip();
        return s.replace("UNIVERSITY OF ", "UNIV ").replace(" UNIVERSITY", " UNIV").replace("TECHNOLOGY", "TECH")
                .replace("CORPORATION", "CORP").replace("COMPANY", "CO").replace("LIMITED", "LTD");
    }

    static String claimsText(Templates.Text text) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < text.claimsEn().size(); k++) {
            if (k > 0) {
                sb.append('\n');
            }
            sb.append(k + 1).append(". ").append(text.claimsEn().get(k));
        }
        return sb.toString();
    }

    static String artUnit(Application app) {
        return switch (app.sector()) {
            case TCM -> "1655";
            case EQUIPMENT -> "3664";
            case NEW_ENERGY -> "1727";
            case OTHER -> "2163";
        };
    }

    static long yyyymmdd(LocalDate d) {
        return d.getYear() * 10_000L + d.getMonthValue() * 100L + d.getDayOfMonth();
    }
}
