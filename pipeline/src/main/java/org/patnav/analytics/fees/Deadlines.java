package org.patnav.analytics.fees;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.patnav.normalize.RuleFiles;

/**
 * Legally effective deadlines: a deadline that falls on a day the office is closed moves to its next
 * working day (CN 专利审查指南 第五部分第七章 2.3: 法定休假日 and weekends, with the make-up working days of
 * the State Council's holiday notices counting as working days; US 35 U.S.C. 21(b): Saturday, Sunday,
 * federal holiday; EPO Rule 134(1) EPC). Holiday calendars are data ({@code holidays-CN.tsv},
 * {@code holidays-US.tsv}, more from a directory); a year without a calendar shifts weekends only and
 * says so. Official exceptions ({@code deadline-exceptions.tsv}) move deadlines of a period to a later day.
 */
public final class Deadlines {

    /**
     * A legal deadline and, when it is not the nominal date, why it moved; {@code extended} when an
     * announced extension (not only a closed day) moved it.
     */
    public record Deadline(LocalDate nominal, LocalDate date, boolean extended, String reason) {

        public boolean moved() {
            return !date.equals(nominal);
        }
    }

    /** One office's calendar: closed days, make-up working days on weekends, and the years it covers. */
    record Calendar(Map<LocalDate, String> holidays, Map<LocalDate, String> workdays, int firstYear, int lastYear) {
    }

    /**
     * An announced extension: deadlines of the office from {@code from} to {@code to} move to
     * {@code extendedTo} for the patents whose conditions include all of {@code scope} (empty: all patents).
     */
    record Extension(String office, LocalDate from, LocalDate to, LocalDate extendedTo, Set<String> scope, String source) {
    }

    private final Map<String, Calendar> calendars;
    private final List<Extension> extensions;

    private Deadlines(Map<String, Calendar> calendars, List<Extension> extensions) {
        this.calendars = calendars;
        this.extensions = extensions;
    }

    /** The shipped CN and US calendars and the shipped exceptions. */
    public static Deadlines defaults() {
        Map<String, Calendar> calendars = new HashMap<>();
        for (String office : List.of("CN", "US")) {
            calendars.put(office, calendar(RuleFiles.resourceLines(Deadlines.class, "holidays-" + office + ".tsv", 4)));
        }
        return new Deadlines(calendars, extensions(RuleFiles.resourceLines(Deadlines.class, "deadline-exceptions.tsv", 6)));
    }

    /**
     * The shipped calendars, with every {@code holidays-XX.tsv} in {@code dir} replacing or adding the
     * calendar of office XX (for other years or offices).
     */
    public static Deadlines withCalendars(Path dir) throws IOException {
        Deadlines base = defaults();
        Map<String, Calendar> calendars = new HashMap<>(base.calendars);
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("holidays-[A-Z]{2}\\.tsv")).sorted().toList()) {
                String office = f.getFileName().toString().substring(9, 11);
                try (InputStream in = Files.newInputStream(f)) {
                    calendars.put(office, calendar(RuleFiles.lines(in, f.toString(), 4)));
                }
            }
        }
        return new Deadlines(calendars, base.extensions);
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
        if (c == null || date.getYear() < c.firstYear() || date.getYear() > c.lastYear()) {
            why.add("no " + office + " holiday calendar for " + date.getYear() + ": weekends only");
        }
        return new Deadline(nominal, shifted, extended, why.isEmpty() ? null : String.join("; ", why));
    }

    private static boolean closed(Calendar c, LocalDate d) {
        if (c != null && c.workdays().containsKey(d)) {
            return false;
        }
        if (c != null && c.holidays().containsKey(d)) {
            return true;
        }
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String closedReason(Calendar c, LocalDate d) {
        return Optional.ofNullable(c).map(cal -> cal.holidays().get(d)).map(n -> "is a public holiday (" + n + ")")
                .orElse("falls on a " + d.getDayOfWeek().toString().charAt(0)
                        + d.getDayOfWeek().toString().substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static Calendar calendar(List<RuleFiles.Line> lines) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Map<LocalDate, String> workdays = new TreeMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (RuleFiles.Line l : lines) {
            LocalDate d = l.date(0);
            switch (l.cell(1)) {
                case "holiday" -> holidays.put(d, l.cell(2));
                case "workday" -> workdays.put(d, l.cell(2));
                default -> throw l.error("column 2 must be holiday or workday: '" + l.cell(1) + "'");
            }
            first = Math.min(first, d.getYear());
            last = Math.max(last, d.getYear());
        }
        return new Calendar(holidays, workdays, first, last);
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
