package org.patnav.ingest.patentsview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.Ingested.TableRow;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.normalize.ClassificationCodes;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.Parties;
import org.patnav.normalize.PatentDates;
import org.patnav.normalize.PublicationNumber;

/**
 * Builds one granted patent from its PatentsView rows ({@link PatentsViewReader} emits them, the
 * Spark job joins and groups them). Pure Java, no Spark, so the rules are tested here.
 *
 * <p>Rules:
 * <ul>
 * <li>Exactly one {@code g_patent} row: without one the other rows are a reject
 * ({@code UNMATCHED_ROWS}: the release holds classifications or parties of a patent it does not
 * list); two or more {@code g_patent}, {@code g_patent_abstract} or {@code g_application} rows are
 * a reject too, since a release has one per patent and picking one would be a guess.</li>
 * <li>Number: {@code US}, {@code patent_id} ({@code 10396367}, {@code D690894}, {@code RE43123},
 * {@code PP12345}), {@code wipo_kind}; a kind is required, as for USPTO XML, since other sources
 * key the patent by it. {@code patent_date} is both publication and grant date.</li>
 * <li>Type from {@code patent_type} (utility, design, plant, reissue, defensive publication,
 * statutory invention registration; underscores read as spaces); an empty or unknown type falls
 * back on the kind code's letter (S design, P plant, E reissue, H and I registrations).</li>
 * <li>Title and abstract are English; the abstract is {@code g_patent.patent_abstract} where a
 * release has it, else the {@code g_patent_abstract} row. {@code withdrawn} = 1 keeps the patent
 * with source legal status {@code withdrawn}.</li>
 * <li>Application: {@code application_id} is documented as the series code, a slash and the
 * six-digit serial ({@code 02/002761}); an eight-digit number, or a bare six-digit serial completed
 * by {@code series_code}, are read too. These become {@code US-SSNNNNNN} (the key USPTO XML and
 * the maintenance-fee file use) and {@code SS/NNN,NNN}. Any other shape (the old {@code D} design
 * series) is kept as given, letters and digits only in the id. {@code filing_date} is the filing
 * and the priority date: no priority table is read. A filing date after the grant date is a reject
 * ({@code INCONSISTENT_DATES}), as for USPTO XML.</li>
 * <li>Assignees by {@code assignee_sequence}: the organisation, else "Last, First". Their
 * {@code assignee_type} (a leading 1 on two digits means part interest and is dropped; releases
 * may write {@code 2.0}) gives the type: 4 and 5 individual, 6 to 9 government, 2 and 3 an
 * organisation, which is a company unless its name says university, hospital or institute (the
 * USPTO codes universities as companies); 1 (unassigned) or no code classifies by name.
 * Inventors by {@code inventor_sequence}, individuals. Both carry the joined location as
 * "city, state, country" and its country. A party row with no name at all is not a party.</li>
 * <li>CPC by {@code cpc_sequence}: {@code cpc_subgroup} where a release has it, else
 * {@code cpc_group}; the first is main; {@code cpc_type} inventional / additional. IPC by
 * {@code ipc_sequence} from its parts: main is {@code symbol_position} F (the first symbol when
 * the release has no positions), inventive is {@code classification_value} I / N. A symbol listed
 * twice counts once; a row without a symbol adds nothing; a symbol that does not parse rejects the
 * patent ({@code MALFORMED_RECORD}, pointing at that row).</li>
 * <li>Citations by {@code citation_sequence}: the cited US number normalised with its kind, or
 * {@code US-} and the number as given when it does not parse; the category as given.</li>
 * <li>A date that is not a date rejects the patent ({@code INVALID_DATE}), a claim count that is
 * not a number too ({@code INVALID_NUMBER}). The patent's source is its {@code g_patent} row.</li>
 * </ul>
 */
public final class PatentsViewAssembler {

    private static final List<String> LOCATION_FIELDS =
            List.of("disambig_city", "disambig_state", "disambig_country", "county");
    private static final Pattern APPLICATION_SLASHED = Pattern.compile("^(\\d{1,2})/(\\d{6})$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\s*(\\d+)(?:\\.0*)?\\s*$");

