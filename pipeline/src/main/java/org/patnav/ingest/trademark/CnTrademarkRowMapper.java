package org.patnav.ingest.trademark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.RowProblem;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.cnexport.ExportHeader;
import org.patnav.ingest.cnexport.ExportRow;
import org.patnav.model.Party;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;
import org.patnav.normalize.ChineseText;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.PatentDates;

/** One row of a Chinese trademark export to one mark, or to one reject. See {@link CnTrademarkExportReader}. */
final class CnTrademarkRowMapper {

    static final String OFFICE = "CN";

    private static final Pattern PARTY_SEPARATORS = Pattern.compile("[;；、\\r\\n]+");
    private static final Pattern CLASS_SEPARATORS = Pattern.compile("[;；,，、/\\s]+");
    private static final Pattern NUMBER_IN = Pattern.compile("\\d+");
    /** Digits; Madrid marks designating China carry a letter ({@code G1234567}). */
    private static final Pattern MARK_NUMBER = Pattern.compile("^[A-Z]?\\d{1,10}$");
    private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s*(?:至|~|～)\\s*");
    /** What a figurative mark shows in the name column. */
    private static final Set<String> NO_WORDS = Set.of("图形", "图形商标", "-", "—");

    private record Term(LocalDate start, LocalDate end) {
    }

    private final String file;
    private final ExportHeader header;
    private final IngestContext context;

    CnTrademarkRowMapper(String file, ExportHeader header, IngestContext context) {
        this.file = file;
        this.header = header;
        this.context = context;
    }

    List<Ingested> map(ExportRow row) {
        try {
            return List.of(new Ingested.TrademarkRecord(trademark(row)));
        } catch (RowProblem p) {
            return List.of(new Ingested.Rejected(new Reject(SourceFormat.CN_TM_EXPORT, file, row.locator(),
                    Reject.TABLE_TRADEMARKS, p.reason, p.getMessage(), Reject.excerpt(row.raw()))));
        }
    }

    private Trademark trademark(ExportRow row) throws RowProblem {
        if (row.defect() != null) {
            throw new RowProblem(row.defect().reason(), row.defect().message());
        }
        Map<String, String> v = header.values(row.cells());
        String applicationNumber = number(v.get("application_number"), "application number (申请号)");
        String registrationNumber = number(v.get("registration_number"), "registration number (注册号)");
        if (applicationNumber == null && registrationNumber == null) {
            throw new RowProblem(RejectReason.MISSING_FIELD, "no trademark number (注册号, 申请号 or 申请/注册号)");
        }
        // CNIPA registers a mark under its application number: either column names the mark.
        String number = applicationNumber != null ? applicationNumber : registrationNumber;
        LocalDate filed = date(v.get("filing_date"), "filing date (申请日期)");
        LocalDate registered = date(v.get("registration_date"), "registration date (注册日期)");
        Term term = term(v);
        if (filed != null && registered != null && registered.isBefore(filed)) {
            throw new RowProblem(RejectReason.INCONSISTENT_DATES, "registration date " + registered
                    + " is before the filing date " + filed);
        }
        if (term.start() != null && term.end() != null && term.end().isBefore(term.start())) {
            throw new RowProblem(RejectReason.INCONSISTENT_DATES, "term (专用权期限) ends " + term.end()
                    + " before it starts " + term.start());
        }
        List<Integer> classes = classes(v.get("nice_class"));
        // A term that starts a year or more after the registration is a renewed one (商标法 第四十条:
        // each renewal is a new ten-year term from the end of the previous).
        LocalDate renewed = term.start() != null && registered != null && term.start().isAfter(registered.plusYears(1))
                ? term.start() : null;
        TrademarkRules rules = context.trademarkRules();
        LocalDate expiry = term.end() != null ? term.end()
                : registered == null ? null : rules.expiry(OFFICE, registered, renewed);
        String status = v.get("status");
        Boolean live = status == null ? null : rules.live(OFFICE, ChineseText.compact(status));
        String markText = v.get("mark_name");
        if (markText != null && NO_WORDS.contains(markText)) {
            markText = null;
        }
        return new Trademark(OFFICE + "-" + number, OFFICE, number,
                registrationNumber != null ? registrationNumber : registered != null ? number : null, markText,
                owners(v), classes, filed, registered, renewed, expiry, status, status, null, live,
                new SourceRef(SourceFormat.CN_TM_EXPORT, file, row.locator()), List.of());
    }

