package org.patnav.ingest.cnexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.RowProblem;
import org.patnav.ingest.Ingested;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.LegalEvent;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.normalize.ChineseText;
import org.patnav.normalize.ClassificationCodes;
import org.patnav.normalize.CnApplicationNumber;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.PatentDates;
import org.patnav.normalize.PublicationNumber;
import org.patnav.normalize.RegionCode;

/**
 * One export row to its publications and legal events, or to one reject. See {@link CnExportReader}
 * for the rules.
 */
final class CnExportRowMapper {

    private static final Pattern PARTY_SEPARATORS = Pattern.compile("[;；|、\\r\\n]+");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[;；,，|\\r\\n]+");
    private static final Pattern MULTI_VALUE_SEPARATORS = Pattern.compile("[;；|\\r\\n]+");
    private static final Pattern PROVINCE = Pattern.compile("(?<!\\d)(\\d{2})(?:0000)?(?!\\d)");
    /** {@code CN202010123456.7}, {@code JP 2019-123456}; not the PC of {@code PCT/CN2020/070001}. */
    private static final Pattern LEADING_COUNTRY = Pattern.compile("^([A-Z]{2})(?![A-Z])[-\\s]*(.+)$");
    /** The row's own dates: one each. */
    private static final List<String> DATE_FIELDS = List.of(
            "filing_date", "publication_date", "grant_date", "lapse_date");
    /** The date of the row's latest legal status (法律状态公告日): it dates the last status part only. */
    private static final String LATEST_STATUS_DATE = "legal_status_date";
    /** CN grant kinds: B/C inventions, U/Y utility models, S/D designs (and the same letters abroad). */
    private static final String GRANT_KINDS = "BCUYSD";

    private record Dated(PublicationNumber number, LocalDate date) {
    }

    private final String file;
    private final ExportHeader header;
    private final IngestContext context;

    CnExportRowMapper(String file, ExportHeader header, IngestContext context) {
        this.file = file;
        this.header = header;
        this.context = context;
    }

    /** The row's publications, then its legal events; or a single reject. */
    List<Ingested> map(ExportRow row) {
        try {
            return records(row);
        } catch (RowProblem p) {
            return List.of(new Ingested.Rejected(new Reject(SourceFormat.CN_EXPORT, file, row.locator(),
                    Reject.TABLE_PATENTS, p.reason, p.getMessage(), Reject.excerpt(row.raw()))));
        }
    }

