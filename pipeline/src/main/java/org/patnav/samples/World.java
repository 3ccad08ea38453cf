package org.patnav.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.patnav.normalize.CnApplicationNumber;
import org.patnav.samples.Application.Applicant;
import org.patnav.samples.Application.Cn;
import org.patnav.samples.Application.Inventor;
import org.patnav.samples.Application.Office;
import org.patnav.samples.Application.Origin;
import org.patnav.samples.Application.Platform;
import org.patnav.samples.Application.Priority;
import org.patnav.samples.Application.Us;
import org.patnav.samples.Catalog.Area;
import org.patnav.samples.Catalog.ChineseFiler;
import org.patnav.samples.Catalog.ForeignOrg;
import org.patnav.samples.Catalog.Org;
import org.patnav.samples.Catalog.PersonName;
import org.patnav.samples.Catalog.Place;

/**
 * The sample world: application {@code i} is computed from the seed, the world's size and
 * {@code i} alone, so any application can be rebuilt at any time (a citation looks its target up
 * this way) and a world of millions needs no memory beyond the one being written.
 *
 * <p>Two properties make streaming possible. US grants are laid out in index order: a grant's
 * issue week and patent number grow with its index, so the weekly grant files, the patent-number
 * order of the maintenance-fee file and the PatentsView tables are all written in one pass;
 * pre-grant-only US publications likewise by publication week. All other dates are random. And
 * every identifier is an injective function of the index (scrambled, so neighbours do not look
 * alike), so no two applications share a number. CN application serials have seven digits, so a
 * world holds at most {@value #MAX_APPLICATIONS} applications.
 */
final class World {

    static final int MAX_APPLICATIONS = 9_999_000;