    private static String number(String text, String what) throws RowProblem {
        if (text == null || NO_WORDS.contains(text.strip())) {
            return null;
        }
        String n = ChineseText.toHalfWidth(text).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!MARK_NUMBER.matcher(n).matches()) {
            throw new RowProblem(RejectReason.INVALID_NUMBER, what + " is not a trademark number: '" + text + "'");
        }
        return n;
    }

    private static LocalDate date(String text, String what) throws RowProblem {
        Parsed<LocalDate> d = PatentDates.parse(text);
        if (d instanceof Parsed.Invalid<LocalDate> i) {
            throw new RowProblem(RejectReason.INVALID_DATE, what + ": " + i.reason());
        }
        return d.orNull();
    }

    /**
     * 专用权期限 as one cell ({@code 2013年05月21日至2023年05月20日}, {@code 2013-05-21至2023-05-20}; {@code -} or a
     * bare {@code 至} for none), else the separate start and end columns.
     */
    private static Term term(Map<String, String> v) throws RowProblem {
        String text = v.get("term");
        if (text != null) {
            String[] parts = TERM_SEPARATOR.split(ChineseText.toHalfWidth(text).strip(), -1);
            if (parts.length == 2) {
                return new Term(date(parts[0], "term start (专用权期限)"), date(parts[1], "term end (专用权期限)"));
            }
            if (PatentDates.parse(text) instanceof Parsed.Missing<LocalDate>) {
                return new Term(null, null);
            }
            throw new RowProblem(RejectReason.INVALID_DATE, "term (专用权期限) is not 'start至end': '" + text + "'");
        }
        return new Term(date(v.get("term_start"), "term start (有效期起始日)"),
                date(v.get("term_end"), "term end (有效期截止日)"));
    }

    /** {@code 29}, {@code 第29类}, {@code 29类 食品}, {@code 29;30}: Nice classes 1-45, ascending. */
    private static List<Integer> classes(String text) throws RowProblem {
        TreeSet<Integer> classes = new TreeSet<>();
        if (text == null) {
            return List.of();
        }
        for (String part : CLASS_SEPARATORS.split(ChineseText.toHalfWidth(text))) {
            Matcher m = NUMBER_IN.matcher(part);
            if (!m.find()) {
                continue; // the class's name (食品) beside its number
            }
            int nice = m.group().length() > 3 ? -1 : Integer.parseInt(m.group());
            if (nice < 1 || nice > 45) {
                throw new RowProblem(RejectReason.INVALID_NUMBER, "class (国际分类) is not a Nice class 1-45: '"
                        + text + "'");
            }
            classes.add(nice);
        }
        return List.copyOf(classes);
    }

    /**
     * Applicants and co-applicants (共同申请人), split on ；;、 and line breaks, each once. The address columns
     * describe the first applicant and the first co-applicant.
     */
    private List<Party> owners(Map<String, String> v) {
        Set<String> seen = new LinkedHashSet<>();
        List<Party> owners = new ArrayList<>();
        for (String field : List.of("applicants", "co_applicants")) {
            boolean first = true;
            for (String name : split(v.get(field))) {
                if (seen.add(name)) {
                    String address = first ? v.get(field.equals("applicants") ? "applicant_address" : "co_applicant_address")
                            : null;
                    owners.add(context.parties().of(name, null, null, address));
                }
                first = false;
            }
        }
        return owners;
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : PARTY_SEPARATORS.split(text)) {
                if (!part.isBlank() && !NO_WORDS.contains(part.strip())) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