    private PatentsViewAssembler() {
    }

    /** Thrown while building; carries the reject the patent becomes. */
    private static final class Invalid extends Exception {
        final transient Reject reject;

        Invalid(Reject reject) {
            super(reject.reason());
            this.reject = reject;
        }
    }

    /**
     * A copy of an assignee or inventor row with its location's {@code disambig_city},
     * {@code disambig_state}, {@code disambig_country} and {@code county} added to its fields. A
     * null location (the row names none, or the release lacks it) leaves the row as it is.
     */
    public static TableRow withLocation(TableRow party, TableRow location) {
        if (location == null) {
            return party;
        }
        if (!Objects.equals(party.locationId(), location.locationId())) {
            throw new IllegalArgumentException("location " + location.locationId() + " joined to a row of "
                    + party.table() + " that references " + party.locationId());
        }
        Map<String, String> fields = new LinkedHashMap<>(party.fields());
        for (String name : LOCATION_FIELDS) {
            String value = location.fields().get(name);
            if (value != null) {
                fields.put(name, value);
            }
        }
        return new TableRow(party.source(), party.setId(), party.table(), party.joinKey(), party.locationId(),
                fields, party.excerpt());
    }

    /**
     * The publication of one patent from its rows of any table (locations already joined onto
     * party rows), or the reject it becomes.
     *
     * @param setId    the release the rows come from, named in reject messages
     * @param patentId the {@code patent_id} the rows share
     */
    public static Ingested assemble(String setId, String patentId, List<TableRow> rows, Parties parties) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows for patent_id " + patentId);
        }
        try {
            return new Ingested.PatentRecord(new Assembly(setId, patentId, rows, parties).build());
        } catch (Invalid e) {
            return new Ingested.Rejected(e.reject);
        }
    }

    private static final class Assembly {
        private final String setId;
        private final String patentId;
        private final Parties parties;
        private final List<TableRow> ordered;
        private final Map<String, List<TableRow>> byTable = new LinkedHashMap<>();

        Assembly(String setId, String patentId, List<TableRow> rows, Parties parties) {
            this.setId = setId;
            this.patentId = patentId;
            this.parties = parties;
            // Spark hands rows over in no particular order: file and line make every choice repeatable.
            this.ordered = rows.stream().sorted(FILE_ORDER).toList();
            for (TableRow r : ordered) {
                byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r);
            }
        }

        Publication build() throws Invalid {
            List<TableRow> patents = rows(PatentsViewTable.PATENT);
            if (patents.isEmpty()) {
                throw invalid(ordered.get(0), RejectReason.UNMATCHED_ROWS, "rows for patent_id " + patentId
                        + " in tables " + new TreeSet<>(byTable.keySet()) + " but no g_patent row (release "
                        + setId + ")");
            }
            TableRow patent = single(PatentsViewTable.PATENT);
            TableRow abstractRow = single(PatentsViewTable.PATENT_ABSTRACT);
            TableRow application = single(PatentsViewTable.APPLICATION);

            PublicationNumber number = number(patent);
            LocalDate granted = date(patent, "patent_date");
            if (granted == null) {
                throw invalid(patent, RejectReason.MISSING_FIELD, "g_patent: no patent_date for " + patentId);
            }

            Publication.Builder b = Publication.builder();
            b.pubId = number.pubId();
            b.country = number.country();
            b.number = number.number();
            b.kind = number.kind();
            b.publicationDate = granted;
            b.grantDate = granted;
            b.patentType = patentType(field(patent, "patent_type"), number.kind());
            putText(b.title, field(patent, "patent_title"));
            String abstractText = field(patent, "patent_abstract");
            putText(b.abstractText, abstractText != null ? abstractText
                    : abstractRow == null ? null : field(abstractRow, "patent_abstract"));
            b.claimCount = claimCount(patent);
            if (isTrue(field(patent, "withdrawn"))) {
                b.sourceLegalStatus = "withdrawn";
            }
            if (application != null) {
                application(b, application, granted);
            }
            for (TableRow r : bySequence(PatentsViewTable.ASSIGNEE, "assignee_sequence")) {
                Party p = assignee(r);
                if (p != null) {
                    b.assignees.add(p);
                }
            }
            for (TableRow r : bySequence(PatentsViewTable.INVENTOR, "inventor_sequence")) {
                String name = personName(field(r, "disambig_inventor_name_first"),
                        field(r, "disambig_inventor_name_last"));
                if (name != null) {
                    b.inventors.add(parties.of(name, PartyType.INDIVIDUAL, field(r, "disambig_country"), address(r)));
                }
            }
            cpc(b.cpc);
            ipc(b.ipc);
            for (TableRow r : bySequence(PatentsViewTable.US_PATENT_CITATION, "citation_sequence")) {
                String cited = field(r, "citation_patent_id");
                if (cited != null) {
                    String pubId = PublicationNumber.of("US", cited, field(r, "wipo_kind")).toOptional()
                            .map(PublicationNumber::pubId).orElse("US-" + cited);
                    b.citations.add(new Citation(pubId, field(r, "citation_category")));
                }
            }
            b.source = patent.source();
            return b.build();
        }

        private List<TableRow> rows(PatentsViewTable table) {
            return byTable.getOrDefault(table.id(), List.of());
        }

        private TableRow single(PatentsViewTable table) throws Invalid {
            List<TableRow> rows = rows(table);
            if (rows.size() > 1) {
                throw invalid(rows.get(1), RejectReason.UNMATCHED_ROWS, rows.size() + " " + table.id()
                        + " rows for patent_id " + patentId + " (" + where(rows.get(0)) + ", " + where(rows.get(1))
                        + "): a release has one");
            }
            return rows.isEmpty() ? null : rows.get(0);
        }

        private List<TableRow> bySequence(PatentsViewTable table, String column) {
            return rows(table).stream()
                    .sorted(Comparator.comparingLong((TableRow r) -> sequence(field(r, column)))
                            .thenComparing(FILE_ORDER))
                    .toList();
        }

        private PublicationNumber number(TableRow patent) throws Invalid {
            String kind = field(patent, "wipo_kind");
            if (kind == null) {
                throw invalid(patent, RejectReason.MISSING_FIELD, "g_patent: no wipo_kind for " + patentId);
            }
            Parsed<PublicationNumber> n = PublicationNumber.of("US", field(patent, "patent_id"), kind);
            return switch (n) {
                case Parsed.Value<PublicationNumber> v -> v.value();
                case Parsed.Missing<PublicationNumber> m ->
                        throw invalid(patent, RejectReason.MISSING_FIELD, "g_patent: no patent_id");
                case Parsed.Invalid<PublicationNumber> i ->
                        throw invalid(patent, RejectReason.INVALID_NUMBER, "g_patent: " + i.reason());
            };
        }

        private Integer claimCount(TableRow patent) throws Invalid {
            String claims = field(patent, "num_claims");
            if (claims == null) {
                return null;
            }
            Matcher m = WHOLE_NUMBER.matcher(claims);
            if (!m.matches() || m.group(1).length() > 6) {
                throw invalid(patent, RejectReason.INVALID_NUMBER, "g_patent: num_claims is not a count: " + claims);
            }
            return Integer.valueOf(m.group(1));
        }

        private void application(Publication.Builder b, TableRow row, LocalDate granted) throws Invalid {
            String id = field(row, "application_id");
            if (id != null) {
                String digits = applicationDigits(id, field(row, "series_code"));
                if (digits != null) {
                    b.applicationId = "US-" + digits;
                    b.applicationNumber = digits.substring(0, 2) + "/" + digits.substring(2, 5) + ","
                            + digits.substring(5);
                } else {
                    b.applicationId = "US-" + id.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
                    b.applicationNumber = id;
                }
            }
            LocalDate filed = date(row, "filing_date");
            if (filed != null && filed.isAfter(granted)) {
                throw invalid(row, RejectReason.INCONSISTENT_DATES, "g_application: filing date " + filed
                        + " is after the grant date " + granted + " of " + patentId);
            }
            b.filingDate = filed;
            b.priorityDate = filed;
        }

        private Party assignee(TableRow r) {
            String organisation = field(r, "disambig_assignee_organization");
            String person = personName(field(r, "disambig_assignee_individual_name_first"),
                    field(r, "disambig_assignee_individual_name_last"));
            String name = organisation != null ? organisation : person;
            if (name == null) {
                return null;
            }
            PartyType type = organisation == null ? PartyType.INDIVIDUAL
                    : assigneeType(field(r, "assignee_type"), name);
            return parties.of(name, type, field(r, "disambig_country"), address(r));
        }

        /** PatentsView's assignee_type codes (data download dictionary), for an organisation's name. */
        private PartyType assigneeType(String code, String name) {
            Matcher m = code == null ? null : WHOLE_NUMBER.matcher(code);
            if (m == null || !m.matches()) {
                return null;
            }
            String c = m.group(1);
            if (c.length() == 2 && c.charAt(0) == '1') {
                c = c.substring(1);
            }
            return switch (c) {
                case "2", "3" -> organisation(name);
                case "4", "5" -> PartyType.INDIVIDUAL;
                case "6", "7", "8", "9" -> PartyType.GOVERNMENT;
                default -> null;
            };
        }

        private PartyType organisation(String name) {
            PartyType byName = parties.names().classify(parties.names().normalise(name));
            return byName == null || byName == PartyType.INDIVIDUAL ? PartyType.COMPANY : byName;
        }

        private void cpc(List<Classification> into) throws Invalid {
            for (TableRow r : bySequence(PatentsViewTable.CPC_CURRENT, "cpc_sequence")) {
                String symbol = field(r, "cpc_subgroup") != null ? field(r, "cpc_subgroup") : field(r, "cpc_group");
                String code = symbol(r, ClassificationCodes.normalise(symbol), "g_cpc_current");
                if (code != null) {
                    String type = field(r, "cpc_type");
                    Boolean inventive = type == null ? null : type.equalsIgnoreCase("inventional")
                            ? Boolean.TRUE : type.equalsIgnoreCase("additional") ? Boolean.FALSE : null;
                    add(into, code, into.isEmpty(), inventive);
                }
            }
        }

        private void ipc(List<Classification> into) throws Invalid {
            List<TableRow> rows = bySequence(PatentsViewTable.IPC_AT_ISSUE, "ipc_sequence");
            boolean positioned = rows.stream().anyMatch(r -> field(r, "symbol_position") != null);
            for (TableRow r : rows) {
                String code = symbol(r, ClassificationCodes.fromParts(field(r, "section"), field(r, "ipc_class"),
                        field(r, "subclass"), field(r, "main_group"), field(r, "subgroup")), "g_ipc_at_issue");
                if (code != null) {
                    String value = field(r, "classification_value");
                    Boolean inventive = value == null ? null : value.equals("I") ? Boolean.TRUE
                            : value.equals("N") ? Boolean.FALSE : null;
                    boolean main = positioned ? "F".equals(field(r, "symbol_position")) : into.isEmpty();
                    add(into, code, main, inventive);
                }
            }
        }

        private String symbol(TableRow r, Parsed<String> code, String table) throws Invalid {
            if (code instanceof Parsed.Invalid<String> i) {
                throw invalid(r, RejectReason.MALFORMED_RECORD, table + ": " + i.reason() + " (patent_id "
                        + patentId + ")");
            }
            return code.orNull();
        }

        private static void add(List<Classification> into, String code, boolean main, Boolean inventive) {
            for (Classification c : into) {
                if (c.code().equals(code)) {
                    return;
                }
            }
            into.add(new Classification(code, main, inventive));
        }

        private LocalDate date(TableRow row, String column) throws Invalid {
            Parsed<LocalDate> d = PatentDates.parse(field(row, column));
            if (d instanceof Parsed.Invalid<LocalDate> i) {
                throw invalid(row, RejectReason.INVALID_DATE, row.table() + ": " + column + " of " + patentId
                        + ": " + i.reason());
            }
            return d.orNull();
        }

        private static Invalid invalid(TableRow row, RejectReason reason, String message) {
            return new Invalid(new Reject(SourceFormat.PATENTSVIEW_TSV, row.source().file(), row.source().locator(),
                    Reject.TABLE_PATENTS, reason, message, row.excerpt()));
        }
    }

    private static final Comparator<TableRow> FILE_ORDER = Comparator
            .comparing((TableRow r) -> r.source().file())
            .thenComparingLong(r -> lineOf(r.source().locator()));

    private static long lineOf(String locator) {
        if (locator != null && locator.startsWith("line ")) {
            try {
                return Long.parseLong(locator.substring(5));
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }

    /** Sequence numbers as PatentsView writes them ({@code 3}, or {@code 3.0}); anything else sorts last. */
    private static long sequence(String value) {
        if (value != null) {
            Matcher m = WHOLE_NUMBER.matcher(value);
            if (m.matches() && m.group(1).length() < 18) {
                return Long.parseLong(m.group(1));
            }
        }
        return Long.MAX_VALUE;
    }

    private static String field(TableRow row, String column) {
        String v = row.fields().get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String where(TableRow row) {
        return row.source().file() + " " + row.source().locator();
    }

    private static void putText(Map<String, String> texts, String text) {
        if (text != null) {
            texts.put("en", text);
        }
    }

    private static boolean isTrue(String flag) {
        if (flag == null) {
            return false;
        }
        Matcher m = WHOLE_NUMBER.matcher(flag);
        return m.matches() ? !m.group(1).matches("0+") : flag.equalsIgnoreCase("true");
    }

    static String personName(String first, String last) {
        if (last == null) {
            return first;
        }
        return first == null ? last : last + ", " + first;
    }

    static String address(TableRow r) {
        List<String> parts = new ArrayList<>();
        for (String column : List.of("disambig_city", "disambig_state", "disambig_country")) {
            String v = field(r, column);
            if (v != null) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * The eight digits of a US application number (two of series code, six of serial), or null
     * when the id has another shape.
     */
    static String applicationDigits(String applicationId, String seriesCode) {
        String id = applicationId.strip();
        Matcher slashed = APPLICATION_SLASHED.matcher(id);
        if (slashed.matches()) {
            return twoDigits(slashed.group(1)) + slashed.group(2);
        }
        if (DIGITS.matcher(id).matches() && id.length() == 8) {
            return id;
        }
        if (DIGITS.matcher(id).matches() && id.length() == 6 && seriesCode != null) {
            Matcher series = WHOLE_NUMBER.matcher(seriesCode);
            if (series.matches() && series.group(1).length() <= 2) {
                return twoDigits(series.group(1)) + id;
            }
        }
        return null;
    }

    private static String twoDigits(String series) {
        return series.length() == 1 ? "0" + series : series;
    }

    static PatentType patentType(String type, String kind) {
        if (type != null) {
            switch (type.toLowerCase(Locale.ROOT).replace('_', ' ').strip()) {
                case "utility": return PatentType.INVENTION;
                case "design": return PatentType.DESIGN;
                case "plant": return PatentType.PLANT;
                case "reissue": return PatentType.REISSUE;
                case "defensive publication", "statutory invention registration":
                    return PatentType.STATUTORY_REGISTRATION;
                default: break;
            }
        }
        return switch (kind.charAt(0)) {
            case 'S' -> PatentType.DESIGN;
            case 'P' -> PatentType.PLANT;
            case 'E' -> PatentType.REISSUE;
            case 'H', 'I' -> PatentType.STATUTORY_REGISTRATION;
            default -> PatentType.INVENTION;
        };
    }
}
