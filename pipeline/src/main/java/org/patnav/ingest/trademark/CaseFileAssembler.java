package org.patnav.ingest.trademark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.Ingested.TableRow;
import org.patnav.model.Party;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.Parties;
import org.patnav.normalize.PatentDates;

/**
 * Builds one mark from its Case Files rows ({@link CaseFileReader} emits them, the Spark job groups them
 * by dataset and serial number). Pure Java, no Spark, so the rules are tested here.
 *
 * <ul>
 * <li>Exactly one {@code case_file} row: owner or class rows without one are a reject
 * ({@code UNMATCHED_ROWS}: the dataset holds parties or classes of a mark it does not list); two are a
 * reject too. A case file without owner or class rows is still a mark, with none.</li>
 * <li>Id {@code US-<serial_no>}, the id TSDR documents give the same mark, so the two merge; the serial
 * number must be eight digits ({@code INVALID_NUMBER}). {@code registration_no} blank or all zeros: not
 * registered.</li>
 * <li>Dates ({@code filing_dt}, {@code registration_dt}, {@code renewal_dt}, {@code cfh_status_dt}) as
 * {@code 2001-05-14} or {@code 20010514}; one that does not parse rejects the mark ({@code INVALID_DATE}).</li>
 * <li>Status {@code cfh_status_cd}, the same code TSDR gives; its description and live/dead from
 * {@code trademark-status.tsv}. Expiry from the latest renewal or the registration by
 * {@code trademark-terms.tsv}, as for TSDR.</li>
 * <li>Owners: the {@code owner} rows of the highest {@code own_type_cd} (10 original applicant ... 30
 * original registrant, 31 subsequent owner after registration), as TSDR's current owners, in
 * {@code own_seq} order. Country {@code own_addr_country_cd}; a row with only a state code
 * ({@code own_addr_state_cd}) is a US address.</li>
 * <li>Nice classes: {@code intl_class_cd} of the {@code intl_class} rows; a {@code classification} row
 * whose {@code class_id} has no intl_class row adds its {@code class_primary_cd} when the mark was filed
 * from 1973-09-01, when the USPTO adopted the Nice classes (before, the primary class is an old US
 * class). Only 1-45 are kept: the old US classes and the letter codes of certification marks are not
 * Nice classes.</li>
 * </ul>
 */
public final class CaseFileAssembler {

    static final String OFFICE = "US";
    /** The USPTO classifies by the Nice classes from this day (37 CFR 6.1); primary classes before are US classes. */
    static final LocalDate NICE_FROM = LocalDate.of(1973, 9, 1);

    private static final Pattern SERIAL = Pattern.compile("^\\d{8}$");
    private static final Pattern CODE = Pattern.compile("^\\d{1,3}$");
    private static final Comparator<TableRow> FILE_ORDER = Comparator
            .comparing((TableRow r) -> r.source().file()).thenComparing(r -> lineOf(r.source().locator()));

    private CaseFileAssembler() {
    }

    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Reject reject;

