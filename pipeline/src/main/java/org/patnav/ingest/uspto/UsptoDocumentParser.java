package org.patnav.ingest.uspto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.normalize.ClassificationCodes;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.Parties;
import org.patnav.normalize.PatentDates;
import org.patnav.normalize.PublicationNumber;

/**
 * Reads one USPTO grant or application document (DTD v4.0 to v4.7) into a publication.
 *
 * <p>What differs between DTD versions is handled where it occurs: v4.0-v4.2 put applicants, who
 * were the inventors, under {@code parties/applicants} (app-type "applicant-inventor"), v4.3 and
 * later have {@code us-parties} with separate {@code inventors}; citations are
 * {@code references-cited/citation} before v4.2 and {@code us-references-cited/us-citation} after;
 * IPC is the edition-7 {@code classification-ipc} text in early v4.0 files and
 * {@code classifications-ipcr} later; CPC ({@code classifications-cpc}) appears from 2013.
 * The description is skipped: the model keeps title, abstract and claims.
 */
final class UsptoDocumentParser {

    /** Thrown for a document that parses but cannot become a publication. */
    static final class Invalid extends Exception {
        final org.patnav.model.RejectReason reason;

        Invalid(org.patnav.model.RejectReason reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private record DocId(String country, String number, String kind, String date) {
    }

    private record RawParty(String orgName, String lastName, String firstName, String city, String state,
                            String country, String appType) {
        boolean isPerson() {
            return orgName == null && lastName != null;
        }

        String name() {
            if (orgName != null) {
                return orgName;
            }
            if (lastName == null) {
                return firstName;
            }
            return firstName == null ? lastName : lastName + ", " + firstName;
        }

        String address() {
            List<String> parts = new ArrayList<>();
            for (String p : new String[] {city, state, country}) {
                if (p != null && !p.isBlank()) {
                    parts.add(p);
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
    }

    private final Parties parties;
    private final XMLStreamReader r;

    private boolean grantDocument;
    private DocId publication;
    private DocId application;
    private String applType;
    private Integer termExtension;
    /** A reissue's original patent: us-related-documents/reissue/relation/parent-doc/parent-grant-document. */
    private DocId originalGrant;
    private String lang = "en";
    private String title;
    private String abstractText;
    private final StringBuilder claims = new StringBuilder();
    private Integer claimCount;
    private final List<Classification> ipc = new ArrayList<>();
    private final List<Classification> cpc = new ArrayList<>();
    private final List<Priority> priorities = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<RawParty> applicants = new ArrayList<>();
    private final List<RawParty> inventors = new ArrayList<>();
    private final List<RawParty> assignees = new ArrayList<>();

    UsptoDocumentParser(XMLStreamReader reader, Parties parties) {
        this.r = reader;
        this.parties = parties;
    }

    /** The root element name, after moving past the prolog; null for an empty document. */
    static String root(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                return r.getLocalName();
            }
        }
        return null;
    }

    /** Parses the document whose root START_ELEMENT ({@code us-patent-grant} or -application) the reader is on. */
    Publication.Builder parse() throws XMLStreamException, Invalid {
        grantDocument = r.getLocalName().equals("us-patent-grant");
        String sourceLang = r.getAttributeValue(null, "lang");
        if (sourceLang != null && !sourceLang.isBlank()) {
            lang = sourceLang.toLowerCase(Locale.ROOT);
        }
        while (Stax.nextChild(r)) {
            switch (r.getLocalName()) {
                case "us-bibliographic-data-grant", "us-bibliographic-data-application" -> bibliographic();
                case "abstract" -> abstractText = Stax.text(r);
                case "claims" -> claims();
                default -> Stax.skip(r);
            }
        }
        return build();
    }

    private void bibliographic() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            switch (r.getLocalName()) {
                case "publication-reference" -> publication = docIdWithin();
                case "application-reference" -> {
                    applType = r.getAttributeValue(null, "appl-type");
                    application = docIdWithin();
                }
                case "us-term-of-grant" -> termOfGrant();
                case "priority-claims" -> priorityClaims();
                case "classifications-ipcr" -> ipcr();
                case "classification-ipc" -> ipcEdition7();
                case "classifications-cpc" -> cpc();
                case "invention-title" -> title = Stax.text(r);
                case "references-cited", "us-references-cited" -> references();
                case "number-of-claims" -> claimCount = parseInt(Stax.text(r));
                case "parties", "us-parties" -> parties();
                case "assignees" -> partyList(assignees);
                case "us-related-documents" -> relatedDocuments();
                default -> Stax.skip(r);
            }
        }
    }

