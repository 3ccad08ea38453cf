package org.patnav.analytics.fees;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.patnav.analytics.PatentTerms;

/**
 * The fee status of a patent on a date, from its dates, the fee rules and its events.
 *
 * <p>Events win over inference: a recorded lapse, expiry, withdrawal or refusal decides, a later
 * restoration undoes a lapse, a recorded payment settles its fee. Where nothing is recorded, the rules
 * decide: a fee past its due date with no payment recorded is in grace. Past the grace deadline, a
 * missing payment ends the patent only where the office's payments are in the data (a US patent with
 * fee events); otherwise (CNIPA and EPO publish no payments) the fee is presumed paid, because an unpaid
 * one would have ended the patent and the lapse would be on record. The presumption is stated in the
 * explanation. Disagreements between events and dates are listed as conflicts, not resolved silently.
 */
public final class FeeStatusEngine {

    private static final Set<String> FEE_RECORDS = Set.of("fee_paid", "fee_surcharge", "fee_reminder", "lapse",
            "restoration", "entity_status");
    private static final Set<String> ENDS = Set.of("lapse", "expiry", "withdrawal", "refusal", "invalidation");

    private final PatentTerms terms;
    private final FeeRules rules;
    private final Map<String, FeeRegime> regimes = new HashMap<>();

    public FeeStatusEngine(FeeRules rules, Deadlines deadlines, PatentTerms terms) {
        this.terms = terms;
        this.rules = rules;
        regimes.put("CN", new CnAnnualFees(rules, deadlines, terms));
        regimes.put("US", new UsMaintenanceFees(rules, deadlines));
        regimes.put("EP", new EpRenewalFees(rules, deadlines));
    }

    public static FeeStatusEngine defaults() {
        return new FeeStatusEngine(FeeRules.defaults(), Deadlines.defaults(), PatentTerms.defaults());
    }

    private static final Map<Deadlines, FeeStatusEngine> SHARED = new ConcurrentHashMap<>();

    /**
     * The engine of the shipped fee rules and patent terms with these calendars, one per JVM and calendar
     * set, so the rule files are read once per JVM (on a Spark executor, by its first task) and not per
     * partition. The calendars are the caller's: jobs read them on the driver and ship them to the tasks,
     * so no task opens a local path. The engine holds no state between assessments; tasks share it.
     */
    public static FeeStatusEngine shared(Deadlines deadlines) {
        return SHARED.computeIfAbsent(deadlines, d -> new FeeStatusEngine(FeeRules.defaults(), d, PatentTerms.defaults()));
    }

    /**
     * A patent's standing on a date, as {@link #assess} decides it, without the amounts: what the landscape
     * counts (valid, lapsed, ...) from the same rules the watchlist explains.
     */
    public record Standing(FeeStatus status, LocalDate since) {
    }

    /** Builds one assessment; fields default to "nothing due". */
    private static final class Result {
        final FeeSubject s;
        /**
         * Whether the amount owed and the payment ladder of the fee due or in grace are wanted: a standing needs
         * neither (a restoration route is still priced with its deadline, which decides restorable or lapsed).
         */
        final boolean priced;
        final List<String> why = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();
        FeeStatus status;
        LocalDate since;
        Integer feeYear;
        LocalDate due;
        LocalDate grace;
        LocalDate restore;
        Money amount;
        LocalDate termEnd;
        String decidedBy = "dates and rules";
        Deadlines.CalendarCaveat caveat;
        List<PaymentStep> ladder = List.of();

        Result(FeeSubject s, boolean priced) {
            this.s = s;
            this.priced = priced;
        }

        FeeAssessment build() {
            return new FeeAssessment(s.pubId(), status, since, feeYear, due, grace, restore,
                    amount == null ? null : amount.amount(), amount == null ? null : amount.currency(),
                    amount == null || amount.complete(), termEnd, decidedBy, conflicts, why, caveat, amountNote(), ladder);
        }

        /** Why the amount owed is unknown or incomplete: the regime's sentence, else the explanation's. */
        private String amountNote() {
            if (amount == null || amount.complete()) {
                return null;
            }
            return amount.missing() != null ? amount.missing()
                    : "PatNav's " + s.office() + " fee schedules lack " + (amount.amount() == null ? "this amount" : "a part of this amount")
                    + " (see the explanation)";
        }
    }