        Invalid(Reject reject) {
            super(reject.reason(), null, false, false);
            this.reject = reject;
        }
    }

    /**
     * The mark of one serial number from its rows of any table, or the reject it becomes.
     *
     * @param setId the dataset the rows come from, named in reject messages
     */
    public static Ingested assemble(String setId, String serial, List<TableRow> rows, Parties parties,
                                    TrademarkRules rules) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows for serial_no " + serial);
        }
        List<TableRow> ordered = rows.stream().sorted(FILE_ORDER).toList();
        try {
            return new Ingested.TrademarkRecord(build(setId, serial, ordered, parties, rules));
        } catch (Invalid e) {
            return new Ingested.Rejected(e.reject);
        }
    }

    private static Trademark build(String setId, String serial, List<TableRow> rows, Parties parties,
                                   TrademarkRules rules) throws Invalid {
        Map<String, List<TableRow>> byTable = new LinkedHashMap<>();
        for (TableRow r : rows) {
            byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r);
        }
        List<TableRow> caseFiles = byTable.getOrDefault(CaseFileTable.CASE_FILE.id(), List.of());
        if (caseFiles.isEmpty()) {
            throw invalid(rows.get(0), RejectReason.UNMATCHED_ROWS, rows.size() + " row(s) for serial_no " + serial
                    + " in " + new TreeSet<>(byTable.keySet()) + " but no case_file row (dataset " + setId + ")");
        }
        if (caseFiles.size() > 1) {
            throw invalid(caseFiles.get(1), RejectReason.UNMATCHED_ROWS, caseFiles.size()
                    + " case_file rows for serial_no " + serial + " (" + where(caseFiles.get(0)) + ", "
                    + where(caseFiles.get(1)) + "): a dataset has one");
        }
        TableRow c = caseFiles.get(0);
        if (!SERIAL.matcher(serial).matches()) {
            throw invalid(c, RejectReason.INVALID_NUMBER, "case_file: serial_no is not eight digits: '" + serial + "'");
        }
        String registrationNumber = c.fields().get("registration_no");
        if (registrationNumber != null && registrationNumber.chars().allMatch(ch -> ch == '0')) {
            registrationNumber = null;
        }
        LocalDate filed = date(c, "filing_dt");
        LocalDate registered = date(c, "registration_dt");
        LocalDate renewed = date(c, "renewal_dt");
        LocalDate statusDate = date(c, "cfh_status_dt");
        String status = c.fields().get("cfh_status_cd");
        return new Trademark(OFFICE + "-" + serial, OFFICE, serial, registrationNumber, c.fields().get("mark_id_char"),
                owners(byTable.getOrDefault(CaseFileTable.OWNER.id(), List.of()), parties),
                classes(byTable, filed), filed, registered, renewed,
                registrationNumber == null ? null : rules.expiry(OFFICE, registered, renewed), status,
                rules.meaning(OFFICE, status), statusDate, rules.live(OFFICE, status), c.source(), List.of());
    }

    private static List<Party> owners(List<TableRow> owners, Parties parties) {
        int latest = owners.stream().mapToInt(r -> code(r, "own_type_cd")).max().orElse(-1);
        List<Party> out = new ArrayList<>();
        owners.stream().filter(r -> code(r, "own_type_cd") == latest && r.fields().get("own_name") != null)
                .sorted(Comparator.comparingInt((TableRow r) -> code(r, "own_seq")).thenComparing(FILE_ORDER))
                .forEach(r -> {
                    Map<String, String> f = r.fields();
                    String country = f.get("own_addr_country_cd");
                    if (country == null && f.get("own_addr_state_cd") != null) {
                        country = "US";
                    }
                    List<String> address = new ArrayList<>();
                    for (String column : List.of("own_addr_1", "own_addr_2", "own_addr_city", "own_addr_state_cd",
                            "own_addr_postal", "own_addr_country_cd")) {
                        if (f.get(column) != null) {
                            address.add(f.get(column));
                        }
                    }
                    out.add(parties.of(f.get("own_name"), null, country,
                            address.isEmpty() ? null : String.join(", ", address)));
                });
        return out;
    }

    private static List<Integer> classes(Map<String, List<TableRow>> byTable, LocalDate filed) {
        TreeSet<Integer> classes = new TreeSet<>();
        Set<String> withIntl = new HashSet<>();
        for (TableRow r : byTable.getOrDefault(CaseFileTable.INTL_CLASS.id(), List.of())) {
            withIntl.add(String.valueOf(r.fields().get("class_id")));
            addNice(classes, r.fields().get("intl_class_cd"));
        }
        boolean nicePrimary = filed != null && !filed.isBefore(NICE_FROM);
        for (TableRow r : byTable.getOrDefault(CaseFileTable.CLASSIFICATION.id(), List.of())) {
            if (nicePrimary && !withIntl.contains(String.valueOf(r.fields().get("class_id")))) {
                addNice(classes, r.fields().get("class_primary_cd"));
            }
        }
        return List.copyOf(classes);
    }

    private static void addNice(TreeSet<Integer> classes, String code) {
        if (code != null && CODE.matcher(code.strip()).matches()) {
            int c = Integer.parseInt(code.strip());
            if (c >= 1 && c <= 45) {
                classes.add(c);
            }
        }
    }

    /** A whole-number code ({@code 30}, {@code 2}); -1 when blank or not a number. */
    private static int code(TableRow r, String column) {
        String v = r.fields().get(column);
        return v != null && CODE.matcher(v.strip()).matches() ? Integer.parseInt(v.strip()) : -1;
    }

    private static LocalDate date(TableRow r, String column) throws Invalid {
        Parsed<LocalDate> d = PatentDates.parse(r.fields().get(column));
        if (d instanceof Parsed.Invalid<LocalDate> i) {
            throw invalid(r, RejectReason.INVALID_DATE, r.table() + ": " + column + ": " + i.reason());
        }
        return d.orNull();
    }

    private static Invalid invalid(TableRow r, RejectReason reason, String message) {
        return new Invalid(new Reject(SourceFormat.USPTO_TM_CASEFILES, r.source().file(), r.source().locator(),
                Reject.TABLE_TRADEMARKS, reason, message, r.excerpt()));
    }

    private static String where(TableRow r) {
        SourceRef s = r.source();
        return s.file() + " " + s.locator();
    }

    private static long lineOf(String locator) {
        String digits = locator.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits.length() > 18 ? digits.substring(0, 18) : digits);
    }
}
