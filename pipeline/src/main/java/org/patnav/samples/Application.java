package org.patnav.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patnav.samples.Catalog.PersonName;

/**
 * One application (one simple family) of the sample world, everything but its text. Exactly one of
 * {@link #cn}, {@link #us} and {@link #office} is set, by {@link #origin}.
 *
 * @param index       the application's place in the world: it and the seed determine everything else
 * @param topic       what its text is about (a family's members share their lead's)
 * @param applicants  first applicant first
 * @param priority    the earlier filing claimed, or null
 * @param familyId    the simple-family id Google gives the family
 * @param inGoogle    whether the Google export carries the application's publications
 * @param inPatentsView whether the PatentsView tables carry the (US) grant
 */
record Application(int index, Origin origin, Sector sector, Templates.Kind kind, Topic topic, List<Applicant> applicants,
                   List<Inventor> inventors, LocalDate filingDate, Priority priority, String familyId,
                   Cn cn, Us us, Office office, boolean inGoogle, boolean inPatentsView) {

    enum Origin { CN, US_GRANT, US_PUBLICATION, OFFICE }

    /** The Chinese platform whose export lists a CN application. */
    enum Platform { CNIPA, INCOPAT, PATSNAP }

    /**
     * An applicant as the filing names it.
     *
     * @param name        as written in the filing: Chinese for CN filings, English for filings abroad
     * @param nameEn      the English form (Google's harmonised name), upper or mixed case
     * @param canonical   the name analysts group the applicant under (Chinese for Chinese organisations)
     * @param address     the Chinese address of a Chinese applicant in a CN filing, else null
     * @param regionCode  the county-level division code of a Chinese applicant, else null
     */
    record Applicant(String name, String nameEn, String canonical, boolean individual, String country,
                     String address, String city, String state, String regionCode) {
    }

    /**
     * An inventor and where the filing says he or she lives.
     *
     * @param person who the inventor is, for the people the world plants across applications (a team that moves,
     *               a namesake); empty for an inventor drawn for this application alone
     */
    record Inventor(PersonName name, String city, String state, String country, Optional<String> person) {

        Inventor(PersonName name, String city, String state, String country) {
            this(name, city, state, country, Optional.empty());
        }
    }

    /**
     * A claimed priority.
     *
     * @param number    as the office of first filing writes it ({@code 202010123456.7}, {@code 2020-123456})
     * @param docdb     Google's DOCDB form of the same application ({@code CN-202010123456-A})
     * @param provisional a US provisional application (the XML lists it among related documents)
     */
    record Priority(String country, String number, String docdb, LocalDate date, boolean provisional) {
    }

    /**
     * A CN filing.
     *
     * @param digits         the 12 application-number digits
     * @param publication    the 9-digit publication number, shared by the A and B documents
     * @param applicationPublished the A document's date (inventions), else null
     * @param granted        the B, U or S document's date, or null
     * @param status         the legal status in CNIPA's words
     * @param statusDate     the date the status took effect (失效日期), or null
     * @param operations     transfers, licences, pledges and open licences of the patent, oldest first
     */
    record Cn(String digits, char check, String publication, LocalDate applicationPublished, LocalDate granted,
              String status, LocalDate statusDate, Platform platform, List<Operation> operations) {

        String applicationNumber() {
            return digits + "." + check;
        }

        /** Who holds the patent after its transfers: the last transferees, else the applicants. */
        List<Applicant> holders(List<Applicant> applicants) {
            List<Applicant> holders = applicants;
            for (Operation o : operations) {
                if (o.kind() == Operation.Kind.TRANSFER) {
                    holders = o.to();
                }
            }
            return holders;
        }

        String grantKind(Templates.Kind kind) {
            return switch (kind) {
                case INVENTION -> "B";
                case UTILITY_MODEL -> "U";
                case DESIGN -> "S";
            };
        }
    }

    /**
     * A transaction CNIPA registers on a patent (专利法实施细则 (2010) 第八十九条: 转移, 质押及其解除, 实施许可合同的
     * 备案) or publishes (专利法 第五十条: 开放许可声明).
     *
     * @param from the transferor, licensor or pledgor (the holder at the time); empty for an open licence
     * @param to   the transferee, licensee or pledgee; empty for an open licence
     */
    record Operation(Kind kind, LocalDate date, List<Applicant> from, List<Applicant> to) {

        enum Kind {
            TRANSFER("transfer"), LICENCE("licence"), PLEDGE("pledge"), PLEDGE_RELEASE("pledge_release"),
            OPEN_LICENCE("open_licence");

            /** The category id of the events table. */
            final String category;

            Kind(String category) {
                this.category = category;
            }
        }
    }

    /**
     * A US filing.
     *
     * @param applicationNumber the 8 digits: series code and serial
     * @param grantNumber       the patent number, or null when not granted in the sample
     * @param publicationNumber the pre-grant publication (11 digits), or null
     * @param entity            large / small / micro
     */
    record Us(String applicationNumber, Long grantNumber, String grantKind, LocalDate granted,
              String publicationNumber, LocalDate published, String entity, int termExtension) {
    }

    /** A publication at the EPO, JPO or KIPO that only the Google export carries. */
    record Office(String country, String publicationNumber, String kind, LocalDate published,
                  String applicationNumber) {
    }

    /** The same application with other inventors (a planted team's). */
    Application withInventors(List<Inventor> others) {
        return new Application(index, origin, sector, kind, topic, applicants, List.copyOf(others), filingDate, priority,
                familyId, cn, us, office, inGoogle, inPatentsView);
    }

    Applicant firstApplicant() {
        return applicants.get(0);
    }

    /** The publication ids ({@code CN-112345678-A}) of every document of the application, oldest first. */
    List<String> pubIds() {
        List<String> ids = new ArrayList<>();
        switch (origin) {
            case CN -> {
                if (cn.applicationPublished() != null) {
                    ids.add("CN-" + cn.publication() + "-A");
                }
                if (cn.granted() != null) {
                    ids.add("CN-" + cn.publication() + "-" + cn.grantKind(kind));
                }
            }
            case US_GRANT, US_PUBLICATION -> {
                if (us.publicationNumber() != null) {
                    ids.add("US-" + us.publicationNumber() + "-A1");
                }
                if (us.grantNumber() != null) {
                    ids.add("US-" + us.grantNumber() + "-" + us.grantKind());
                }
            }
            case OFFICE -> ids.add(office.country() + "-" + office.publicationNumber() + "-" + office.kind());
        }
        return ids;
    }

    /** The key PatNav groups the application's publications under ({@code CN-202110123456}). */
    String applicationId() {
        return switch (origin) {
            case CN -> "CN-" + cn.digits();
            case US_GRANT, US_PUBLICATION -> "US-" + us.applicationNumber();
            case OFFICE -> office.country() + "-" + office.applicationNumber();
        };
    }

    /** The date the application's first document was published. */
    LocalDate firstPublished() {
        return switch (origin) {
            case CN -> cn.applicationPublished() != null ? cn.applicationPublished() : cn.granted();
            case US_GRANT, US_PUBLICATION -> us.published() != null ? us.published() : us.granted();
            case OFFICE -> office.published();
        };
    }

    /** The earliest priority date: the priority claimed, else the filing date. */
    LocalDate priorityDate() {
        return priority != null ? priority.date() : filingDate;
    }
}
