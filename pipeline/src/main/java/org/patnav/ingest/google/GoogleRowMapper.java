package org.patnav.ingest.google;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.RejectReason;
import org.patnav.normalize.ClassificationCodes;
import org.patnav.normalize.CnApplicationNumber;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.Parties;
import org.patnav.normalize.PublicationNumber;

/**
 * Turns one row of Google's {@code publications} table into a publication.
 *
 * <p>Google keys everything by DOCDB numbers ({@code CN-101481674-B}, application
 * {@code CN-200910095505-A}); PatNav's keys are rebuilt from them so that a Google row and the
 * office's own record of the same document meet: CN applications get the CNIPA check digit, US
 * applications the USPTO's series-code form from {@code application_number_formatted} (Google's
 * DOCDB application number for old US patents is not the USPTO's number).
 */
final class GoogleRowMapper {

    /** Thrown for a row that parses but cannot become a publication. */
    static final class Invalid extends Exception {
        final RejectReason reason;

        Invalid(RejectReason reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private static final Pattern DOCDB_APPLICATION = Pattern.compile("^([A-Z]{2})-(.+?)(?:-[A-Z][0-9]?)?$");
    private static final Pattern US_SERIAL = Pattern.compile("^(\\d{2})(\\d{3})(\\d{3})$");

    private record Named(String name, String country) {
    }

    private final Parties parties;

    GoogleRowMapper(Parties parties) {
        this.parties = parties;
    }

    Publication.Builder map(GoogleRow row) throws Invalid, GoogleRow.BadNestedJson {
        PublicationNumber n = publicationNumber(row);
        LocalDate published = date(row, "publication_date");
        if (published == null) {
            throw new Invalid(RejectReason.MISSING_FIELD, n.pubId() + ": no publication_date");
        }
        LocalDate filed = date(row, "filing_date");
        if (filed != null && filed.isAfter(published)) {
            throw new Invalid(RejectReason.INCONSISTENT_DATES, n.pubId() + ": filing date " + filed
                    + " is after publication date " + published);
        }
        LocalDate granted = date(row, "grant_date");
        LocalDate statedPriority = date(row, "priority_date");

        Publication.Builder b = Publication.builder();
        b.pubId = n.pubId();
        b.country = n.country();
        b.number = n.number();
        b.kind = n.kind();
        b.publicationDate = published;
        b.filingDate = filed;
        b.grantDate = granted;
        b.familyId = familyId(row.text("family_id"));
        // Google's pct_number names the international application an application comes from (blank for
        // a direct filing): an EP publication with one is a Euro-PCT application (EPC Art. 153).
        b.pctNumber = row.text("pct_number");
        String entity = row.text("entity_status");
        b.entityStatus = entity == null ? null : entity.toLowerCase(Locale.ROOT);

        CnApplicationNumber cn = application(row, n, b);
        b.patentType = patentType(n, cn, row.text("application_kind"));

        priorities(row.nested("priority_claim"), b.priorities);
        b.priorityDate = statedPriority != null ? statedPriority
                : b.priorities.stream().map(Priority::date).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(filed);

        texts(row.nested("title_localized"), b.title);
        texts(row.nested("abstract_localized"), b.abstractText);
        texts(row.nested("claims_localized"), b.claims);
        classifications(row.nested("ipc"), b.ipc);
        classifications(row.nested("cpc"), b.cpc);
        citations(row.nested("citation"), b.citations);

        // USPTO XML names the inventors as applicants and the owner as assignee; Google's US
        // "assignee" is that owner. Elsewhere the assignee column holds the applicants.
        List<Party> owners = "US".equals(n.country()) ? b.assignees : b.applicants;
        parties(row.nested("assignee"), row.nested("assignee_harmonized"), null, owners);
        parties(row.nested("inventor"), row.nested("inventor_harmonized"), PartyType.INDIVIDUAL, b.inventors);
        return b;
    }

    private static PublicationNumber publicationNumber(GoogleRow row) throws Invalid {
        String text = row.text("publication_number");
        Parsed<PublicationNumber> parsed = PublicationNumber.parse(text);
        if (parsed instanceof Parsed.Missing<PublicationNumber>) {
            throw new Invalid(RejectReason.MISSING_FIELD, "no publication_number");
        }
        if (parsed instanceof Parsed.Invalid<PublicationNumber> i) {
            throw new Invalid(RejectReason.INVALID_NUMBER, "publication_number: " + i.reason());
        }
        PublicationNumber n = parsed.orNull();
        if (n.kind() != null) {
            return n;
        }
        String kind = row.text("kind_code");
        if (kind == null) {
            throw new Invalid(RejectReason.MISSING_FIELD, "no kind code for " + text);
        }
        Parsed<PublicationNumber> withKind = PublicationNumber.of(n.country(), n.number(), kind);
        if (withKind instanceof Parsed.Invalid<PublicationNumber> i) {
            throw new Invalid(RejectReason.INVALID_NUMBER, "publication_number: " + i.reason());
        }
        return withKind.orNull();
    }

    private static LocalDate date(GoogleRow row, String column) throws Invalid {
        Parsed<LocalDate> d = row.date(column);
        if (d instanceof Parsed.Invalid<LocalDate> i) {
            throw new Invalid(RejectReason.INVALID_DATE, row.text("publication_number") + ": "
                    + column + ": " + i.reason());
        }
        return d.orNull();
    }

    private static String familyId(String text) {
        return text == null || text.equals("-1") ? null : text;
    }

    /** Fills applicationId and applicationNumber; returns the CN number when there is one. */
    private static CnApplicationNumber application(GoogleRow row, PublicationNumber n, Publication.Builder b)
            throws Invalid {
        String docdb = row.text("application_number");
        String formatted = row.text("application_number_formatted");
        if (n.country().equals("CN")) {
            CnApplicationNumber cn = cnApplication(n, docdb, formatted);
            if (cn != null) {
                b.applicationId = cn.applicationId();
                b.applicationNumber = cn.formatted();
                return cn;
            }
        } else if (n.country().equals("US") && formatted != null) {
            Matcher serial = US_SERIAL.matcher(formatted.replaceAll("\\D", ""));
            if (serial.matches()) {
                b.applicationId = "US-" + serial.group(1) + serial.group(2) + serial.group(3);
                b.applicationNumber = serial.group(1) + "/" + serial.group(2) + "," + serial.group(3);
                return null;
            }
        }
        if (docdb != null) {
            Matcher m = DOCDB_APPLICATION.matcher(docdb.toUpperCase(Locale.ROOT));
            b.applicationId = m.matches() ? m.group(1) + "-" + m.group(2) : n.country() + "-" + docdb;
        }
        b.applicationNumber = formatted;
        return null;
    }

    /**
     * The CN application number from the DOCDB column, else from the formatted one. A wrong check
     * digit in either rejects the row: the number was mistyped and would join the wrong
     * application. Numbers in no CNIPA scheme (older DOCDB variants) fall back to the generic form.
     */
    private static CnApplicationNumber cnApplication(PublicationNumber n, String docdb, String formatted)
            throws Invalid {
        CnApplicationNumber found = null;
        for (String text : new String[] {docdb, formatted}) {
            Parsed<CnApplicationNumber> parsed = CnApplicationNumber.parse(text);
            if (parsed instanceof Parsed.Invalid<CnApplicationNumber> i && CnApplicationNumber.hasWrongCheckChar(text)) {
                throw new Invalid(RejectReason.BAD_CHECK_DIGIT, n.pubId() + ": " + i.reason());
            }
            if (found == null) {
                found = parsed.orNull();
            }
        }
        return found;
    }

    static PatentType patentType(PublicationNumber n, CnApplicationNumber cn, String applicationKind) {
        char kind = n.kind().charAt(0);
        return switch (n.country()) {
            case "CN" -> cn != null ? cn.patentType() : switch (kind) {
                case 'U', 'Y' -> PatentType.UTILITY_MODEL;
                case 'S', 'D' -> PatentType.DESIGN;
                default -> PatentType.INVENTION;
            };
            case "US" -> switch (kind) {
                case 'S' -> PatentType.DESIGN;
                case 'P' -> PatentType.PLANT;
                case 'E' -> PatentType.REISSUE;
                case 'H' -> PatentType.STATUTORY_REGISTRATION;
                default -> PatentType.INVENTION;
            };
            // DOCDB application kinds: U utility model, F design (industrial design) application.
            default -> switch (applicationKind == null ? "" : applicationKind) {
                case "U" -> PatentType.UTILITY_MODEL;
                case "F" -> PatentType.DESIGN;
                default -> PatentType.INVENTION;
            };
        };
    }

    /**
     * The earlier applications claimed, as country and bare number ({@code JP-10841378-A} becomes JP,
     * 10841378), the convention the XML readers follow. An unreadable claim date leaves that claim
     * undated rather than rejecting the publication: the row's own priority_date still dates it.
     */
    private static void priorities(JsonNode claims, List<Priority> into) {
        for (JsonNode c : claims) {
            String number = text(c, "application_number");
            if (number == null) {
                continue;
            }
            Matcher m = DOCDB_APPLICATION.matcher(number.toUpperCase(Locale.ROOT));
            String country = m.matches() ? m.group(1) : null;
            String bare = m.matches() ? m.group(2) : number;
            into.add(new Priority(country, bare, GoogleRow.date(c.get("filing_date")).orNull()));
        }
    }

    /** {language, text, truncated} entries by lower-case language; the first text per language wins. */
    private static void texts(JsonNode entries, Map<String, String> into) {
        for (JsonNode e : entries) {
            String text = text(e, "text");
            if (text == null) {
                continue;
            }
            String language = text(e, "language");
            // "und" (ISO 639-2 undetermined) keeps a text whose language Google left blank.
            String key = language == null ? "und" : language.toLowerCase(Locale.ROOT);
            into.putIfAbsent(key, text);
        }
    }

    /**
     * {code, first, inventive} entries. A code that is not an IPC/CPC symbol is skipped, not the
     * publication: Japanese FI symbols ({@code A23L1/28@Z}) and other national schemes leak into
     * these columns, and one foreign symbol says nothing against the rest of the record.
     */
    private static void classifications(JsonNode entries, List<Classification> into) {
        for (JsonNode e : entries) {
            String code = ClassificationCodes.normalise(text(e, "code")).orNull();
            if (code == null || into.stream().anyMatch(c -> c.code().equals(code))) {
                continue;
            }
            JsonNode inventive = e.get("inventive");
            into.add(new Classification(code, e.path("first").asBoolean(false),
                    inventive == null || !inventive.isBoolean() ? null : inventive.asBoolean()));
        }
    }

    /** Patent citations only: entries with just npl_text cite literature, not a publication. */
    private static void citations(JsonNode entries, List<Citation> into) {
        for (JsonNode e : entries) {
            String cited = text(e, "publication_number");
            if (cited == null) {
                continue;
            }
            String id = PublicationNumber.parse(cited).toOptional().map(PublicationNumber::pubId).orElse(cited);
            into.add(new Citation(id, text(e, "category")));
        }
    }

    /**
     * Names from the original-language column ({@code assignee}: Chinese for CN), else from the
     * harmonised English one, which lists the same parties in another order and so cannot be
     * paired name by name. Its country code is used only when all the parties share one.
     */
    private void parties(JsonNode original, JsonNode harmonized, PartyType type, List<Party> into) {
        List<Named> english = new ArrayList<>();
        for (JsonNode h : harmonized) {
            String name = h.isTextual() ? blankToNull(h.asText()) : text(h, "name");
            if (name != null) {
                english.add(new Named(name, h.isObject() ? text(h, "country_code") : null));
            }
        }
        List<String> countries = english.stream().map(Named::country).filter(Objects::nonNull).distinct().toList();
        String country = countries.size() == 1 ? countries.getFirst() : null;
        List<String> names = new ArrayList<>();
        for (JsonNode o : original) {
            String name = o.isTextual() ? blankToNull(o.asText()) : text(o, "name");
            if (name != null) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            english.forEach(e -> names.add(e.name()));
        }
        for (String name : names) {
            into.add(parties.of(name, type, country, null));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : blankToNull(v.asText());
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
