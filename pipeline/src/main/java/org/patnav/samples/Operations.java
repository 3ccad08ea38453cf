package org.patnav.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.patnav.samples.Application.Applicant;
import org.patnav.samples.Application.Operation;
import org.patnav.samples.Catalog.Area;
import org.patnav.samples.Catalog.Org;
import org.patnav.samples.Catalog.OrgKind;

/**
 * The operations (专利运营) on a granted CN patent while it is in force: transfers, licences, pledges with
 * their release, and open licences. Universities and institutes transfer a share of their patents to
 * companies, most often into Bozhou, as the city's technology-transfer policy asks; most of their valid
 * patents are never transferred. Individuals sell to companies, Bozhou companies sometimes out of the
 * city. Companies pledge patents to banks for loans (the pledgees are those of the sample pledge register,
 * {@code data-samples/indicators/pledges.csv}); open licences (专利法 第五十条, in force from 2021-06-01)
 * are declared mostly by universities and institutes.
 */
final class Operations {

    private Operations() {
    }

    /** The first open licences were published in 2022, after the amended law took effect on 2021-06-01. */
    private static final LocalDate OPEN_LICENCES_FROM = LocalDate.of(2022, 1, 1);

    /** Companies of each sector that buy, license and pledge, by where they sit. */
    private static List<Org> buyers(Sector sector, Area area) {
        List<Org> orgs = switch (area) {
            case BOZHOU -> Catalog.BOZHOU_ORGS;
            case ANHUI -> Catalog.ANHUI_ORGS;
            case CHINA -> Catalog.CHINA_ORGS;
        };
        return orgs.stream().filter(o -> o.kind() == OrgKind.COMPANY && o.sectors().contains(sector)).toList();
    }

    private static final List<String> BOZHOU_BANKS = List.of("徽商银行亳州分行", "亳州药都农村商业银行", "中国银行亳州分行");
    private static final List<String> ANHUI_BANKS = List.of("徽商银行合肥分行", "合肥科技农村商业银行");
    private static final List<String> OTHER_BANKS = List.of("招商银行杭州分行", "兴业银行成都分行", "交通银行上海分行");

