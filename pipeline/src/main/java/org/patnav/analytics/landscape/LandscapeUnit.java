package org.patnav.analytics.landscape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patnav.analytics.fees.FeeEvent;
import org.patnav.analytics.fees.FeeStatus;
import org.patnav.analytics.fees.FeeStatusEngine;
import org.patnav.analytics.fees.FeeSubject;
import org.patnav.analytics.highvalue.HighValueCandidate;
import org.patnav.analytics.highvalue.HighValueClassifier;
import org.patnav.model.ApplicationFact;

/**
 * A counting unit of a landscape: an application, or a simple family of the sector's applications.
 * Its status is the fee engine's on the as-of date and its high value CNIPA's criteria
 * ({@link HighValueClassifier}): the same definitions the watchlist and the indicators use.
 *
 * @param owners      the owners of the unit's latest publication, each name once with the type, country and
 *                    division of its first naming: full counting counts the unit once for each
 * @param firstOwner  the first owner of that publication (concentration, geography)
 * @param citedBy     other applications of the warehouse citing the unit
 * @param status      the fee engine's status, see {@link #status()}
 * @param highValue   a CNIPA high-value invention patent on the as-of date
 * @param nav         what the navigation sections read besides (chain branches, inventors, effects, dealings)
 */
public record LandscapeUnit(String unit, String pubId, String titleZh, String titleEn, String office, String patentType,
                            LocalDate filingDate, Integer priorityYear, LocalDate grantDate, Integer claimCount,
                            ApplicationFact.Owner firstOwner, List<ApplicationFact.Owner> owners, int inventors,
                            List<String> subclasses, List<String> groups, long citedBy, long familySize,
                            long familyOffices, FeeStatus status, LocalDate statusSince, boolean highValue,
                            Navigation nav) {

    /**
     * What the navigation sections read of a unit.
     *
     * @param apps       the applications the unit stands for (one, or a family's)
     * @param pubIds     their publications
     * @param inventors  the inventors of the latest publication, as the source names them
     * @param branches   the chain branches the unit's applications are placed on, {@code sector/branch} and
     *                   {@code sector/branch/sub-branch}, sorted
     * @param effects    the technical effects the applications' abstracts or first claims state (ids), sorted
     * @param citing     the applications of the warehouse citing the unit, sorted
     * @param dealings   transfers, licences, open licences, pledges and pledge releases, by date
     * @param holder     the current owner of the latest application's holder publication (after a transfer,
     *                   the assignee); null when unknown
     */
    public record Navigation(List<String> apps, List<String> pubIds, List<String> inventors, List<String> branches, List<String> effects,
                             List<String> citing, List<Dealing> dealings, ApplicationFact.Owner holder) {

        /** A unit with nothing for the navigation sections (tests of the landscape alone). */
        public static final Navigation NONE = new Navigation(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);

        public Navigation {
            apps = List.copyOf(apps);
            pubIds = List.copyOf(pubIds);
            inventors = inventors.stream().filter(n -> n != null && !n.isBlank()).toList();
            branches = List.copyOf(branches);
            effects = List.copyOf(effects);
            citing = List.copyOf(citing);
            dealings = List.copyOf(dealings);
        }

        /** Whether the unit was ever transferred (专利权转移). */
        public boolean transferred() {
            return dealings.stream().anyMatch(d -> d.category() == Dealing.Category.TRANSFER);
        }
    }

    /**
     * The unit with more dealings (a register's), each added unless the events already hold the same
     * category on the same date; kept by date.
     */
    public LandscapeUnit withDealings(List<Dealing> more) {
        List<Dealing> all = new ArrayList<>(nav.dealings());
        more.stream().filter(d -> !all.contains(d)).distinct().forEach(all::add);
        all.sort(Dealing.BY_DATE);
        Navigation n = new Navigation(nav.apps(), nav.pubIds(), nav.inventors(), nav.branches(), nav.effects(),
                nav.citing(), all, nav.holder());
        return new LandscapeUnit(unit, pubId, titleZh, titleEn, office, patentType, filingDate, priorityYear, grantDate,
                claimCount, firstOwner, owners, inventors, subclasses, groups, citedBy, familySize, familyOffices, status,
                statusSince, highValue, n);
    }

    /** A change of hands or a right granted over a patent, from the events or the bureau's registers. */
    public record Dealing(Category category, LocalDate date) {

        /** A unit's dealings in the order they happened (undated last), a category's before the next on a day. */
        static final Comparator<Dealing> BY_DATE = Comparator.comparing(Dealing::date,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Dealing::category);

        /** The event categories that are patent operation (专利运营), as {@code docs/model.md} names them. */
        public enum Category {
            TRANSFER("transfer"), LICENCE("licence"), OPEN_LICENCE("open_licence"), PLEDGE("pledge"),
            PLEDGE_RELEASE("pledge_release");

            private final String id;

            Category(String id) {
                this.id = id;
            }

            public String id() {
                return id;
            }

            static Category of(String eventCategory) {
                for (Category c : values()) {
                    if (c.id.equals(eventCategory)) {
                        return c;
                    }
                }
                return null;
            }
        }
    }

    /** What counts as one invention. */
    public enum Unit { APPLICATION, FAMILY }

    private static final Pattern MAIN_GROUP = Pattern.compile("^([A-H][0-9]{2}[A-Z][0-9]+)");
    /** The reminder window does not matter here: the landscape asks only whether the right subsists. */
    private static final int NO_REMINDER_WINDOW = 0;

    public Integer filingYear() {
        return filingDate == null ? null : filingDate.getYear();
    }

    public Integer grantYear() {
        return grantDate == null ? null : grantDate.getYear();
    }

    /** Granted on or before the date. */
    public boolean grantedBy(LocalDate date) {
        return grantDate != null && !grantDate.isAfter(date);
    }

    /** Valid (有效) on the as-of date: the fee engine's definition, {@link FeeStatus#valid()}. */
    public boolean valid() {
        return status.valid();
    }

    /**
     * The status the landscape reports: {@code valid} (in force, a fee due, or in the grace period),
     * {@code pending}, {@code restorable}, {@code lapsed} (unpaid fees past restoration, withdrawn, refused,
     * surrendered or invalidated), {@code expired}.
     */
    public String statusId() {
        return status.valid() ? "valid" : status.id();
    }

    /**
     * A Chinese patent that lapsed or expired: free to use in China (only the Chinese ones: a lapsed foreign
     * patent says nothing of rights in China).
     */
    public boolean freeToUseInChina() {
        return (status == FeeStatus.LAPSED || status == FeeStatus.EXPIRED) && "CN".equals(office);
    }

    public String ownerName() {
        return firstOwner == null ? null : firstOwner.name();
    }

    public String ownerType() {
        return firstOwner == null ? null : firstOwner.type();
    }

    public String ownerCountry() {
        return firstOwner == null ? null : firstOwner.country();
    }

    public String ownerRegion() {
        return firstOwner == null ? null : firstOwner.regionCode();
    }

    public List<String> ownerNames() {
        return owners.stream().map(ApplicationFact.Owner::name).toList();
    }

    public List<String> ownerTypes() {
        return owners.stream().map(ApplicationFact.Owner::type).toList();
    }

    /** The IPC main groups as one cell, sorted. */
    public String groupsCell() {
        return String.join("; ", new TreeSet<>(groups));
    }

    /** How the units of a sector are judged: the fee engine and the CNIPA classifier, on one date. */
    public record Judges(FeeStatusEngine fees, HighValueClassifier highValue, LocalDate asOf) {

        FeeStatusEngine.Standing fees(ApplicationFact f) {
            return fees.standing(new FeeSubject(f.holderPubId(), f.holderOffice(), f.holderPatentType(), f.filingDate(),
                    f.grantDate(), f.termExtensionDays(), f.entityStatus(), FeeSubject.Reduction.NONE, f.events(),
                    f.priorityDate(), f.pctNumber(), f.originalGrantDate()), asOf, NO_REMINDER_WINDOW);
        }

        boolean highValue(ApplicationFact f, FeeStatus status) {
            // The landscape has no pledge or award register: those two criteria are the indicators' alone.
            return highValue.isHighValue(new HighValueCandidate(f.holderPubId(), f.holderOffice(), f.holderPatentType(),
                    f.holderCountry(), f.holderRegion(), status, f.filingDate(), f.ipc(), f.text(), f.familyGrants(),
                    List.of(), List.of()), asOf);
        }
    }

    /**
     * The units of the given applications (all of one sector), in the order of the applications (of each
     * family's first application). Judged on every core: the fee engine and the classifier keep no state
     * between patents, and Spark's tasks share them across threads the same way.
     */
    public static List<LandscapeUnit> of(List<ApplicationFact> facts, Unit unit, Judges judges) {
        if (unit == Unit.APPLICATION) {
            return facts.parallelStream().map(f -> of(f.app(), List.of(f), judges)).toList();
        }
        Map<String, List<ApplicationFact>> families = new LinkedHashMap<>();
        for (ApplicationFact f : facts) {
            families.computeIfAbsent(f.familyId() != null ? f.familyId() : f.app(), k -> new ArrayList<>()).add(f);
        }
        return families.entrySet().parallelStream().map(e -> of(e.getKey(), e.getValue(), judges)).toList();
    }

    /**
     * One unit of one or more applications: the latest publication speaks for it; dates are the
     * earliest, claims the most; citations the union (a family member citing another counts, as it
     * would from outside); the status the best of the members' (a family is in force while any member is).
     */
    private static LandscapeUnit of(String key, List<ApplicationFact> members, Judges judges) {
        ApplicationFact latest = members.stream().max(Comparator
                .comparing((ApplicationFact f) -> f.publicationDate() == null ? LocalDate.MIN : f.publicationDate())
                .thenComparing(ApplicationFact::pubId)).orElseThrow();
        LocalDate filed = min(members.stream().map(ApplicationFact::filingDate).toList());
        LocalDate earliest = min(members.stream().map(ApplicationFact::earliestDate).toList());
        LocalDate granted = min(members.stream().map(ApplicationFact::grantDate).toList());
        Integer claims = members.stream().map(ApplicationFact::claimCount).filter(c -> c != null)
                .max(Integer::compare).orElse(null);
        Set<String> codes = new LinkedHashSet<>();
        Set<String> citing = new TreeSet<>();
        Set<String> branches = new TreeSet<>();
        Set<String> effects = new TreeSet<>();
        List<Dealing> dealings = new ArrayList<>();
        members.forEach(m -> {
            codes.addAll(m.ipc());
            citing.addAll(m.citing());
            branches.addAll(m.branches());
            effects.addAll(m.effects());
            for (FeeEvent e : m.events()) {
                Dealing.Category category = e == null ? null : Dealing.Category.of(e.category());
                if (category != null) {
                    dealings.add(new Dealing(category, e.date()));
                }
            }
        });
        dealings.sort(Dealing.BY_DATE);
        // The lineage of a citation follows other units: a family member citing another stays inside the unit.
        Set<String> citingOthers = new TreeSet<>(citing);
        members.forEach(m -> citingOthers.remove(m.app()));
        ApplicationFact.Owner holder = latest.holderName() == null ? null : new ApplicationFact.Owner(latest.holderName(),
                null, latest.holderCountry(), latest.holderRegion());
        Navigation nav = new Navigation(members.stream().map(ApplicationFact::app).sorted().toList(),
                members.stream().flatMap(m -> m.pubIds().stream()).sorted().toList(), latest.inventors(),
                List.copyOf(branches), List.copyOf(effects), List.copyOf(citingOthers), dealings, holder);
        Set<String> subclasses = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String c : codes) {
            subclasses.add(c.length() > 4 ? c.substring(0, 4) : c);
            Matcher m = MAIN_GROUP.matcher(c);
            if (m.find()) {
                groups.add(m.group(1));
            }
        }
        // Each name once: a name given twice (with another type, say) would count the unit twice for that
        // applicant and twice for each of its co-applicant pairs.
        Map<String, ApplicationFact.Owner> owners = new LinkedHashMap<>();
        for (ApplicationFact.Owner o : latest.applicants()) {
            if (o != null && o.name() != null) {
                owners.putIfAbsent(o.name(), o);
            }
        }
        ApplicationFact.Owner first = latest.applicants().isEmpty() ? null : latest.applicants().getFirst();
        FeeStatusEngine.Standing best = null;
        boolean highValue = false;
        for (ApplicationFact m : members) {
            FeeStatusEngine.Standing a = judges.fees(m);
            if (best == null || rank(a.status()) < rank(best.status())) {
                best = a;
            }
            highValue |= judges.highValue(m, a.status());
        }
        return new LandscapeUnit(key, latest.pubId(), latest.titleZh(), latest.titleEn(), latest.office(),
                latest.patentType(), filed, earliest == null ? null : earliest.getYear(), granted, claims, first,
                List.copyOf(owners.values()), latest.inventors().size(), List.copyOf(subclasses), List.copyOf(groups),
                citing.size(), latest.familySize(), latest.familyOffices(), best.status(), best.since(), highValue, nav);
    }

    /** Which member's status speaks for a family: valid before pending before restorable, lapsed, expired. */
    private static int rank(FeeStatus s) {
        return s.valid() ? 0 : switch (s) {
            case PENDING -> 1;
            case RESTORABLE -> 2;
            case LAPSED -> 3;
            default -> 4;
        };
    }

    private static LocalDate min(List<LocalDate> dates) {
        return dates.stream().filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }
}