    private List<Ingested> records(ExportRow row) throws RowProblem {
        if (row.defect() != null) {
            throw new RowProblem(row.defect().reason(), row.defect().message());
        }
        Map<String, String> v = header.values(row.cells());

        Map<String, LocalDate> dates = new HashMap<>();
        for (String field : DATE_FIELDS) {
            LocalDate d = date(field, v.get(field));
            if (d != null) {
                dates.put(field, d);
            }
        }
        Map<String, List<LocalDate>> eventDates = new HashMap<>();
        dates.forEach((field, d) -> eventDates.put(field, List.of(d)));
        for (String field : context.cnLegalStatus().dateFields()) {
            if (!DATE_FIELDS.contains(field)) {
                List<LocalDate> listed = new ArrayList<>();
                for (String part : split(v.get(field), MULTI_VALUE_SEPARATORS)) {
                    listed.add(date(field, part));
                }
                eventDates.put(field, listed);
            }
        }
        List<LocalDate> priorityDates = new ArrayList<>();
        for (String part : split(v.get("priority_date"), MULTI_VALUE_SEPARATORS)) {
            priorityDates.add(date("priority_date", part));
        }
        LocalDate filed = dates.get("filing_date");
        LocalDate granted = dates.get("grant_date");

        List<Dated> publications = publications(v, dates.get("publication_date"), granted);
        for (Dated p : publications) {
            if (filed != null && filed.isAfter(p.date())) {
                throw new RowProblem(RejectReason.INCONSISTENT_DATES, "filing date " + filed
                        + " is after the publication date " + p.date() + " of " + p.number().pubId());
            }
        }
        String country = publications.get(0).number().country();
        boolean cn = country.equals("CN");
        CnApplicationNumber cnApplication = cn ? cnApplicationNumber(v.get("application_number"),
                publications.get(0).number()) : null;

        Publication.Builder common = Publication.builder();
        if (cnApplication != null) {
            common.applicationId = cnApplication.applicationId();
            common.applicationNumber = cnApplication.formatted();
        } else {
            String raw = v.get("application_number");
            String digits = raw == null ? "" : raw.replaceAll("\\D", "");
            common.applicationId = digits.isEmpty() ? null : country + "-" + digits;
            common.applicationNumber = raw;
        }
        common.filingDate = filed;
        common.grantDate = granted != null ? granted : publications.stream()
                .filter(p -> isGrantKind(p.number().kind())).map(Dated::date).findFirst().orElse(null);
        common.priorities.addAll(priorities(v.get("priority")));
        common.priorityDate = earliest(common.priorities, priorityDates).orElse(filed);
        putText(common.title, v.get("title"));
        putText(common.abstractText, v.get("abstract"));
        putText(common.claims, v.get("first_claim"));
        if (v.containsKey("title_en")) {
            common.title.put("en", v.get("title_en"));
        }
        if (v.containsKey("abstract_en")) {
            common.abstractText.put("en", v.get("abstract_en"));
        }
        common.claimCount = claimCount(v.get("claim_count"));
        addApplicants(common.applicants, v);
        // 当前权利人 are named without an address; the one a transfer's 受让人地址 locates (the transferee listed
        // last, who holds the patent now) takes it, so a patent bought into a region is placed there.
        List<String> transferees = split(v.get("transferees"), PARTY_SEPARATORS);
        String holder = transferees.isEmpty() ? null : transferees.getLast();
        for (String name : split(v.get("current_owners"), PARTY_SEPARATORS)) {
            common.owners.add(context.parties().of(name, null, null,
                    name.equals(holder) ? v.get("transferees_address") : null));
        }
        for (String name : split(v.get("inventors"), PARTY_SEPARATORS)) {
            common.inventors.add(context.parties().of(name, PartyType.INDIVIDUAL, null, null));
        }
        addClassifications(common.ipc, v.get("main_ipc"), true);
        addClassifications(common.ipc, v.get("ipc"), false);
        addClassifications(common.cpc, v.get("cpc"), false);
        for (String cited : split(v.get("citations"), CODE_SEPARATORS)) {
            common.citations.add(new Citation(PublicationNumber.parse(cited).toOptional()
                    .map(PublicationNumber::pubId).orElse(cited), null));
        }
        common.sourceLegalStatus = v.get("legal_status");
        common.source = new SourceRef(SourceFormat.CN_EXPORT, file, row.locator());
        PatentType statedType = patentTypeFromText(v.get("patent_type"));

        List<Ingested> out = new ArrayList<>();
        Publication template = common.build();
        for (Dated p : publications) {
            Publication.Builder b = template.toBuilder();
            PublicationNumber n = p.number();
            b.pubId = n.pubId();
            b.country = n.country();
            b.number = n.number();
            b.kind = n.kind();
            b.publicationDate = p.date();
            b.patentType = statedType != null ? statedType
                    : cnApplication != null ? cnApplication.patentType() : patentTypeFromKind(n.kind());
            out.add(new Ingested.PatentRecord(b.build()));
        }
        if (cn) {
            Dated latest = publications.stream().max(Comparator.comparing(Dated::date)).orElseThrow();
            out.addAll(events(v, eventDates, latest.number(), template));
        }
        return out;
    }