    /**
     * The operations of a patent granted on {@code granted} that stays in force until {@code end} (its lapse
     * or expiry, else the world's day), oldest first; none for an applicant outside the catalogue's kinds.
     */
    static List<Operation> draw(Sector sector, List<Applicant> applicants, LocalDate granted, LocalDate end, Rng r) {
        List<Operation> out = new ArrayList<>();
        if (granted == null || sector == Sector.OTHER || !end.isAfter(granted.plusDays(120))) {
            return out;
        }
        Applicant first = applicants.get(0);
        Optional<Org> org = Catalog.byName(first.name());
        boolean academic = org.map(o -> o.kind() == OrgKind.UNIVERSITY || o.kind() == OrgKind.INSTITUTE).orElse(false);
        Area area = areaOf(first.regionCode());
        List<Applicant> holders = applicants;
        Area holderArea = area;
        boolean holderIsCompany = org.map(o -> o.kind() == OrgKind.COMPANY).orElse(false);

        double transferChance = academic || first.individual() ? 0.15 : 0.06;
        LocalDate transferred = null;
        if (r.chance(transferChance)) {
            Area to = transferTarget(academic, first.individual(), area, r);
            Optional<Org> buyer = pick(buyers(sector, to), first.name(), r);
            transferred = between(granted.plusDays(60), end, 0.0, 0.6, r);
            if (buyer.isPresent() && transferred != null) {
                List<Applicant> transferees = List.of(applicant(buyer.get()));
                out.add(new Operation(Operation.Kind.TRANSFER, transferred, holders, transferees));
                holders = transferees;
                holderArea = to;
                holderIsCompany = true;
                // Now and then the buyer sells on: a second transfer, to another company.
                if (r.chance(0.2)) {
                    Optional<Org> next = pick(buyers(sector, Area.values()[r.nextInt(3)]).stream()
                            .filter(o -> !o.nameZh().equals(first.name())).toList(), buyer.get().nameZh(), r);
                    LocalDate again = between(transferred.plusDays(90), end, 0.1, 0.8, r);
                    if (next.isPresent() && again != null) {
                        List<Applicant> second = List.of(applicant(next.get()));
                        out.add(new Operation(Operation.Kind.TRANSFER, again, holders, second));
                        holders = second;
                        holderArea = next.get().place().area();
                        transferred = again;
                    }
                }
            } else {
                transferred = null;
            }
        }
        LocalDate after = transferred != null ? transferred.plusDays(30) : granted.plusDays(60);
        if (r.chance(academic ? 0.2 : 0.1)) {
            Optional<Org> licensee = pick(buyers(sector, Area.values()[r.nextInt(3)]), holders.get(0).name(), r);
            LocalDate date = between(after, end, 0.0, 0.7, r);
            if (licensee.isPresent() && date != null) {
                out.add(new Operation(Operation.Kind.LICENCE, date, holders, List.of(applicant(licensee.get()))));
            }
        }
        if (holderIsCompany && r.chance(holderArea == Area.BOZHOU ? 0.2 : 0.1)) {
            List<String> banks = switch (holderArea) {
                case BOZHOU -> BOZHOU_BANKS;
                case ANHUI -> ANHUI_BANKS;
                case CHINA -> OTHER_BANKS;
            };
            List<Applicant> bank = List.of(bank(r.pick(banks)));
            LocalDate pledged = between(after, end, 0.0, 0.8, r);
            if (pledged != null) {
                out.add(new Operation(Operation.Kind.PLEDGE, pledged, holders, bank));
                LocalDate released = r.chance(0.4) ? between(pledged.plusDays(365), end, 0.0, 0.9, r) : null;
                if (released != null) {
                    out.add(new Operation(Operation.Kind.PLEDGE_RELEASE, released, holders, bank));
                }
            }
        }
        if (end.equals(World.AS_OF) && r.chance(academic ? 0.25 : 0.05)) {
            LocalDate date = between(latest(OPEN_LICENCES_FROM, after), end, 0.0, 0.9, r);
            if (date != null) {
                out.add(new Operation(Operation.Kind.OPEN_LICENCE, date, List.of(), List.of()));
            }
        }
        out.sort(Comparator.comparing(Operation::date));
        return List.copyOf(out);
    }

    /** Where a university's, an individual's or a company's patent goes when transferred. */
    private static Area transferTarget(boolean academic, boolean individual, Area from, Rng r) {
        if (academic) {
            return Area.values()[r.weighted(0.6, 0.25, 0.15)];
        }
        if (individual) {
            return from == Area.BOZHOU ? (r.chance(0.8) ? Area.BOZHOU : Area.CHINA) : (r.chance(0.3) ? Area.BOZHOU : from);
        }
        return from == Area.BOZHOU ? (r.chance(0.7) ? Area.CHINA : Area.ANHUI) : (r.chance(0.3) ? Area.BOZHOU : Area.CHINA);
    }

    private static Optional<Org> pick(List<Org> candidates, String notThis, Rng r) {
        List<Org> others = candidates.stream().filter(o -> !o.nameZh().equals(notThis)).toList();
        return others.isEmpty() ? Optional.empty() : Optional.of(r.pick(others));
    }

    /**
     * A day between {@code from} and {@code until}, between the given fractions of the span; null when the span
     * is empty (the patent ended first).
     */
    private static LocalDate between(LocalDate from, LocalDate until, double low, double high, Rng r) {
        long days = ChronoUnit.DAYS.between(from, until);
        if (days < 30) {
            return null;
        }
        long offset = (long) (days * (low + (high - low) * r.nextDouble()));
        return World.weekday(from.plusDays(offset));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Area areaOf(String regionCode) {
        if (regionCode == null) {
            return Area.CHINA;
        }
        return regionCode.startsWith("3416") ? Area.BOZHOU : regionCode.startsWith("34") ? Area.ANHUI : Area.CHINA;
    }

    private static Applicant applicant(Org org) {
        return new Applicant(org.nameZh(), org.nameEn(), org.nameZh(), false, "CN", org.address(), org.place().cityEn(),
                null, org.place().code());
    }

    private static Applicant bank(String name) {
        return new Applicant(name, name, name, false, "CN", null, null, null, null);
    }
}