    /**
     * @param withinDays the reminder window: a fee due within it makes the patent {@code due}
     */
    public FeeAssessment assess(FeeSubject s, LocalDate asOf, int withinDays) {
        return judge(new Result(s, true), asOf, withinDays).build();
    }

    /**
     * The status and its start that {@link #assess} gives, judged by the same code, leaving out what only
     * an assessment shows: the amount owed, the late-payment ladder (a patent in grace prices every month
     * of it) and the explanation's wording of them. The fee engine's status tests and the real USPTO
     * maintenance-fee records check that the two agree on every case they judge.
     */
    public Standing standing(FeeSubject s, LocalDate asOf, int withinDays) {
        Result r = judge(new Result(s, false), asOf, withinDays);
        return new Standing(r.status, r.since);
    }

    private Result judge(Result r, LocalDate asOf, int withinDays) {
        FeeSubject s = r.s;
        // On one day, a restoration comes before the payment recorded with it (USPTO EXPX and M1552 share a date).
        List<FeeEvent> events = s.events().stream().filter(e -> e.date() != null && !e.date().isAfter(asOf))
                .sorted(Comparator.comparing(FeeEvent::date).thenComparing(e -> !e.category().equals("restoration")))
                .toList();
        r.why.add("as of " + asOf + ": " + s.office() + " " + s.patentType() + ", filed " + s.filingDate()
                + (s.grantDate() != null ? ", granted " + s.grantDate() : ", not granted") + "; " + events.size()
                + " event(s) on or before that date");
        if (s.filingDate() == null) {
            r.why.add("no filing date: the term and the fee years cannot be counted");
        }
        // A reissue runs for the unexpired part of its original patent's term (35 U.S.C. 251; MPEP 2506).
        boolean reissueOfKnownGrant = s.patentType().equals("reissue") && s.originalGrantDate() != null;
        Optional<LocalDate> lastDay = terms.lastDay(s.office(), s.patentType(), s.filingDate(),
                reissueOfKnownGrant ? s.originalGrantDate() : s.grantDate(), s.termExtensionDays());
        if (reissueOfKnownGrant) {
            r.why.add("reissue: the term is the original patent's (35 U.S.C. 251): from its grant " + s.originalGrantDate()
                    + " where the term runs from grant; where it runs from filing, PatNav counts from the filing date it holds ("
                    + s.filingDate() + "), which for a reissue read from the full text is the reissue application's, later"
                    + " than the original's: the term end is then an upper bound");
        }
        lastDay.ifPresent(d -> {
            r.termEnd = d;
            r.why.add("term: last day " + d + " (patent-terms.tsv" + (s.termExtensionDays() != null && s.termExtensionDays() > 0
                    ? ", with " + s.termExtensionDays() + " days of term adjustment" : "") + ")");
            r.termEnd = compensated(r, d, asOf);
        });
        FeeRegime regime = regimes.get(s.office());
        FeeEvent end = standingEnd(events, r);
        if (end != null) {
            return ended(r, end, regime, events, asOf);
        }
        boolean granted = s.grantDate() != null && !s.grantDate().isAfter(asOf);
        if (r.termEnd != null && asOf.isAfter(r.termEnd)) {
            r.status = FeeStatus.EXPIRED;
            r.since = r.termEnd.plusDays(1);
            r.why.add("the term ended on " + r.termEnd + ": expired");
            return r;
        }
        boolean inRegimeUngranted = s.office().equals("EP");
        if (!granted && !inRegimeUngranted) {
            r.status = FeeStatus.PENDING;
            r.since = s.filingDate();
            r.why.add("not granted: no annual or maintenance fee yet (pending)");
            return r;
        }
        if (regime == null || s.filingDate() == null || r.termEnd == null) {
            r.status = granted ? FeeStatus.IN_FORCE : FeeStatus.PENDING;
            r.since = granted ? s.grantDate() : s.filingDate();
            r.why.add(regime == null ? "PatNav has no fee rules for office " + s.office() + ": in force until the term ends"
                    : "without a filing date or term the fees cannot be scheduled");
            return r;
        }
        return byInstalments(r, regime, events, asOf, withinDays, granted);
    }

