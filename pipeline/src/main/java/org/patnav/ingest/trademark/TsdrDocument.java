package org.patnav.ingest.trademark;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.patnav.ingest.uspto.SafeXml;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.SourceRef;
import org.patnav.model.Trademark;
import org.patnav.normalize.Parties;

/**
 * One USPTO trademark status document (TSDR) in either of its XML forms: WIPO ST.66
 * ({@code <Transaction xmlns="http://www.wipo.int/standards/XMLSchema/trademarks">}) or ST.96 (the current
 * {@code .../ST96/Trademark} namespace and the older {@code .../XMLSchema/Trademark/1}). The forms name the
 * same facts differently; the parser streams the document and reads them by element name, prefixes
 * ignored, so one pass serves all three.
 *
 * <p>Owners: the USPTO lists every ownership stage as an applicant with a party-type code (10 original
 * applicant, 20 owner at publication, 30 original registrant, 31 subsequent owner after registration,
 * ...; ST.66 {@code PartyTypeCode}, ST.96 the {@code sequenceNumber} attribute). The current owners are
 * the parties of the highest code.
 */
public final class TsdrDocument {

    private TsdrDocument() {
    }

    /** A document PatNav cannot use, with the reason. */
    public static final class Unusable extends Exception {
        public Unusable(String reason) {
            super(reason);
        }
    }

    /** Whether a document head is TSDR trademark status XML (ST.66 or ST.96). */
    public static boolean recognises(String head) {
        return head.contains("http://www.wipo.int/standards/XMLSchema/trademarks")
                || head.contains("http://www.wipo.int/standards/XMLSchema/ST96/Trademark")
                || head.contains("http://www.wipo.int/standards/XMLSchema/Trademark/1");
    }

    /** A party as the document states it, before normalisation. */
    private static final class RawParty {
        int stage = -1;
        String name;
        String legalEntity;
        String country;
        final List<String> address = new ArrayList<>();
    }

    public static Trademark parse(InputStream in, SourceRef source, Parties parties, TrademarkRules rules)
            throws Unusable {
        try {
            XMLStreamReader r = SafeXml.factory().createXMLStreamReader(in);
            try {
                return read(r, source, parties, rules);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new Unusable("malformed XML: " + e.getMessage());
        }
    }

    private static Trademark read(XMLStreamReader r, SourceRef source, Parties parties, TrademarkRules rules)
            throws XMLStreamException, Unusable {
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        String applicationNumber = null;
        String registrationNumber = null;
        String markText = null;
        String statusCode = null;
        String statusText = null;
        String office = null;
        LocalDate filed = null;
        LocalDate registered = null;
        LocalDate statusDate = null;
        LocalDate renewed = null;
        TreeSet<Integer> classes = new TreeSet<>();
        String classificationKind = null;
        List<RawParty> applicants = new ArrayList<>();
        RawParty party = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = local(r.getLocalName());
                path.push(name);
                text.setLength(0);
                if (name.equals("Applicant")) {
                    party = new RawParty();
                    String sequence = attribute(r, "sequenceNumber");
                    if (sequence != null && sequence.matches("\\d+")) {
                        party.stage = Integer.parseInt(sequence);
                    }
                    applicants.add(party);
                } else if (name.equals("GoodsServicesClassification")) {
                    classificationKind = null;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                String value = text.toString().strip();
                text.setLength(0);
                if (name.equals("Applicant")) {
                    party = null;
                    continue;
                }
                if (value.isEmpty()) {
                    continue;
                }
                if (party != null) {
                    switch (name) {
                        case "FreeFormatNameLine", "EntityName", "OrganizationStandardName", "PersonFullName" -> {
                            if (party.name == null) {
                                party.name = value;
                            }
                        }
                        case "PartyTypeCode" -> party.stage = value.matches("\\d+") ? Integer.parseInt(value) : party.stage;
                        case "ApplicantLegalEntity", "LegalEntityName" -> party.legalEntity = value;
                        case "FormattedAddressCountryCode", "CountryCode" -> party.country = value;
                        case "AddressRoom", "AddressStreet", "AddressLineText", "AddressCity", "CityName", "AddressState",
                             "GeographicRegionName", "AddressPostcode", "PostalCode" -> party.address.add(value);
                        default -> {
                        }
                    }
                    continue;
                }
                switch (name) {
                    case "RegistrationOfficeCode" -> office = office == null ? value : office;
                    case "ApplicationNumber", "ApplicationNumberText" -> applicationNumber = applicationNumber == null ? value : applicationNumber;
                    case "RegistrationNumber" -> registrationNumber = registrationNumber == null ? value : registrationNumber;
                    case "ApplicationDate" -> filed = filed == null ? date(value, name) : filed;
                    case "RegistrationDate" -> registered = registered == null ? date(value, name) : registered;
                    case "MarkCurrentStatusCode" -> statusCode = statusCode == null ? value : statusCode;
                    case "MarkCurrentStatusDate" -> statusDate = statusDate == null ? date(value, name) : statusDate;
                    case "MarkCurrentStatusExternalDescriptionText" -> statusText = statusText == null ? value : statusText;
                    case "MarkVerbalElementText" -> markText = markText == null ? value : markText;
                    case "RenewalDate" -> {
                        LocalDate d = date(value, name);
                        renewed = renewed == null || d.isAfter(renewed) ? d : renewed;
                    }
                    case "ClassificationKindCode" -> classificationKind = value;
                    case "ClassNumber" -> {
                        // ST.66 lists Nice classes as ClassDescription/ClassNumber; ST.96 marks each
                        // classification's kind (Nice, or the old US domestic classes).
                        boolean nice = path.contains("ClassDescription") || "Nice".equalsIgnoreCase(classificationKind);
                        if (nice && value.matches("\\d{1,3}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 45) {
                            classes.add(Integer.parseInt(value));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (applicationNumber == null) {
            throw new Unusable("no application (serial) number");
        }
        String country = office == null ? "US" : office;
        return new Trademark(country + "-" + applicationNumber, country, applicationNumber, registrationNumber, markText,
                currentOwners(applicants, parties), List.copyOf(classes), filed, registered, renewed,
                registrationNumber == null ? null : rules.expiry(country, registered, renewed), statusCode, statusText,
                statusDate, rules.live(country, statusCode), source, List.of());
    }

    /** The parties of the latest ownership stage, normalised. */
    private static List<Party> currentOwners(List<RawParty> applicants, Parties parties) {
        int latest = applicants.stream().mapToInt(p -> p.stage).max().orElse(-1);
        List<Party> out = new ArrayList<>();
        for (RawParty p : applicants) {
            if (p.stage == latest && p.name != null) {
                PartyType type = p.legalEntity != null && p.legalEntity.equalsIgnoreCase("INDIVIDUAL") ? PartyType.INDIVIDUAL : null;
                out.add(parties.of(p.name, type, p.country, p.address.isEmpty() ? null : String.join(", ", p.address)));
            }
        }
        return out;
    }

    private static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (local(r.getAttributeLocalName(i)).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Prefixes dropped: the factory is not namespace-aware, so names arrive as {@code ns2:ClassNumber}. */
    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** TSDR dates carry a zone offset ({@code 1995-02-07-05:00}); the calendar date is what counts. */
    private static LocalDate date(String value, String element) throws Unusable {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new Unusable(element + " is not a date: '" + value + "'");
        }
    }
}
