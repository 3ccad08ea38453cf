package org.patnav.analytics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The legal status of an application on a date, inferred from its dates, the maximum term and the
 * events PatNav ingested. Events win over dates: a recorded lapse ends a patent whatever its term
 * says, a later restoration revives it.
 *
 * <ul>
 *   <li>{@code valid}: granted, term running, no standing lapse, expiry, invalidation;</li>
 *   <li>{@code pending}: not granted, no withdrawal or refusal, still within the maximum term;</li>
 *   <li>{@code lapsed}: ended for unpaid fees (CN 未缴年费专利权终止, USPTO EXP.) or surrendered, with no
 *       later restoration;</li>
 *   <li>{@code expired}: the maximum term has run out (or an expiry event says so);</li>
 *   <li>{@code withdrawn_rejected}: withdrawn, refused, or invalidated in full.</li>
 * </ul>
 */
public enum LegalStatus {
    VALID, PENDING, LAPSED, EXPIRED, WITHDRAWN_REJECTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An event of the application: its category ({@code EventCategory} id) and date. */
    public record Event(String category, LocalDate date) {
    }

    /** The status and the date it began (null when it is the state since filing or grant is unknown). */
    public record Outcome(LegalStatus status, LocalDate since) {
    }

    /**
     * @param lastDay the last day of the maximum term (see {@link PatentTerms#lastDay}), null if unknown
     */
    public static Outcome of(LocalDate asOf, LocalDate grantDate, LocalDate lastDay, List<Event> events) {
        List<Event> known = events.stream().filter(e -> e.date() != null && !e.date().isAfter(asOf))
                .sorted(Comparator.comparing(Event::date)).toList();
        Event end = null;
        for (Event e : known) {
            switch (e.category()) {
                case "lapse", "expiry", "withdrawal", "refusal", "invalidation" -> end = e;
                // A restoration (CN 恢复, USPTO EXPX) undoes the lapse before it.
                case "restoration" -> end = end != null && end.category().equals("lapse") ? null : end;
                default -> {
                }
            }
        }
        boolean granted = grantDate != null && !grantDate.isAfter(asOf);
        if (end != null) {
            return switch (end.category()) {
                case "lapse" -> new Outcome(LAPSED, end.date());
                case "expiry" -> new Outcome(EXPIRED, end.date());
                default -> new Outcome(WITHDRAWN_REJECTED, end.date());
            };
        }
        if (lastDay != null && asOf.isAfter(lastDay)) {
            return new Outcome(EXPIRED, lastDay.plusDays(1));
        }
        return granted ? new Outcome(VALID, grantDate) : new Outcome(PENDING, null);
    }
}