    /**
     * The last day with the term compensations the register records (专利法 第四十二条第二款、第三款), each from the
     * date of its decision: before it, the patent's term is the statutory one. Two compensations of one kind
     * (the register naming the patent by two numbers) are a conflict; the later decision counts.
     */
    private LocalDate compensated(Result r, LocalDate lastDay, LocalDate asOf) {
        FeeSubject s = r.s;
        Map<TermExtension.Kind, TermExtension> byKind = new java.util.EnumMap<>(TermExtension.Kind.class);
        for (TermExtension e : s.termExtensions()) {
            if (e.decided().isAfter(asOf)) {
                r.why.add(e.kind().id() + " of " + e.days() + " days decided on " + e.decided() + " (" + e.source()
                        + "): not yet decided on " + asOf);
                continue;
            }
            TermExtension before = byKind.put(e.kind(), e);
            if (before != null) {
                r.conflicts.add("two " + e.kind().id() + " recorded (" + before.source() + "; " + e.source() + ")");
                if (before.decided().isAfter(e.decided())) {
                    byKind.put(e.kind(), before);
                }
            }
        }
        LocalDate end = lastDay;
        for (TermExtension e : byKind.values()) {
            LocalDate moved = end.plusDays(e.days());
            r.why.add("term compensation, " + e.kind().law() + ": " + e.days() + " days decided on " + e.decided() + " ("
                    + e.source() + "): last day " + end + " -> " + moved);
            end = moved;
            checkCompensation(r, e);
        }
        return end;
    }

    /** What the statute requires of the patent a compensation was given to, checked against the data. */
    private void checkCompensation(Result r, TermExtension e) {
        FeeSubject s = r.s;
        if (!s.office().equals("CN") || !"invention".equals(s.patentType())) {
            r.conflicts.add(e.kind().id() + " recorded for a " + s.office() + " " + s.patentType()
                    + ": 专利法 第四十二条 compensates CNIPA invention patents only");
        }
        if (e.filed() != null && s.filingDate() != null && !e.filed().equals(s.filingDate())) {
            r.conflicts.add(e.kind().id() + " register states filing date " + e.filed() + ", the data " + s.filingDate());
        }
        if (e.kind() == TermExtension.Kind.PATENT_TERM_COMPENSATION && s.filingDate() != null && s.grantDate() != null) {
            Optional<FeeRules.Parameter> rule = rules.find("CN", "grant_delay_min_years_from_filing", s.grantDate());
            if (rule.isEmpty()) {
                r.conflicts.add("patent_term_compensation recorded for a patent granted on " + s.grantDate()
                        + ", before 专利法 (2020) 第四十二条第二款 was in force");
                return;
            }
            int years = rule.get().value();
            LocalDate from = s.filingDate().plusYears(years);
            long delay = ChronoUnit.DAYS.between(from, s.grantDate());
            if (e.days() > delay) {
                r.conflicts.add("patent_term_compensation of " + e.days() + " days, but the grant on " + s.grantDate()
                        + " came " + Math.max(0, delay) + " days after the " + years
                        + "-year mark " + from + " (专利法 第四十二条第二款 compensates the delay after it)");
            }
        }
    }

    /** The lapse, expiry, withdrawal, refusal or invalidation that stands on the date, if any. */
    private static FeeEvent standingEnd(List<FeeEvent> events, Result r) {
        FeeEvent end = null;
        for (FeeEvent e : events) {
            if (ENDS.contains(e.category())) {
                end = e;
            } else if (e.category().equals("restoration") && end != null && end.category().equals("lapse")) {
                r.why.add("restored on " + e.date() + " (" + e.code() + "): the lapse of " + end.date() + " no longer stands");
                end = null;
            } else if (e.category().equals("fee_paid") && end != null && end.category().equals("lapse")) {
                r.conflicts.add("payment " + e.code() + " recorded on " + e.date() + " after the lapse of " + end.date()
                        + " (" + end.code() + ") with no restoration recorded");
            }
        }
        FeeSubject s = r.s;
        if (end != null && end.category().equals("lapse") && s.grantDate() != null && end.date().isBefore(s.grantDate())) {
            r.conflicts.add("lapse " + end.code() + " recorded on " + end.date() + ", before the grant on " + s.grantDate());
        }
        return end;
    }