    /** The day the sample data is "as of": nothing happens later (a Tuesday, a maintenance-fee file day). */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 17);

    private static final LocalDate FIRST_FILING = LocalDate.of(2010, 1, 4);
    private static final LocalDate LAST_FILING = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_GRANT_TUESDAY = LocalDate.of(2014, 1, 7);
    private static final LocalDate FIRST_PGPUB_THURSDAY = LocalDate.of(2012, 1, 5);
    private static final long FIRST_PATENT = 8_600_000L;
    private static final long PATENT_SPAN = 3_900_000L;
    /** Documents per weekly file a small world aims at, so small samples are not one-document files. */
    private static final int DOCUMENTS_PER_WEEK = 16;

    private static final int STREAM_SKELETON = 1;
    /** Draws of its own, so that choosing the families leaves every other application's draws as they were. */
    private static final int STREAM_FAMILY = 5;
    /** The topic of an application's text: a stream of its own, so choosing topics moves no date or applicant. */
    private static final int STREAM_TOPIC = 6;
    /** The operations on a CN patent (transfers, licences, pledges), likewise of their own. */
    private static final int STREAM_OPERATIONS = 7;
    /** Which applications the planted inventors (Teams) are on. */
    private static final int STREAM_INVENTORS = 8;
    /** Which applications of a foreign company that files in China are filed at CNIPA. */
    private static final int STREAM_CHINA_FILING = 9;
    /**
     * The chance that an application of a company extending abroad, at an even index, leads a family (see
     * familyLead); with the next index given to its home filing, about 40% of those companies' applications
     * are family members.
     */
    private static final double FAMILY_SHARE = 0.8;

    private final long seed;
    private final int size;
    private final long grantWeeks;
    private final long pgpubWeeks;
    private final int offset6;
    private final int offset7;

    World(long seed, int size) {
        if (size < 1 || size > MAX_APPLICATIONS) {
            throw new IllegalArgumentException("a sample world holds 1 to " + MAX_APPLICATIONS
                    + " applications, not " + size);
        }
        this.seed = seed;
        this.size = size;
        this.grantWeeks = ChronoUnit.WEEKS.between(FIRST_GRANT_TUESDAY, AS_OF) + 1;
        this.pgpubWeeks = ChronoUnit.WEEKS.between(FIRST_PGPUB_THURSDAY, AS_OF.minusDays(5)) + 1;
        Rng r = Rng.of(seed, -1, 0);
        this.offset6 = r.nextInt(1_000_000);
        this.offset7 = r.nextInt(10_000_000);
    }

    long seed() {
        return seed;
    }

    int size() {
        return size;
    }

    Application application(int i) {
        if (i % 2 == 1 && familyLead(i - 1)) {
            return homeFiling(i, application(i - 1));
        }
        Rng r = Rng.of(seed, i, STREAM_SKELETON);
        boolean chinese = r.chance(0.55);
        return Teams.staff(chinese ? chinese(i, r) : foreign(i, r), Rng.of(seed, i, STREAM_INVENTORS));
    }

    /**
     * The first draws of a Chinese application: where its applicant is and, for an organisation (null: an
     * individual), which one and where it files.
     */
    private record Filer(Area area, Org org, Origin origin) {
    }

    /**
     * What an application is about before its patent type is known: its sector, the topics its applicant files
     * in, and the topics it never files (the focus region's gaps).
     */
    private record Subject(Sector sector, List<Topic> specialties, Set<Topic> excluded) {

        /** The family members describe one invention: the home filing takes its lead's topic. */
        static Subject of(Application lead) {
            return new Subject(lead.sector(), List.of(lead.topic()), Set.of());
        }
    }

    private Topic topic(int i, Subject subject, Templates.Kind kind) {
        return Topic.choose(subject.sector(), kind, subject.specialties(), subject.excluded(), Rng.of(seed, i, STREAM_TOPIC));
    }

    private static Filer filer(Rng r) {
        Area area = Area.values()[r.weighted(0.45, 0.20, 0.35)];
        if (r.chance(0.14)) {
            return new Filer(area, null, Origin.CN);
        }
        Org org = r.pick(switch (area) {
            case BOZHOU -> Catalog.BOZHOU_ORGS;
            case ANHUI -> Catalog.ANHUI_ORGS;
            case CHINA -> Catalog.CHINA_ORGS;
        });
        Origin origin = Origin.CN;
        if (Catalog.US_FILERS.contains(org) && r.chance(0.2)) {
            origin = r.chance(0.6) ? Origin.US_GRANT : Origin.US_PUBLICATION;
        }
        return new Filer(area, org, origin);
    }

    /**
     * Whether application {@code i} is a Chinese company's US grant whose first filing at home is
     * application {@code i + 1}: the two are one simple family (the CN application claimed as priority,
     * one family id, one invention), as when a company extends its Chinese invention abroad. The US grants
     * of Chinese companies lead, and a share of the other applications of {@link Catalog#FAMILY_FILERS};
     * only even indices lead, so each index still computes alone.
     */
    private boolean familyLead(int i) {
        if (i % 2 != 0 || i + 1 >= size) {
            return false;
        }
        return chineseFiler(i).filter(filer -> filer.origin() == Origin.US_GRANT || filer.org() != null
                && Catalog.FAMILY_FILERS.contains(filer.org()) && Rng.of(seed, i, STREAM_FAMILY).chance(FAMILY_SHARE))
                .isPresent();
    }

    /** The filer application {@code i} draws first when it is Chinese (the same draws {@link #application} makes). */
    private Optional<Filer> chineseFiler(int i) {
        Rng r = Rng.of(seed, i, STREAM_SKELETON);
        return r.chance(0.55) ? Optional.of(filer(r)) : Optional.empty();
    }

    /** The index whose invention application {@code app} describes: a family's home filing shares its lead's. */
    int inventionIndex(Application app) {
        int i = app.index();
        return i % 2 == 1 && familyLead(i - 1) ? i - 1 : i;
    }

    /**
     * The CN invention application that the US grant {@code lead} claims as priority, as application {@code i}.
     * It is filed on the priority date, up to a year before the US filing, so the home filing of a US grant
     * filed early in 2010 is the world's one kind of application filed in 2009.
     */
    private Application homeFiling(int i, Application lead) {
        Org org = chineseFiler(lead.index()).orElseThrow().org();
        return cnApplication(i, Rng.of(seed, i, STREAM_SKELETON), Subject.of(lead), List.of(chineseOrg(org, true)),
                lead.inventors(), Templates.Kind.INVENTION, lead.priority().date(), null, lead.familyId(), true);
    }

    private Application chinese(int i, Rng r) {
        Filer filer = filer(r);
        Area area = filer.area();
        List<Place> places = switch (area) {
            case BOZHOU -> Catalog.BOZHOU_PLACES;
            case ANHUI -> Catalog.ANHUI_PLACES;
            case CHINA -> Catalog.CHINA_PLACES;
        };
        List<Applicant> applicants = new ArrayList<>();
        List<Inventor> inventors = new ArrayList<>();
        Sector sector;
        Origin origin = familyLead(i) ? Origin.US_GRANT : filer.origin();
        Org org = filer.org();
        if (org == null) {
            Place place = r.pick(places);
            PersonName person = chineseName(r);
            String address = place.prefix() + r.pick(place.streets()) + r.between(1, 399) + "号";
            applicants.add(new Applicant(person.written(), person.upper(), person.written(), true, "CN", address,
                    place.cityEn(), null, place.code()));
            inventors.add(new Inventor(person, place.cityEn(), null, "CN"));
            sector = r.chance(0.15) ? Sector.OTHER : area == Area.BOZHOU
                    ? Sector.values()[r.weighted(0.6, 0.2, 0.2)]
                    : Sector.values()[r.weighted(0.3, 0.35, 0.35)];
        } else {
            sector = sectorOf(org.sectors(), r);
            applicants.add(chineseOrg(org, origin == Origin.CN));
            if (origin == Origin.CN && org.kind() == Catalog.OrgKind.COMPANY && r.chance(0.12)) {
                Org partner = area == Area.CHINA ? (sector == Sector.TCM ? Catalog.CACMS_INSTITUTE : Catalog.HUST)
                        : switch (sector) {
                            case TCM -> area == Area.BOZHOU && r.chance(0.4) ? Catalog.BOZHOU_TCM_INSTITUTE : Catalog.AHUCM;
                            case EQUIPMENT, OTHER -> Catalog.HFUT;
                            case NEW_ENERGY -> Catalog.USTC;
                        };
                applicants.add(chineseOrg(partner, true));
            }
        }
        Subject subject = new Subject(sector, org == null ? List.of() : org.topics(),
                area == Area.BOZHOU ? Catalog.BOZHOU_GAPS : Set.of());
        int extraInventors = r.between(inventors.isEmpty() ? 1 : 0, 4);
        String inventorCity = org != null ? org.place().cityEn() : applicants.get(0).city();
        for (int k = 0; k < extraInventors; k++) {
            inventors.add(new Inventor(chineseName(r), inventorCity, null, "CN"));
        }
        return switch (origin) {
            case CN -> cnFiling(i, r, subject, applicants, inventors);
            case US_GRANT -> usGrant(i, r, subject, applicants, inventors, "CN");
            default -> usPublication(i, r, subject, applicants, inventors, "CN");
        };
    }

    private static Applicant chineseOrg(Org org, boolean cnFiling) {
        return cnFiling
                ? new Applicant(org.nameZh(), org.nameEn(), org.nameZh(), false, "CN", org.address(),
                        org.place().cityEn(), null, org.place().code())
                : new Applicant(org.nameEn(), org.nameEn(), org.nameZh(), false, "CN", null,
                        org.place().cityEn(), null, org.place().code());
    }

    private static Sector sectorOf(List<Sector> sectors, Rng r) {
        if (r.chance(0.15)) {
            return Sector.OTHER;
        }
        return r.pick(sectors);
    }

    private Application foreign(int i, Rng r) {
        ForeignOrg org = r.pick(Catalog.FOREIGN_ORGS);
        Subject subject = new Subject(sectorOf(org.sectors(), r), org.specialties(), Set.of());
        List<Applicant> applicants = List.of(new Applicant(org.name(), org.name(), org.name(), false, org.country(),
                null, org.city(), org.state(), null));
        List<Inventor> inventors = new ArrayList<>();
        int count = r.between(1, 4);
        for (int k = 0; k < count; k++) {
            inventors.add(foreignInventor(org.country(), r));
        }
        Optional<ChineseFiler> inChina = org.inChina();
        if (inChina.isPresent() && Rng.of(seed, i, STREAM_CHINA_FILING).chance(inChina.get().share())) {
            return chinaFiling(i, r, subject, org, inChina.get(), inventors);
        }
        return switch (r.weighted(0.5, 0.3, 0.2)) {
            case 0 -> usGrant(i, r, subject, applicants, inventors, org.country());
            case 1 -> usPublication(i, r, subject, applicants, inventors, org.country());
            default -> office(i, r, subject, applicants, inventors, org.country());
        };
    }

    /**
     * A foreign company's invention application at CNIPA, as CNIPA prints it (Chinese name, an address that opens
     * with the country), claiming the company's first filing at home about a year before.
     */
    private Application chinaFiling(int i, Rng r, Subject subject, ForeignOrg org, ChineseFiler inChina,
                                    List<Inventor> inventors) {
        List<Applicant> applicants = List.of(new Applicant(inChina.nameZh(), org.name(), inChina.nameZh(), false,
                org.country(), inChina.addressZh(), org.city(), org.state(), null));
        LocalDate filed = cnFilingDate(r);
        LocalDate home = weekday(filed.minusDays(r.between(300, 364)));
        Priority priority = home.isBefore(FIRST_FILING) ? null : foreignPriority(i, org.country(), home);
        return cnApplication(i, r, subject, applicants, inventors, Templates.Kind.INVENTION, filed, priority,
                familyId(i), false);
    }

    private static Inventor foreignInventor(String country, Rng r) {
        String[][] names = switch (country) {
            case "JP" -> Catalog.JP_GIVEN_FAMILY;
            case "DE" -> Catalog.DE_GIVEN_FAMILY;
            case "KR" -> Catalog.KR_GIVEN_FAMILY;
            default -> Catalog.US_GIVEN_FAMILY;
        };
        String given = r.pick(names[0]);
        String family = r.pick(names[1]);
        PersonName name = new PersonName(given + " " + family, family, given);
        return switch (country) {
            case "JP" -> new Inventor(name, r.pick(Catalog.JP_CITIES), null, "JP");
            case "DE" -> new Inventor(name, r.pick(Catalog.DE_CITIES), null, "DE");
            case "KR" -> new Inventor(name, r.pick(Catalog.KR_CITIES), null, "KR");
            default -> {
                String[] city = r.pick(Catalog.US_CITIES);
                yield new Inventor(name, city[0], city[1], "US");
            }
        };
    }

    static PersonName chineseName(Rng r) {
        String[] family = r.pick(Catalog.CN_FAMILY);
        String[] first = r.pick(Catalog.CN_GIVEN);
        if (r.chance(0.35)) {
            return new PersonName(family[0] + first[0], family[1], capitalise(first[1]));
        }
        String[] second = r.pick(Catalog.CN_GIVEN);
        return new PersonName(family[0] + first[0] + second[0], family[1], capitalise(first[1] + second[1]));
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    // ---- CN filings -------------------------------------------------------------------------

    private Application cnFiling(int i, Rng r, Subject subject, List<Applicant> applicants, List<Inventor> inventors) {
        boolean university = applicants.get(0).name().endsWith("大学");
        Templates.Kind kind = university ? Templates.Kind.INVENTION
                : Templates.Kind.values()[r.weighted(0.60, 0.36, 0.04)];
        LocalDate filed = cnFilingDate(r);
        Priority priority = null;
        if (kind != Templates.Kind.DESIGN && r.chance(0.05)) {
            LocalDate earlier = weekday(filed.minusDays(r.between(60, 360)));
            if (!earlier.isBefore(FIRST_FILING)) {
                String digits = cnDigits(earlier.getYear(), kind == Templates.Kind.INVENTION ? 1 : 2,
                        scatter7(i + size));
                priority = new Priority("CN", digits + "." + CnApplicationNumber.checkCharFor(digits),
                        "CN-" + digits + "-A", earlier, false);
            }
        }
        return cnApplication(i, r, subject, applicants, inventors, kind, filed, priority, familyId(i), false);
    }

    /** A CN application of {@code kind} filed on {@code filed}: its numbers, publications, outcome and exports. */
    private Application cnApplication(int i, Rng r, Subject subject, List<Applicant> applicants, List<Inventor> inventors,
                                      Templates.Kind kind, LocalDate filed, Priority priority, String familyId,
                                      boolean inGoogleAlways) {
        int typeDigit = switch (kind) {
            case INVENTION -> 1;
            case UTILITY_MODEL -> 2;
            case DESIGN -> 3;
        };
        String digits = cnDigits(filed.getYear(), typeDigit, scatter7(i));
        boolean foreignFiler = !"CN".equals(applicants.get(0).country());
        LocalDate published = null;
        LocalDate granted = null;
        String status;
        LocalDate statusDate = null;
        switch (kind) {
            case INVENTION -> {
                LocalDate base = priority != null ? priority.date() : filed;
                published = cnPublicationDay(base.plusMonths(18));
                if (published.isAfter(AS_OF)) {
                    // 提前公布: the applicant asked for early publication
                    published = cnPublicationDay(filed.plusMonths(r.between(3, 9)));
                }
                // Foreign companies file in China what they have already filed at home and keep what is granted
                // (CNIPA's annual reports: higher grant rates and longer-lived patents than domestic filers).
                int outcome = foreignFiler ? r.weighted(0.75, 0.10, 0.05, 0.10) : r.weighted(0.55, 0.15, 0.10, 0.20);
                LocalDate decided = switch (outcome) {
                    case 0 -> latest(cnPublicationDay(filed.plusMonths(r.between(24, 48))),
                            cnPublicationDay(published.plusMonths(r.between(4, 12))));
                    case 1 -> weekday(published.plusMonths(r.between(12, 30)));
                    case 2 -> weekday(published.plusMonths(r.between(6, 24)));
                    default -> filed.isBefore(LocalDate.of(2021, 6, 1))
                            ? weekday(published.plusMonths(r.between(6, 24))) : AS_OF.plusDays(1);
                };
                if (decided.isAfter(AS_OF)) {
                    status = "审中";
                } else if (outcome == 0) {
                    granted = decided;
                    statusDate = lapse(filed, granted, foreignFiler ? 0.1 : 0.3, null, r);
                    status = statusDate == null ? "有效" : "未缴年费专利权终止";
                } else if (outcome == 1) {
                    status = "驳回";
                    statusDate = decided;
                } else {
                    status = "撤回";
                    statusDate = decided;
                }
            }
            case UTILITY_MODEL, DESIGN -> {
                granted = cnPublicationDay(filed.plusDays(kind == Templates.Kind.DESIGN
                        ? r.between(120, 270) : r.between(150, 330)));
                if (granted.isAfter(AS_OF)) {
                    granted = AS_OF.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
                }
                int termYears = kind == Templates.Kind.DESIGN && !filed.isBefore(LocalDate.of(2021, 6, 1)) ? 15 : 10;
                LocalDate expiry = filed.plusYears(termYears);
                statusDate = lapse(filed, granted, 0.4, expiry, r);
                if (statusDate != null) {
                    status = "未缴年费专利权终止";
                } else if (!expiry.isAfter(AS_OF)) {
                    status = "期限届满";
                    statusDate = expiry;
                } else {
                    status = "有效";
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        int firstYear = (published != null ? published : granted).getYear();
        String publication = cnPublicationNumber(i, typeDigit, firstYear);
        Platform platform = Platform.values()[r.weighted(0.4, 0.3, 0.3)];
        Rng operationDraws = Rng.of(seed, i, STREAM_OPERATIONS);
        List<Application.Operation> operations = Operations.draw(subject.sector(), applicants, granted,
                statusDate != null ? statusDate : AS_OF, operationDraws);
        if (!operations.isEmpty()) {
            // Analysts export operations from incoPat, whose columns date them, some from CNIPA and PatSnap; an
            // open licence, which only CNIPA's 法律状态公告日 dates, mostly from CNIPA.
            boolean openLicence = operations.getLast().kind() == Application.Operation.Kind.OPEN_LICENCE;
            platform = Platform.values()[openLicence ? operationDraws.weighted(0.7, 0.2, 0.1)
                    : operationDraws.weighted(0.2, 0.7, 0.1)];
        }
        Cn cn = new Cn(digits, CnApplicationNumber.checkCharFor(digits), publication, published, granted, status,
                statusDate, platform, operations);
        // A family's members are exported together: Google's family id is what makes them one family.
        boolean inGoogle = r.chance(0.30) || inGoogleAlways;
        return new Application(i, Origin.CN, subject.sector(), kind, topic(i, subject, kind), List.copyOf(applicants),
                List.copyOf(inventors), filed,
                priority, familyId, cn, null, null, inGoogle, false);
    }

    /** Filing dates lean to recent years, as Chinese filings grew. */
    private static LocalDate cnFilingDate(Rng r) {
        double[] weights = new double[16];
        for (int y = 0; y < 16; y++) {
            weights[y] = 5 + y;
        }
        int year = 2010 + r.weighted(weights);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate day = weekday(start.plusDays(r.nextInt(start.lengthOfYear())));
        if (day.isBefore(FIRST_FILING)) {
            return FIRST_FILING;
        }
        return day.isAfter(LAST_FILING) ? LAST_FILING : day;
    }

    /**
     * A lapse for unpaid annuities: CN annual fees fall due on the filing date's anniversary, and an
     * unpaid one ends the patent from that day. Null when the patent stays in force.
     */
    private static LocalDate lapse(LocalDate filed, LocalDate granted, double chance, LocalDate expiry, Rng r) {
        if (!r.chance(chance)) {
            return null;
        }
        int firstYear = (int) ChronoUnit.YEARS.between(filed, granted) + 1;
        int lastYear = (int) ChronoUnit.YEARS.between(filed, AS_OF);
        if (expiry != null) {
            lastYear = Math.min(lastYear, (int) ChronoUnit.YEARS.between(filed, expiry) - 1);
        }
        if (lastYear < firstYear) {
            return null;
        }
        return filed.plusYears(r.between(firstYear, lastYear));
    }

    private static String cnDigits(int year, int typeDigit, int serial7) {
        return year + Integer.toString(typeDigit) + pad(serial7, 7);
    }

    /**
     * The 9-digit number an invention's A and B documents share (utility models and designs have one
     * document): the type digit, two digits that grow with the year as CNIPA's ranges do, six
     * scrambled digits. Worlds beyond a million applications use eight scrambled digits instead.
     */
    private String cnPublicationNumber(int i, int typeDigit, int year) {
        if (size > 1_000_000) {
            return typeDigit + pad(scatter8(i), 8);
        }
        int y = Math.max(0, year - 2011);
        int block = switch (typeDigit) {
            case 1 -> 2 + y * 5 / 4;
            case 2 -> 1 + y * 21 / 15;
            default -> 1 + y * 9 / 15;
        };
        return typeDigit + pad(block, 2) + pad(scatter6(i), 6);
    }

    /** CNIPA publishes on Tuesdays and Fridays. */
    static LocalDate cnPublicationDay(LocalDate d) {
        LocalDate tuesday = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate friday = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        return tuesday.isBefore(friday) ? tuesday : friday;
    }

    // ---- US filings -------------------------------------------------------------------------

    private Application usGrant(int i, Rng r, Subject subject, List<Applicant> applicants, List<Inventor> inventors,
                                String homeCountry) {
        LocalDate granted = FIRST_GRANT_TUESDAY.plusWeeks(slot(i, grantWeeks));
        long number = patentNumber(i);
        LocalDate earliestFiling = latest(FIRST_FILING, granted.minusMonths(52));
        LocalDate filed = weekday(granted.minusMonths(16).minusDays(r.nextInt(
                (int) Math.max(1, ChronoUnit.DAYS.between(earliestFiling, granted.minusMonths(16))))));
        Priority priority = usPriority(i, r, homeCountry, filed);
        LocalDate base = priority != null ? priority.date() : filed;
        String kind = "B1";
        String pgpub = null;
        LocalDate published = null;
        if (r.chance(0.85)) {
            LocalDate thursday = base.plusMonths(18).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            if (thursday.isBefore(granted.minusWeeks(3))) {
                kind = "B2";
                published = thursday;
                pgpub = pgpubNumber(i, thursday);
            }
        }
        int termExtension = r.chance(0.6) ? r.between(1, 420) : 0;
        Us us = new Us(usApplicationNumber(i, filed), number, kind, granted, pgpub, published, entity(applicants, r),
                termExtension);
        Templates.Kind kindOfText = Templates.Kind.INVENTION;
        boolean inGoogle = r.chance(0.20) || familyLead(i);
        return new Application(i, Origin.US_GRANT, subject.sector(), kindOfText, topic(i, subject, kindOfText), applicants,
                List.copyOf(inventors), filed,
                priority, familyId(i), null, us, null, inGoogle, r.chance(0.5));
    }

    private Application usPublication(int i, Rng r, Subject subject, List<Applicant> applicants,
                                      List<Inventor> inventors, String homeCountry) {
        LocalDate published = FIRST_PGPUB_THURSDAY.plusWeeks(slot(i, pgpubWeeks));
        boolean claimsPriority = !homeCountry.equals("US") && r.chance(0.8);
        LocalDate filed;
        Priority priority;
        if (claimsPriority) {
            LocalDate first = weekday(published.minusMonths(18).minusDays(r.nextInt(20)));
            filed = weekday(first.plusDays(r.between(300, 364)));
            priority = foreignPriority(i, homeCountry, first);
        } else {
            filed = weekday(published.minusMonths(18).minusDays(r.nextInt(20)));
            priority = homeCountry.equals("US") && r.chance(0.4) ? provisional(i, filed.minusDays(r.between(200, 364)))
                    : null;
        }
        Us us = new Us(usApplicationNumber(i, filed), null, null, null, pgpubNumber(i, published), published,
                entity(applicants, r), 0);
        return new Application(i, Origin.US_PUBLICATION, subject.sector(), Templates.Kind.INVENTION,
                topic(i, subject, Templates.Kind.INVENTION), applicants,
                List.copyOf(inventors), filed, priority, familyId(i), null, us, null, false, false);
    }

    private Priority usPriority(int i, Rng r, String homeCountry, LocalDate filed) {
        if (homeCountry.equals("US")) {
            return r.chance(0.4) ? provisional(i, weekday(filed.minusDays(r.between(200, 364)))) : null;
        }
        if (homeCountry.equals("CN") || r.chance(0.8)) {
            LocalDate first = weekday(filed.minusDays(r.between(300, 364)));
            return foreignPriority(i, homeCountry, first);
        }
        return null;
    }

    /** The first filing at home that a filing abroad claims, numbered as that office writes it. */
    private Priority foreignPriority(int i, String country, LocalDate date) {
        int serial = scatter6(i + 7);
        int year = date.getYear();
        return switch (country) {
            case "CN" -> {
                // A family lead claims the application after it, which the world holds; others claim one outside it.
                String digits = cnDigits(year, 1, scatter7(familyLead(i) ? i + 1 : i + size + 1));
                yield new Priority("CN", digits + "." + CnApplicationNumber.checkCharFor(digits),
                        "CN-" + digits + "-A", date, false);
            }
            case "JP" -> new Priority("JP", year + "-" + pad(serial, 6), "JP-" + year + pad(serial, 6) + "-A", date, false);
            case "KR" -> new Priority("KR", "10-" + year + "-" + pad(serial, 7),
                    "KR-" + year + pad(serial, 7) + "-A", date, false);
            default -> {
                String digits = "10" + year + pad(serial, 6);
                yield new Priority("DE", "10 " + year + " " + pad(serial, 6).substring(0, 3) + " "
                        + pad(serial, 6).substring(3) + ".0", "DE-" + digits + "-A", date, false);
            }
        };
    }

    private Priority provisional(int i, LocalDate date) {
        String digits = (date.isBefore(LocalDate.of(2014, 5, 19)) ? "61" : "62") + pad(scatter6(i + 11), 6);
        return new Priority("US", digits, "US-" + date.getYear() + digits + "-P", date, true);
    }

    private static String entity(List<Applicant> applicants, Rng r) {
        return switch (r.weighted(0.6, 0.32, 0.08)) {
            case 0 -> "large";
            case 1 -> "small";
            default -> applicants.get(0).country().equals("US") ? "micro" : "small";
        };
    }

    /**
     * The USPTO series code of a filing date and a scrambled six-digit serial. Worlds beyond a million
     * applications would run out of serials, so their later millions take series codes 41-49, which
     * the USPTO has never used.
     */
    private String usApplicationNumber(int i, LocalDate filed) {
        int million = i / 1_000_000;
        String series = million > 0 ? Integer.toString(40 + million) : seriesCode(filed);
        return series + pad(scatter6(i), 6);
    }

    static String seriesCode(LocalDate filed) {
        if (filed.isBefore(LocalDate.of(2010, 12, 17))) {
            return "12";
        } else if (filed.isBefore(LocalDate.of(2013, 8, 16))) {
            return "13";
        } else if (filed.isBefore(LocalDate.of(2016, 1, 18))) {
            return "14";
        } else if (filed.isBefore(LocalDate.of(2017, 12, 4))) {
            return "15";
        } else if (filed.isBefore(LocalDate.of(2019, 12, 9))) {
            return "16";
        } else if (filed.isBefore(LocalDate.of(2021, 12, 27))) {
            return "17";
        }
        return filed.isBefore(LocalDate.of(2025, 3, 3)) ? "18" : "19";
    }

    /**
     * Patent numbers grow with the index, as they grow with the issue date: each index owns the
     * numbers from {@code i * span / size} to the next index's, and takes a scrambled one of them.
     */
    private long patentNumber(int i) {
        long span = Math.max(PATENT_SPAN, size);
        long from = (long) i * span / size;
        long to = (long) (i + 1) * span / size;
        return FIRST_PATENT + from + scatter6(i) % Math.max(1, to - from);
    }

    /** Year and a seven-digit serial: {@code 20190100017}. */
    private static String pgpubNumber(int i, LocalDate published) {
        return published.getYear() + pad(100_000 + i, 7);
    }

    /** The week a document falls in, growing with its index; small worlds use fewer weeks. */
    private long slot(int i, long weeks) {
        long slots = Math.max(1, Math.min(weeks, size / DOCUMENTS_PER_WEEK));
        long s = (long) i * slots / size;
        return s * weeks / slots;
    }

    // ---- EP, JP and KR publications ----------------------------------------------------------

    private Application office(int i, Rng r, Subject subject, List<Applicant> applicants, List<Inventor> inventors,
                               String homeCountry) {
        String country = switch (homeCountry) {
            case "JP" -> "JP";
            case "KR" -> "KR";
            default -> "EP";
        };
        LocalDate filed = weekday(LocalDate.of(2010, 1, 4).plusDays(r.nextInt(365 * 15 + 100)));
        Priority priority = null;
        if (country.equals("EP") && r.chance(0.7)) {
            priority = homeCountry.equals("DE")
                    ? foreignPriority(i, "DE", weekday(filed.minusDays(r.between(300, 364))))
                    : provisional(i, weekday(filed.minusDays(r.between(300, 364))));
        }
        LocalDate base = priority != null ? priority.date() : filed;
        DayOfWeek publicationDay = switch (country) {
            case "EP" -> DayOfWeek.WEDNESDAY;
            case "JP" -> DayOfWeek.THURSDAY;
            default -> DayOfWeek.MONDAY;
        };
        LocalDate published = base.plusMonths(18).with(TemporalAdjusters.nextOrSame(publicationDay));
        if (published.isAfter(AS_OF)) {
            published = AS_OF.minusDays(7).with(TemporalAdjusters.previousOrSame(publicationDay));
            if (!published.isAfter(filed)) {
                filed = weekday(published.minusMonths(6));
            }
        }
        int million = i / 1_000_000;
        int serial = scatter6(i);
        String publication;
        String application;
        String kind;
        switch (country) {
            case "EP" -> {
                publication = million == 0 ? "3" + pad(serial, 6) : million + pad(serial, 7);
                application = pad(million == 0 ? filed.getYear() % 100 : 50 + million, 2) + pad(serial, 6);
                kind = "A1";
            }
            case "JP" -> {
                publication = published.getYear() + (million == 0 ? pad(serial, 6) : million + pad(serial, 6));
                application = filed.getYear() + (million == 0 ? pad(serial, 6) : million + pad(serial, 6));
                kind = "A";
            }
            default -> {
                publication = published.getYear() + pad(million * 1_000_000 + serial, 7);
                application = filed.getYear() + pad(million * 1_000_000 + serial, 7);
                kind = "A";
            }
        }
        Office office = new Office(country, publication, kind, published, application);
        return new Application(i, Origin.OFFICE, subject.sector(), Templates.Kind.INVENTION,
                topic(i, subject, Templates.Kind.INVENTION), applicants, List.copyOf(inventors),
                filed, priority, familyId(i), null, null, office, true, false);
    }

    // ---- numbers and dates --------------------------------------------------------------------

    private String familyId(int i) {
        return Integer.toString(50_000_000 + scatter7(i));
    }

    /** A bijection of [0, 10^6) that scatters neighbours; higher millions keep their million. */
    private int scatter6(int i) {
        return (int) (((long) (i % 1_000_000) * 7919 + offset6) % 1_000_000);
    }

    private int scatter7(int i) {
        return (int) (((long) (i % 10_000_000) * 7_654_321L + offset7) % 10_000_000);
    }

    private static int scatter8(int i) {
        return (int) (((long) i * 98_765_431L + 1357) % 100_000_000);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    static LocalDate weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
