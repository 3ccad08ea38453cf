package org.patnav.analytics.fees;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.patnav.normalize.RuleFiles;

/**
 * Legally effective deadlines: a deadline that falls on a day the office is closed moves to its next
 * working day (CN 专利审查指南 第五部分第七章 2.3: 法定休假日 and weekends, with the make-up working days of
 * the State Council's holiday notices counting as working days; US 35 U.S.C. 21(b): Saturday, Sunday,
 * federal holiday within the District of Columbia; EPO Rule 134(1) EPC). Holiday calendars are data
 * ({@code holidays-CN.tsv}; {@code holidays-US.tsv} lists the one-off closures beside the statutory
 * holidays of {@link UsFederalHolidays}; more from a directory). Each calendar states the years it covers;
 * a deadline outside them moves off weekends only and carries a {@link CalendarCaveat} saying so. Official
 * exceptions ({@code deadline-exceptions.tsv}) move deadlines of a period to a later day.
 *
 * <p>Serializable: the driver reads the calendars (shipped or from {@code --holidays DIR}) and the Spark
 * tasks get this object, so no task opens a local path.
 */
public final class Deadlines implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a deadline was judged without its office's holiday calendar: weekends were the only closed days. */
    public enum CalendarCaveat {
        /** The deadline's year is after the last year the calendar covers (the State Council publishes a year's notice late in the year before). */
        NOT_YET_PUBLISHED("holiday calendar not yet published \u2014 weekend shift only"),
        /** No calendar of the office covers the year (an office without a calendar, or a year before the first covered). */
        NOT_IN_CALENDAR("no holiday calendar for this office and year \u2014 weekend shift only");

        private final String text;

        CalendarCaveat(String text) {
            this.text = text;
        }

        /** The caveat's id in data files ({@code not_yet_published}, {@code not_in_calendar}). */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String text() {
            return text;
        }
    }

    /**
     * A legal deadline and, when it is not the nominal date, why it moved; {@code extended} when an
     * announced extension (not only a closed day) moved it; {@code caveat} when no holiday calendar
     * covered the days it was judged on (null when one did).
     */
    public record Deadline(LocalDate nominal, LocalDate date, boolean extended, String reason, CalendarCaveat caveat) {

        public boolean moved() {
            return !date.equals(nominal);
        }
    }

    /**
     * One office's calendar: closed days, make-up working days on weekends, the years its listed days cover,
     * and whether the statutory holidays ({@link UsFederalHolidays}, US only) are closed days too.
     */
    record Calendar(Map<LocalDate, String> holidays, Map<LocalDate, String> workdays, SortedSet<Integer> years,
                    boolean statutory) implements Serializable {

        boolean covers(int year) {
            return years.contains(year) || statutory && year >= UsFederalHolidays.FIRST_YEAR;
        }

        /** This calendar with {@code other}'s days; the years {@code other} covers take its days only. */
        Calendar with(Calendar other) {
            Map<LocalDate, String> h = new TreeMap<>();
            Map<LocalDate, String> w = new TreeMap<>();
            holidays.forEach((d, n) -> {
                if (!other.years.contains(d.getYear())) {
                    h.put(d, n);
                }
            });
            workdays.forEach((d, n) -> {
                if (!other.years.contains(d.getYear())) {
                    w.put(d, n);
                }
            });
            h.putAll(other.holidays);
            w.putAll(other.workdays);
            SortedSet<Integer> y = new TreeSet<>(years);
            y.addAll(other.years);
            return new Calendar(h, w, y, statutory || other.statutory);
        }
    }

    /**
     * An announced extension: deadlines of the office from {@code from} to {@code to} move to
     * {@code extendedTo} for the patents whose conditions include all of {@code scope} (empty: all patents).
     */
    record Extension(String office, LocalDate from, LocalDate to, LocalDate extendedTo, Set<String> scope, String source)
            implements Serializable {
    }

    /** The office whose calendar is computed by statute ({@link UsFederalHolidays}). */
    private static final String STATUTE_OFFICE = "US";

    private final Map<String, Calendar> calendars;
    private final List<Extension> extensions;
    /**
     * Deadlines judged so far. Patents filed on the same day share every anniversary, so a run over many
     * patents judges each (office, date, conditions) once; the reasons are long strings, and building them
     * again for every patent was most of the fee engine's time. Not shipped: each JVM fills its own.
     */
    private transient volatile Map<DeadlineKey, Deadline> judged;

    private record DeadlineKey(String office, LocalDate nominal, Set<String> conditions) {

        // Written out: a record's generated equals and hashCode go through method handles, which the client
        // compiler (the landscape's) does not inline, and this key is looked up for every instalment.
        @Override
        public boolean equals(Object o) {
            return o instanceof DeadlineKey k && nominal.equals(k.nominal) && office.equals(k.office)
                    && conditions.equals(k.conditions);
        }

        @Override
        public int hashCode() {
            return (office.hashCode() * 31 + nominal.hashCode()) * 31 + conditions.hashCode();
        }
    }

    private Deadlines(Map<String, Calendar> calendars, List<Extension> extensions) {
        this.calendars = calendars;
        this.extensions = extensions;
    }

    /** The shipped CN and US calendars and the shipped exceptions. */
    public static Deadlines defaults() {
        Map<String, Calendar> calendars = new HashMap<>();
        for (String office : List.of("CN", "US")) {
            String name = "holidays-" + office + ".tsv";
            calendars.put(office, calendar(office, name, RuleFiles.resourceLines(Deadlines.class, name, 4)));
        }
        return new Deadlines(calendars, extensions(RuleFiles.resourceLines(Deadlines.class, "deadline-exceptions.tsv", 6)));
    }

    /**
     * The shipped calendars with every {@code holidays-XX.tsv} in {@code dir} added to the calendar of
     * office XX (a new office gets its own): the years a file covers take that file's days (a year's
     * notice, or a corrected one), the other years keep the shipped ones.
     */
    public static Deadlines withCalendars(Path dir) throws IOException {
        Deadlines base = defaults();
        Map<String, Calendar> calendars = new HashMap<>(base.calendars);
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("holidays-[A-Z]{2}\\.tsv")).sorted().toList()) {
                String office = f.getFileName().toString().substring(9, 11);
                try (InputStream in = Files.newInputStream(f)) {
                    Calendar c = calendar(office, f.toString(), RuleFiles.lines(in, f.toString(), 4));
                    calendars.merge(office, c, Calendar::with);
                }
            }
        }
        return new Deadlines(calendars, base.extensions);
    }

    /**
     * What the calendar of {@code office} covers, in words: the years of its listed days ("2021–2026"),
     * "by statute" for the computed US holidays, or "none".
     */
    public String coverage(String office) {
        Calendar c = calendars.get(office);
        if (c == null) {
            return "none";
        }
        String listed = ranges(c.years());
        return c.statutory() ? "by statute, every year from " + UsFederalHolidays.FIRST_YEAR + "; one-off closures as listed"
                + (listed.isEmpty() ? "" : ", listed days " + listed) : listed;
    }

    private static String ranges(SortedSet<Integer> years) {
        List<String> out = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int y : years) {
            if (prev != null && y != prev + 1) {
                out.add(start.equals(prev) ? String.valueOf(start) : start + "\u2013" + prev);
                start = y;
            } else if (start == null) {
                start = y;
            }
            prev = y;
        }
        if (start != null) {
            out.add(start.equals(prev) ? String.valueOf(start) : start + "\u2013" + prev);
        }
        return String.join(", ", out);
    }

    /** Equal when the calendars and exceptions are: the jobs keep one fee engine per JVM and calendar set. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Deadlines d && calendars.equals(d.calendars) && extensions.equals(d.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendars, extensions);
    }

    /** The legally effective date of a deadline that nominally falls on {@code nominal}, for any patent. */
    public Deadline legal(String office, LocalDate nominal) {
        return legal(office, nominal, Set.of());
    }

    /**
     * The legally effective date of a deadline of a patent meeting {@code conditions} (for the scope of
     * announced extensions: {@code reduced} for a CN fee reduction, {@code not_first} for a fee other
     * than the first after grant).
     */
    public Deadline legal(String office, LocalDate nominal, Set<String> conditions) {
        Map<DeadlineKey, Deadline> memo = judged;
        if (memo == null) {
            // Two threads may each make one: a deadline judged twice is the same deadline.
            memo = new ConcurrentHashMap<>();
            judged = memo;
        }
        return memo.computeIfAbsent(new DeadlineKey(office, nominal, Set.copyOf(conditions)),
                k -> judge(k.office(), k.nominal(), k.conditions()));
    }

    private Deadline judge(String office, LocalDate nominal, Set<String> conditions) {
        LocalDate date = nominal;
        boolean extended = false;
        List<String> why = new ArrayList<>();
        for (Extension e : extensions) {
            if (e.office().equals(office) && !nominal.isBefore(e.from()) && !nominal.isAfter(e.to())
                    && conditions.containsAll(e.scope()) && e.extendedTo().isAfter(date)) {
                date = e.extendedTo();
                extended = true;
                why.add("extended to " + date + " (" + e.source() + ")");
            }
        }
        Calendar c = calendars.get(office);
        LocalDate shifted = date;
        while (closed(c, shifted)) {
            shifted = shifted.plusDays(1);
        }
        if (!shifted.equals(date)) {
            why.add(date + " " + closedReason(c, date) + ", so the next working day");
        }
        CalendarCaveat caveat = null;
        for (int year = date.getYear(); year <= shifted.getYear() && caveat == null; year++) {
            caveat = caveat(c, year);
            if (caveat != null) {
                why.add(caveat.text() + (c == null ? ": PatNav has no " + office + " holiday calendar"
                        : ": the " + office + " holiday calendar does not cover " + year + " (it covers " + coverage(office) + ")"));
            }
        }
        return new Deadline(nominal, shifted, extended, why.isEmpty() ? null : String.join("; ", why), caveat);
    }

    /** Null when the calendar covers the year; else why not. */
    private static CalendarCaveat caveat(Calendar c, int year) {
        if (c == null) {
            return CalendarCaveat.NOT_IN_CALENDAR;
        }
        if (c.covers(year)) {
            return null;
        }
        boolean afterLast = !c.years().isEmpty() && year > c.years().last() && !c.statutory();
        return afterLast ? CalendarCaveat.NOT_YET_PUBLISHED : CalendarCaveat.NOT_IN_CALENDAR;
    }

    private static boolean closed(Calendar c, LocalDate d) {
        if (c != null && c.workdays().containsKey(d)) {
            return false;
        }
        if (holiday(c, d) != null) {
            return true;
        }
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The name of the holiday on {@code d}, listed or statutory; null when it is none. */
    private static String holiday(Calendar c, LocalDate d) {
        if (c == null) {
            return null;
        }
        String listed = c.holidays().get(d);
        if (listed != null || !c.statutory() || d.getYear() < UsFederalHolidays.FIRST_YEAR) {
            return listed;
        }
        return UsFederalHolidays.observedIn(d.getYear()).get(d);
    }

    private static String closedReason(Calendar c, LocalDate d) {
        return Optional.ofNullable(holiday(c, d)).map(n -> "is a public holiday (" + n + ")")
                .orElse("falls on a " + d.getDayOfWeek().toString().charAt(0)
                        + d.getDayOfWeek().toString().substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * A calendar file: {@code holiday} and {@code workday} rows, and {@code coverage} rows stating the years
     * the file is complete for ({@code coverage FIRST LAST source}), or, for the US, that the statutory
     * holidays are computed ({@code coverage statute all source}). Every listed day must fall in a covered
     * year and every covered year must list a holiday: a file that misstates its coverage is an error.
     */
    private static Calendar calendar(String office, String file, List<RuleFiles.Line> lines) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Map<LocalDate, String> workdays = new TreeMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        Map<Integer, RuleFiles.Line> claimedBy = new TreeMap<>();
        boolean statutory = false;
        boolean stated = false;
        List<RuleFiles.Line> days = new ArrayList<>();
        for (RuleFiles.Line l : lines) {
            if (!l.cell(0).equals("coverage")) {
                days.add(l);
                continue;
            }
            stated = true;
            if (l.cell(1).equals("statute")) {
                if (!office.equals(STATUTE_OFFICE) || !l.cell(2).equals("all")) {
                    throw l.error("only the US calendar is computed by statute, as 'coverage<TAB>statute<TAB>all'");
                }
                statutory = true;
                continue;
            }
            int first = l.integer(1);
            int last = l.integer(2);
            if (first > last) {
                throw l.error("coverage from " + first + " to " + last + " is empty");
            }
            for (int y = first; y <= last; y++) {
                years.add(y);
                claimedBy.putIfAbsent(y, l);
            }
        }
        if (!stated) {
            throw new IllegalStateException(file + ": states no coverage; add a line 'coverage<TAB>FIRST YEAR<TAB>LAST YEAR"
                    + "<TAB>source' naming the years whose notices it lists in full");
        }
        for (RuleFiles.Line l : days) {
            LocalDate d = l.date(0);
            switch (l.cell(1)) {
                case "holiday" -> holidays.put(d, l.cell(2));
                case "workday" -> workdays.put(d, l.cell(2));
                default -> throw l.error("column 2 must be holiday or workday: '" + l.cell(1) + "'");
            }
            if (!statutory && !years.contains(d.getYear())) {
                throw l.error(d + " is outside the years the file's coverage lines state");
            }
        }
        claimedBy.forEach((year, l) -> {
            if (holidays.keySet().stream().noneMatch(d -> d.getYear() == year)) {
                throw l.error("coverage includes " + year + " but the file lists no holiday in it");
            }
        });
        return new Calendar(holidays, workdays, years, statutory);
    }

    private static List<Extension> extensions(List<RuleFiles.Line> lines) {
        List<Extension> out = new ArrayList<>();
        for (RuleFiles.Line l : lines) {
            Set<String> scope = l.cell(4).equals("all") ? Set.of() : Set.of(l.cell(4).split(","));
            out.add(new Extension(l.cell(0), l.date(1), l.date(2), l.date(3), scope, l.cell(5)));
        }
        return out;
    }
}