    private Result ended(Result r, FeeEvent end, FeeRegime regime, List<FeeEvent> events, LocalDate asOf) {
        r.since = end.date();
        r.decidedBy = "event " + end.code() + " " + end.date();
        switch (end.category()) {
            case "expiry" -> {
                r.status = FeeStatus.EXPIRED;
                r.why.add("expiry recorded on " + end.date() + " (" + end.code() + ")");
                if (r.termEnd != null && Math.abs(ChronoUnit.DAYS.between(r.termEnd, end.date())) > 31) {
                    r.conflicts.add("expiry recorded on " + end.date() + " but the term computed ends on " + r.termEnd);
                }
            }
            case "lapse" -> {
                r.why.add("lapse recorded on " + end.date() + " (" + end.code() + "): events win over dates");
                if (r.termEnd != null && end.date().isAfter(r.termEnd.plusDays(1))) {
                    r.conflicts.add("lapse recorded on " + end.date() + " after the term ended on " + r.termEnd);
                }
                restorable(r, regime, lapsedInstalment(r, regime, events, end.date()), asOf);
            }
            default -> {
                r.status = FeeStatus.LAPSED;
                r.why.add(end.category() + " recorded on " + end.date() + " (" + end.code() + "): ended for good");
            }
        }
        return r;
    }

    /**
     * The fee whose non-payment a lapse recorded on {@code date} concerns: where payments are recorded,
     * the first fee due by then with no payment; elsewhere the last fee due by then. (The USPTO records
     * EXP. in the week the grace period ends, a few days either side of it, so the date alone is no
     * conflict.) A lapse when every fee due is recorded as paid is a conflict.
     */
    private Instalment lapsedInstalment(Result r, FeeRegime regime, List<FeeEvent> events, LocalDate date) {
        FeeSubject s = r.s;
        if (regime == null || r.termEnd == null || s.filingDate() == null || (s.grantDate() == null && !s.office().equals("EP"))) {
            return null;
        }
        Set<Integer> paid = new java.util.HashSet<>();
        events.stream().filter(e -> e.category().equals("fee_paid") && e.feeYear() != null && !e.date().isAfter(date))
                .forEach(e -> paid.add(e.feeYear()));
        Instalment last = null;
        for (Instalment i : regime.instalments(s, r.termEnd, new ArrayList<>())) {
            if (i.due().nominal().isAfter(date)) {
                break;
            }
            if (regime.paymentsRecorded() && !paid.contains(i.feeYear())) {
                return i;
            }
            last = i;
        }
        if (regime.paymentsRecorded() && last != null) {
            r.conflicts.add("lapse recorded on " + date + " but every fee due by then is recorded as paid");
            return null;
        }
        return last;
    }

    /** A patent ended for an unpaid fee: restorable until its restoration deadline, else lapsed for good. */
    private static void restorable(Result r, FeeRegime regime, Instalment unpaid, LocalDate asOf) {
        r.status = FeeStatus.LAPSED;
        if (unpaid == null) {
            r.why.add("no fee of the patent matches the lapse: no restoration route computed");
            return;
        }
        r.feeYear = unpaid.feeYear();
        if (r.termEnd != null && asOf.isAfter(r.termEnd)) {
            r.why.add("the term has also ended (" + r.termEnd + "): nothing to restore");
            return;
        }
        FeeRegime.Restoration route = regime.restoration(r.s, unpaid, asOf, r.why);
        if (route.deadline() != null && !asOf.isAfter(route.deadline())) {
            r.status = FeeStatus.RESTORABLE;
            r.restore = route.deadline();
            r.caveat = route.caveat();
            r.amount = route.cost();
            r.why.add("restorable until " + route.deadline() + ", cost " + route.cost()
                    + (route.caveat() == null ? "" : " (restoration deadline: " + route.caveat().text() + ")"));
        } else {
            r.why.add("the restoration deadline " + route.deadline() + " has passed: lapsed for good");
        }
    }