    /**
     * One {@code 公开（公告）号} gives one publication; separate {@code 公开号} and {@code 公告号}
     * columns give one each: the application publication dated by the publication date, the grant
     * by the grant date (by the publication date when the row has no application publication, as
     * utility models and designs never do).
     */
    private List<Dated> publications(Map<String, String> v, LocalDate published, LocalDate granted)
            throws RowProblem {
        String single = v.get("publication_number");
        if (single != null) {
            PublicationNumber n = publicationNumber(single, "publication number (公开（公告）号)");
            return List.of(new Dated(n, required(published, "publication date for " + n.pubId())));
        }
        String application = v.get("application_publication_number");
        String grant = v.get("grant_publication_number");
        if (application == null && grant == null) {
            throw new RowProblem(RejectReason.MISSING_FIELD,
                    "no publication number (公开（公告）号, 公开号 or 公告号)");
        }
        List<Dated> out = new ArrayList<>();
        if (application != null) {
            PublicationNumber n = publicationNumber(application, "application publication number (公开号)");
            out.add(new Dated(n, required(published, "publication date for " + n.pubId())));
        }
        if (grant != null) {
            PublicationNumber n = publicationNumber(grant, "grant publication number (公告号)");
            if (out.isEmpty() || !out.get(0).number().pubId().equals(n.pubId())) {
                LocalDate date = granted != null ? granted : out.isEmpty() ? published : null;
                out.add(new Dated(n, required(date, "grant date for " + n.pubId())));
            }
        }
        return out;
    }

    private static PublicationNumber publicationNumber(String text, String what) throws RowProblem {
        return switch (PublicationNumber.parse(text)) {
            case Parsed.Value<PublicationNumber> n -> n.value();
            case Parsed.Missing<PublicationNumber> m -> throw new RowProblem(RejectReason.MISSING_FIELD, "no " + what);
            case Parsed.Invalid<PublicationNumber> i ->
                    throw new RowProblem(RejectReason.INVALID_NUMBER, what + ": " + i.reason());
        };
    }

    private static CnApplicationNumber cnApplicationNumber(String text, PublicationNumber publication)
            throws RowProblem {
        return switch (CnApplicationNumber.parse(text)) {
            case Parsed.Value<CnApplicationNumber> n -> n.value();
            case Parsed.Missing<CnApplicationNumber> m -> throw new RowProblem(RejectReason.MISSING_FIELD,
                    "no application number (申请号) for " + publication.pubId());
            case Parsed.Invalid<CnApplicationNumber> i -> throw new RowProblem(
                    CnApplicationNumber.hasWrongCheckChar(text) ? RejectReason.BAD_CHECK_DIGIT : RejectReason.INVALID_NUMBER,
                    "application number: " + i.reason());
        };
    }

    private static LocalDate date(String field, String text) throws RowProblem {
        Parsed<LocalDate> d = PatentDates.parse(text);
        if (d instanceof Parsed.Invalid<LocalDate> i) {
            throw new RowProblem(RejectReason.INVALID_DATE, field + ": " + i.reason());
        }
        return d.orNull();
    }

    private static LocalDate required(LocalDate date, String what) throws RowProblem {
        if (date == null) {
            throw new RowProblem(RejectReason.MISSING_FIELD, "no " + what);
        }
        return date;
    }

    private static boolean isGrantKind(String kind) {
        return kind != null && GRANT_KINDS.indexOf(kind.charAt(0)) >= 0;
    }

    /** 专利类型 / 文献类型 text: 发明, 发明申请, 发明授权, 发明专利, 实用新型, 外观设计. */
    static PatentType patentTypeFromText(String text) {
        if (text == null) {
            return null;
        }
        String s = ChineseText.compact(text);
        if (s.contains("实用新型")) {
            return PatentType.UTILITY_MODEL;
        }
        if (s.contains("外观设计")) {
            return PatentType.DESIGN;
        }
        return s.contains("发明") ? PatentType.INVENTION : null;
    }