    /** Reads the first document-id inside the current element (or the element itself in v4.5+). */
    private DocId docIdWithin() throws XMLStreamException {
        String country = null;
        String number = null;
        String kind = null;
        String date = null;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "country" -> country = country == null ? Stax.text(r) : skipText();
                    case "doc-number" -> number = number == null ? Stax.text(r) : skipText();
                    case "kind" -> kind = kind == null ? Stax.text(r) : skipText();
                    case "date" -> date = date == null ? Stax.text(r) : skipText();
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new DocId(country, number, kind, date);
    }

    private String skipText() throws XMLStreamException {
        Stax.skip(r);
        return null;
    }

    private void termOfGrant() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            if (r.getLocalName().equals("us-term-extension")) {
                termExtension = parseInt(Stax.text(r));
            } else {
                Stax.skip(r);
            }
        }
    }

    private void priorityClaims() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            if (r.getLocalName().equals("priority-claim")) {
                DocId id = docIdWithin();
                addPriority(id);
            } else {
                Stax.skip(r);
            }
        }
    }

    private void relatedDocuments() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            // A provisional application is a priority in all but name: analysts date inventions by it.
            if (r.getLocalName().equals("us-provisional-application")) {
                addPriority(docIdWithin());
            } else if (r.getLocalName().equals("reissue")) {
                reissue();
            } else {
                Stax.skip(r);
            }
        }
    }

    /**
     * reissue/relation/parent-doc: its document-id is the original application, its parent-grant-document
     * the original patent (number, and its grant date where the file gives one). The reissue keeps that
     * patent's fee schedule and term (MPEP 2506), so the model carries it.
     */
    private void reissue() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            if (!r.getLocalName().equals("relation")) {
                Stax.skip(r);
                continue;
            }
            while (Stax.nextChild(r)) {
                if (!r.getLocalName().equals("parent-doc")) {
                    Stax.skip(r);
                    continue;
                }
                while (Stax.nextChild(r)) {
                    if (r.getLocalName().equals("parent-grant-document") && originalGrant == null) {
                        originalGrant = docIdWithin();
                    } else {
                        Stax.skip(r);
                    }
                }
            }
        }
    }

    private void addPriority(DocId id) {
        LocalDate date = PatentDates.parse(id.date()).orNull();
        if (id.number() != null) {
            priorities.add(new Priority(id.country(), id.number().strip(), date));
        }
    }

    private void ipcr() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            if (r.getLocalName().equals("classification-ipcr")) {
                symbolWithParts(ipc);
            } else {
                Stax.skip(r);
            }
        }
    }

    private void cpc() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            switch (r.getLocalName()) {
                case "main-cpc", "further-cpc" -> {
                    while (Stax.nextChild(r)) {
                        if (r.getLocalName().equals("classification-cpc")) {
                            symbolWithParts(cpc);
                        } else {
                            Stax.skip(r);
                        }
                    }
                }
                default -> Stax.skip(r);
            }
        }
    }

    /** One classification-ipcr / classification-cpc: parts, position F(irst)/L(ater), value I/N. */
    private void symbolWithParts(List<Classification> into) throws XMLStreamException {
        String section = null;
        String klass = null;
        String subclass = null;
        String mainGroup = null;
        String subgroup = null;
        String position = null;
        String value = null;
        while (Stax.nextChild(r)) {
            switch (r.getLocalName()) {
                case "section" -> section = Stax.text(r);
                case "class" -> klass = Stax.text(r);
                case "subclass" -> subclass = Stax.text(r);
                case "main-group" -> mainGroup = Stax.text(r);
                case "subgroup" -> subgroup = Stax.text(r);
                case "symbol-position" -> position = Stax.text(r);
                case "classification-value" -> value = Stax.text(r);
                default -> Stax.skip(r);
            }
        }
        String code = ClassificationCodes.fromParts(section, klass, subclass, mainGroup, subgroup).orNull();
        if (code != null) {
            Boolean inventive = value == null ? null : value.equals("I");
            addClassification(into, code, "F".equals(position), inventive);
        }
    }

    private void ipcEdition7() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            switch (r.getLocalName()) {
                // Raw text: the edition-7 layout right-aligns the main group, and collapsing the
                // spaces of "A45F  504" (A45F 5/04) leaves a symbol that no longer parses.
                case "main-classification" -> addIpc7(Stax.rawText(r), true);
                case "further-classification" -> addIpc7(Stax.rawText(r), false);
                default -> Stax.skip(r);
            }
        }
    }

    private void addIpc7(String text, boolean main) {
        String code = ClassificationCodes.normalise(text).orNull();
        if (code != null) {
            addClassification(ipc, code, main, null);
        }
    }

    private static void addClassification(List<Classification> into, String code, boolean main,
                                          Boolean inventive) {
        for (Classification c : into) {
            if (c.code().equals(code)) {
                return; // the same symbol listed twice (inventive and additional) counts once
            }
        }
        into.add(new Classification(code, main, inventive));
    }

    private void references() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            if (r.getLocalName().equals("citation") || r.getLocalName().equals("us-citation")) {
                DocId cited = null;
                String category = null;
                while (Stax.nextChild(r)) {
                    switch (r.getLocalName()) {
                        case "patcit" -> cited = docIdWithin();
                        case "category" -> category = Stax.text(r);
                        default -> Stax.skip(r);
                    }
                }
                if (cited != null && cited.number() != null) {
                    citations.add(new Citation(citedId(cited), category));
                }
            } else {
                Stax.skip(r);
            }
        }
    }

    /** Cited numbers come in every office's style; an unparseable one is kept as given. */
    private static String citedId(DocId id) {
        String country = id.country() == null ? "" : id.country().strip();
        return PublicationNumber.of(country, id.number(), id.kind()).toOptional()
                .map(PublicationNumber::pubId)
                .orElse(country + "-" + id.number().strip());
    }

    private void parties() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            switch (r.getLocalName()) {
                case "applicants", "us-applicants" -> partyList(applicants);
                case "inventors" -> partyList(inventors);
                default -> Stax.skip(r);
            }
        }
    }

    /** applicant / us-applicant / inventor / assignee elements, each with an addressbook. */
    private void partyList(List<RawParty> into) throws XMLStreamException {
        while (Stax.nextChild(r)) {
            String appType = r.getAttributeValue(null, "app-type");
            String[] f = new String[6];
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "orgname" -> f[0] = Stax.text(r);
                        case "last-name" -> f[1] = Stax.text(r);
                        case "first-name" -> f[2] = Stax.text(r);
                        case "city" -> f[3] = Stax.text(r);
                        case "state" -> f[4] = Stax.text(r);
                        case "country" -> f[5] = f[5] == null ? Stax.text(r) : skipText();
                        case "nationality", "residence" -> Stax.skip(r);
                        default -> depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            String country = f[5] == null || f[5].equalsIgnoreCase("omitted") || f[5].equalsIgnoreCase("unknown")
                    ? null : f[5];
            if (f[0] != null || f[1] != null || f[2] != null) {
                into.add(new RawParty(f[0], f[1], f[2], f[3], f[4], country, appType));
            }
        }
    }

    private void claims() throws XMLStreamException {
        while (Stax.nextChild(r)) {
            if (r.getLocalName().equals("claim")) {
                String text = Stax.text(r);
                if (!text.isEmpty()) {
                    if (claims.length() > 0) {
                        claims.append('\n');
                    }
                    claims.append(text);
                }
            } else {
                Stax.skip(r);
            }
        }
    }

    private Publication.Builder build() throws Invalid {
        if (publication == null || publication.number() == null) {
            throw new Invalid(org.patnav.model.RejectReason.MISSING_FIELD, "no publication-reference doc-number");
        }
        Parsed<PublicationNumber> pn = PublicationNumber.of(
                publication.country() == null ? "US" : publication.country(), publication.number(), publication.kind());
        if (!(pn instanceof Parsed.Value<PublicationNumber> number)) {
            throw new Invalid(org.patnav.model.RejectReason.INVALID_NUMBER,
                    "publication number: " + (pn instanceof Parsed.Invalid<PublicationNumber> i ? i.reason() : "missing"));
        }
        if (number.value().kind() == null) {
            throw new Invalid(org.patnav.model.RejectReason.MISSING_FIELD, "no kind code for " + number.value().pubId());
        }
        LocalDate published = requiredDate(publication.date(), "publication date");
        LocalDate filed = optionalDate(application == null ? null : application.date(), "filing date");
        if (filed != null && filed.isAfter(published)) {
            throw new Invalid(org.patnav.model.RejectReason.INCONSISTENT_DATES,
                    "filing date " + filed + " is after publication date " + published);
        }

        Publication.Builder b = Publication.builder();
        PublicationNumber n = number.value();
        b.pubId = n.pubId();
        b.country = n.country();
        b.number = n.number();
        b.kind = n.kind();
        b.publicationDate = published;
        b.patentType = patentType(applType, n.kind());
        b.grantDate = grantDocument ? published : null;
        if (application != null && application.number() != null) {
            String appNo = application.number().strip();
            b.applicationId = n.country() + "-" + appNo;
            b.applicationNumber = formatUsApplication(appNo);
        }
        b.filingDate = filed;
        b.priorities.addAll(priorities);
        b.priorityDate = priorities.stream().map(Priority::date).filter(d -> d != null)
                .min(Comparator.naturalOrder()).filter(d -> filed == null || d.isBefore(filed)).orElse(filed);
        if (title != null && !title.isEmpty()) {
            b.title.put(lang, title);
        }
        if (abstractText != null && !abstractText.isEmpty()) {
            b.abstractText.put(lang, abstractText);
        }
        if (claims.length() > 0) {
            b.claims.put(lang, claims.toString());
        }
        b.claimCount = claimCount;
        b.ipc.addAll(ipc);
        b.cpc.addAll(cpc);
        b.citations.addAll(citations);
        b.termExtensionDays = termExtension;
        if (originalGrant != null) {
            b.originalPatent = PublicationNumber.of(originalGrant.country() == null ? "US" : originalGrant.country(),
                    originalGrant.number(), null).toOptional().map(PublicationNumber::patentKey).orElse(null);
            b.originalGrantDate = PatentDates.parse(originalGrant.date()).orNull();
        }

        List<RawParty> inventorList = inventors;
        if (inventorList.isEmpty()) {
            // v4.0-v4.2: the inventors are the applicants marked applicant-inventor.
            inventorList = applicants.stream()
                    .filter(p -> p.appType() == null || p.appType().contains("inventor")).toList();
        }
        for (RawParty p : applicants) {
            b.applicants.add(toParty(p));
        }
        for (RawParty p : inventorList) {
            b.inventors.add(toParty(p));
        }
        for (RawParty p : assignees) {
            b.assignees.add(toParty(p));
        }
        return b;
    }

    private org.patnav.model.Party toParty(RawParty p) {
        return parties.of(p.name(), p.isPerson() ? PartyType.INDIVIDUAL : null, p.country(), p.address());
    }

    private static LocalDate requiredDate(String text, String what) throws Invalid {
        Parsed<LocalDate> d = PatentDates.parse(text);
        return switch (d) {
            case Parsed.Value<LocalDate> v -> v.value();
            case Parsed.Missing<LocalDate> m ->
                    throw new Invalid(org.patnav.model.RejectReason.MISSING_FIELD, "no " + what);
            case Parsed.Invalid<LocalDate> i ->
                    throw new Invalid(org.patnav.model.RejectReason.INVALID_DATE, what + ": " + i.reason());
        };
    }

    private static LocalDate optionalDate(String text, String what) throws Invalid {
        Parsed<LocalDate> d = PatentDates.parse(text);
        if (d instanceof Parsed.Invalid<LocalDate> i) {
            throw new Invalid(org.patnav.model.RejectReason.INVALID_DATE, what + ": " + i.reason());
        }
        return d.orNull();
    }

    static PatentType patentType(String applType, String kind) {
        if (applType != null) {
            switch (applType.toLowerCase(Locale.ROOT)) {
                case "utility": return PatentType.INVENTION;
                case "design": return PatentType.DESIGN;
                case "plant": return PatentType.PLANT;
                case "reissue": return PatentType.REISSUE;
                case "sir", "statutory-invention-registration": return PatentType.STATUTORY_REGISTRATION;
                default: break;
            }
        }
        return switch (kind.charAt(0)) {
            case 'S' -> PatentType.DESIGN;
            case 'P' -> PatentType.PLANT;
            case 'E' -> PatentType.REISSUE;
            case 'H' -> PatentType.STATUTORY_REGISTRATION;
            default -> PatentType.INVENTION;
        };
    }

    /** {@code 12134151} → {@code 12/134,151}: series code, then the serial with a thousands comma. */
    static String formatUsApplication(String digits) {
        if (digits.matches("\\d{8}")) {
            return digits.substring(0, 2) + "/" + digits.substring(2, 5) + "," + digits.substring(5);
        }
        return digits;
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