    private Result byInstalments(Result r, FeeRegime regime, List<FeeEvent> events, LocalDate asOf,
                                        int withinDays, boolean granted) {
        FeeSubject s = r.s;
        Map<Integer, FeeEvent> paid = new HashMap<>();
        for (FeeEvent e : events) {
            if (e.category().equals("fee_paid") && e.feeYear() != null) {
                paid.putIfAbsent(e.feeYear(), e);
            }
        }
        boolean recorded = regime.paymentsRecorded() && events.stream().anyMatch(e -> FEE_RECORDS.contains(e.category()));
        List<Integer> presumed = new ArrayList<>();
        String presumption = regime.paymentsRecorded()
                ? "no fee events of this patent were ingested, and no lapse is recorded"
                : s.office() + " payments are not published in bulk data, and no lapse is recorded";
        for (Instalment i : regime.instalments(s, r.termEnd, r.why)) {
            FeeEvent payment = paid.get(i.feeYear());
            if (payment != null) {
                r.why.add(i.label() + " paid on " + payment.date() + " (" + payment.code() + ")");
                continue;
            }
            boolean pastGrace = asOf.isAfter(i.grace().date());
            boolean pastDue = asOf.isAfter(i.due().date());
            if (pastGrace && !recorded) {
                // A fee unpaid past its grace would have ended the patent, and the lapse would be on record.
                presumed.add(i.feeYear());
                continue;
            }
            flushPresumed(r, presumed, presumption);
            if (pastGrace) {
                r.why.add("no payment of the " + i.label() + " recorded by its grace deadline " + i.grace().date()
                        + ": ended as of " + i.lapsesAsOf() + " (inferred from the fee events; no lapse event ingested)");
                r.since = i.lapsesAsOf();
                restorable(r, regime, i, asOf);
                return r;
            }
            r.feeYear = i.feeYear();
            r.due = i.due().date();
            r.grace = i.grace().date();
            describe(r, "due", i.due());
            describe(r, "grace deadline", i.grace());
            if (pastDue) {
                r.status = FeeStatus.GRACE;
                r.caveat = i.grace().caveat();
                r.since = i.due().date().plusDays(1);
                if (r.priced) {
                    r.amount = regime.late(s, i, asOf, r.why);
                    ladder(r, regime, i, asOf);
                }
                r.why.add("no payment of the " + i.label() + " recorded" + (recorded ? " in the fee events"
                        : " (" + s.office() + " payments are not in the data: unpaid as far as PatNav knows)")
                        + ": in grace until " + i.grace().date() + (r.priced ? ", to pay now " + r.amount : ""));
                return r;
            }
            if (r.priced) {
                r.amount = regime.fee(s, i, asOf, r.why);
            }
            r.caveat = i.due().caveat();
            long days = ChronoUnit.DAYS.between(asOf, i.due().date());
            if (days <= withinDays) {
                if (r.priced) {
                    ladder(r, regime, i, asOf);
                }
                r.status = FeeStatus.DUE;
                r.since = i.due().date().minusDays(withinDays);
                r.why.add("the " + i.label() + " falls due in " + days + " days (window " + withinDays + " days): due");
            } else {
                r.status = granted ? FeeStatus.IN_FORCE : FeeStatus.PENDING;
                r.since = granted ? s.grantDate() : s.filingDate();
                r.why.add("next fee: the " + i.label() + " on " + i.due().date() + (granted ? ": in force" : ": application pending"));
            }
            return r;
        }
        flushPresumed(r, presumed, presumption);
        r.status = granted ? FeeStatus.IN_FORCE : FeeStatus.PENDING;
        r.since = granted ? s.grantDate() : s.filingDate();
        r.why.add("no further fee falls due before the term ends on " + r.termEnd);
        return r;
    }

    /** The late-fee ladder of the fee concerned, with one explanation line listing its steps. */
    private static void ladder(Result r, FeeRegime regime, Instalment i, LocalDate asOf) {
        r.ladder = regime.ladder(r.s, i, asOf);
        r.why.add("payment schedule (the amount of the day of payment; paying less is not paying): "
                + PaymentStep.format(r.ladder));
    }

    private static void describe(Result r, String what, Deadlines.Deadline d) {
        if (d.moved()) {
            r.why.add(what + " " + d.nominal() + " -> " + d.date() + ": " + d.reason());
        } else if (d.reason() != null) {
            r.why.add(what + " " + d.date() + " (" + d.reason() + ")");
        }
    }

    private static void flushPresumed(Result r, List<Integer> presumed, String presumption) {
        if (!presumed.isEmpty()) {
            r.why.add("fees " + presumed.getFirst() + (presumed.size() > 1 ? "-" + presumed.getLast() : "")
                    + " presumed paid: " + presumption);
            presumed.clear();
        }
    }
}