    /**
     * Kind letters as CN uses them (A, B, C invention; U, Y utility model; S, D design), which the
     * offices whose documents exports mix in (JP, KR, EP, US, DE) share closely enough.
     */
    private static PatentType patentTypeFromKind(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind.charAt(0)) {
            case 'A', 'B', 'C' -> PatentType.INVENTION;
            case 'U', 'Y' -> PatentType.UTILITY_MODEL;
            case 'S', 'D' -> PatentType.DESIGN;
            default -> null;
        };
    }

    private static void putText(Map<String, String> texts, String text) {
        if (text != null) {
            texts.put(ChineseText.containsHan(text) ? "zh" : "en", text);
        }
    }

    private static Integer claimCount(String text) throws RowProblem {
        if (text == null || text.equals("-")) {
            return null;
        }
        try {
            return Integer.valueOf(ChineseText.toHalfWidth(text).strip());
        } catch (NumberFormatException e) {
            throw new RowProblem(RejectReason.INVALID_NUMBER, "claim_count is not a number: " + text);
        }
    }

    /**
     * The export's address and 国省代码 describe the first applicant only. The province code fills
     * in the region when the address gave none; 71, 81 and 82 (Taiwan, Hong Kong, Macao) are not
     * applied, as PatNav keeps them apart from CN.
     */
    private void addApplicants(List<Party> into, Map<String, String> v) {
        List<String> names = split(v.get("applicants"), PARTY_SEPARATORS);
        for (int i = 0; i < names.size(); i++) {
            into.add(context.parties().of(names.get(i), null, null, i == 0 ? v.get("applicant_address") : null));
        }
        String provinceCode = v.get("province_code");
        if (into.isEmpty() || provinceCode == null || into.get(0).regionCode() != null) {
            return;
        }
        Party first = into.get(0);
        Matcher m = PROVINCE.matcher(ChineseText.toHalfWidth(provinceCode));
        if (!m.find()) {
            return;
        }
        String province = m.group(1) + "0000";
        if (!RegionCode.isValid(province) || Integer.parseInt(m.group(1)) > 65
                || (first.country() != null && !first.country().equals("CN"))) {
            return;
        }
        into.set(0, new Party(first.rawName(), first.name(), first.type(), "CN", first.address(), province));
    }

    /** Unreadable symbols are left out, as in the other readers: a code list is not a record. */
    private static void addClassifications(List<Classification> into, String text, boolean main) {
        for (String part : split(text, CODE_SEPARATORS)) {
            String code = ClassificationCodes.normalise(part).orNull();
            if (code != null && into.stream().noneMatch(c -> c.code().equals(code))) {
                into.add(new Classification(code, main && into.isEmpty(), null));
            }
        }
    }

    /**
     * Priority claims as platforms print them, {@code CN202010123456.7 2020-03-01} or
     * {@code JP2019-123456 20190601}, read leniently: a date at either end, a country prefix, the
     * rest the number (CN numbers in CNIPA's form when they parse).
     */
    static List<Priority> priorities(String text) {
        List<Priority> out = new ArrayList<>();
        for (String entry : split(text, MULTI_VALUE_SEPARATORS)) {
            List<String> tokens = new ArrayList<>(List.of(
                    ChineseText.toHalfWidth(entry).strip().toUpperCase(Locale.ROOT).split("\\s+")));
            LocalDate date = null;
            if (tokens.size() > 1) {
                int at = PatentDates.parse(tokens.get(tokens.size() - 1)).orNull() != null ? tokens.size() - 1
                        : PatentDates.parse(tokens.get(0)).orNull() != null ? 0 : -1;
                if (at >= 0) {
                    date = PatentDates.parse(tokens.remove(at)).orNull();
                }
            }
            String number = String.join(" ", tokens);
            String country = null;
            Matcher m = LEADING_COUNTRY.matcher(number);
            if (m.matches()) {
                country = m.group(1);
                number = m.group(2);
            }
            if ("CN".equals(country)) {
                number = CnApplicationNumber.parse(number).toOptional().map(CnApplicationNumber::formatted).orElse(number);
            }
            if (!number.isBlank()) {
                out.add(new Priority(country, number, date));
            }
        }
        return out;
    }

    private static Optional<LocalDate> earliest(List<Priority> priorities, List<LocalDate> stated) {
        List<LocalDate> all = new ArrayList<>(stated);
        priorities.stream().map(Priority::date).forEach(all::add);
        return all.stream().filter(d -> d != null).min(Comparator.naturalOrder());
    }

    /**
     * Status parts that a rule names and whose date column holds a date become events; a status
     * with no date to go on ({@code 有效}, {@code 审中}) stays only in the source legal status.
     * A date column with one date dates every part it is named for; one with several (a row listing
     * two transfers under 转让执行日) gives the n-th such part the n-th date, and a part beyond the
     * dates listed stays in the source status. {@value #LATEST_STATUS_DATE} dates the last part only.
     * The parties the rule names (转让人 and 受让人 ...) go on the event: when the date column lists several
     * dates and a party column as many names, the n-th event takes the n-th name (two transfers, A to B and
     * B to C); otherwise every event takes every name listed (co-owners, or names that cannot be paired). The
     * address of the field {@code <parties>_address}, when the export has one (受让人地址), is that of the name
     * listed last: the latest transferee, who holds the patent. Identical parts (same code and date) give one
     * event.
     */
    private List<Ingested> events(Map<String, String> v, Map<String, List<LocalDate>> dates,
                                  PublicationNumber latest, Publication row) {
        Map<String, LegalEvent> events = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        List<String> parts = split(v.get("legal_status"), MULTI_VALUE_SEPARATORS);
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            boolean last = k == parts.size() - 1;
            context.cnLegalStatus().match(part).ifPresent(rule -> rule.category().ifPresent(category -> {
                List<LocalDate> listed = dates.getOrDefault(rule.dateField(), List.of());
                int n = used.merge(rule.dateField(), 1, Integer::sum) - 1;
                LocalDate date;
                if (rule.dateField().equals(LATEST_STATUS_DATE)) {
                    date = last && !listed.isEmpty() ? listed.get(0) : null;
                } else {
                    date = listed.size() == 1 ? listed.get(0) : n < listed.size() ? listed.get(n) : null;
                }
                if (date != null) {
                    List<Party> from = rule.fromParties().map(f -> parties(v, f, n, listed.size())).orElse(List.of());
                    List<Party> to = rule.toParties().map(f -> parties(v, f, n, listed.size())).orElse(List.of());
                    LegalEvent e = new LegalEvent("CN", latest.pubId(), latest.patentKey(), row.applicationId(),
                            date, rule.code(), category, part, null, null, null, null, row.filingDate(),
                            row.grantDate(), row.source(), List.of(), from, to);
                    events.putIfAbsent(e.eventKey(), e);
                }
            }));
        }
        return events.values().stream().<Ingested>map(Ingested.EventRecord::new).toList();
    }

    /**
     * The parties a field names for the n-th of {@code dates} events: the n-th name when the field lists
     * one name per date, else every name; the name listed last with the address of {@code field_address}.
     */
    private List<Party> parties(Map<String, String> v, String field, int n, int dates) {
        List<String> names = split(v.get(field), PARTY_SEPARATORS);
        String address = v.get(field + "_address");
        int last = names.size() - 1;
        if (dates > 1 && names.size() == dates) {
            return List.of(context.parties().of(names.get(n), null, null, n == last ? address : null));
        }
        List<Party> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            out.add(context.parties().of(names.get(k), null, null, k == last ? address : null));
        }
        return out;
    }

    private static List<String> split(String text, Pattern separators) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String part : separators.split(text)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
