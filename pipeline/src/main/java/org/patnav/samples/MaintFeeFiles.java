package org.patnav.samples;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.patnav.ingest.maintfee.MaintFeeCodes;
import org.patnav.model.EventCategory;

/**
 * The USPTO maintenance-fee events file of the world's US grants, as of {@link World#AS_OF}:
 * {@code MaintFeeEvents_20261117.txt} in the current fixed-width layout (57 characters and CRLF;
 * patent number in 13 positions) and {@code MaintFeeEventsDesc_20261117.txt} describing the codes
 * used. Lines run in patent-number order, each patent's events newest first, as the USPTO lists them.
 *
 * <p>Fee history per grant: the 4th-, 8th- and 12th-year fees fall due 3.5, 7.5 and 11.5 years after
 * grant and may be paid in the six months before. Most are paid on time (the code tells the entity
 * size: M1551 large, M2551 small, M3551 micro); some late in the six-month grace period after a
 * reminder (REM.) with a surcharge; some never, and the patent expires (EXP.); a few of those are
 * reinstated on petition (EXPX). Nothing is dated after the file's date.
 */
final class MaintFeeFiles implements Closeable {

    static final String EVENTS = "maintfee/MaintFeeEvents_20261117.txt";
    static final String DESCRIPTIONS = "maintfee/MaintFeeEventsDesc_20261117.txt";

    private static final int STREAM_FEES = 4;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** A code in the layout that no USPTO table lists: the planted unknown event. */
    private static final String UNKNOWN_CODE = "M4551";

    private record Event(LocalDate date, String code) {
    }

    private final Outputs out;
    private final OutputStream events;
    private final long seed;
    private final SortedSet<String> used = new TreeSet<>();
    private boolean plantedUnknown;
    private long lines;

    MaintFeeFiles(Outputs out, long seed) throws IOException {
        this.out = out;
        this.seed = seed;
        this.events = out.create(EVENTS);
    }

    /** Writes the grant's events; returns the file, or null when the grant has none yet. */
    String write(Application app) throws IOException {
        List<Event> history = history(app);
        if (history.isEmpty()) {
            return null;
        }
        history.sort(Comparator.comparing(Event::date).thenComparing(Event::code).reversed());
        for (Event e : history) {
            line(app, e);
        }
        if (!plantedUnknown) {
            plantedUnknown = true;
            line(app, new Event(history.get(0).date(), UNKNOWN_CODE));
            out.plant(EVENTS, "line " + lines, "UNKNOWN_CODE", "event code " + UNKNOWN_CODE + " is in no USPTO table");
        }
        return EVENTS;
    }

    private List<Event> history(Application app) {
        Application.Us us = app.us();
        Rng r = Rng.of(seed, app.index(), STREAM_FEES);
        String entity = switch (us.entity()) {
            case "large" -> "1";
            case "small" -> "2";
            default -> "3";
        };
        List<Event> history = new ArrayList<>();
        int[] dueMonths = {42, 90, 138};
        for (int stage = 0; stage < dueMonths.length; stage++) {
            LocalDate due = us.granted().plusMonths(dueMonths[stage]);
            LocalDate windowOpens = due.minusMonths(6);
            if (windowOpens.isAfter(World.AS_OF)) {
                break;
            }
            String fee = "M" + entity + "55" + (stage + 1);
            int outcome = stage == 0 ? r.weighted(0.80, 0.07, 0.13) : r.weighted(0.72, 0.08, 0.20);
            if (outcome == 0) {
                LocalDate paid = World.weekday(windowOpens.plusDays(r.nextInt(180)));
                if (paid.isAfter(World.AS_OF)) {
                    break;
                }
                history.add(new Event(paid, fee));
                if (r.chance(0.2)) {
                    history.add(new Event(paid, "ASPN"));
                }
                continue;
            }
            LocalDate reminded = World.weekday(due.plusDays(r.between(7, 20)));
            if (reminded.isAfter(World.AS_OF)) {
                break;
            }
            history.add(new Event(reminded, "REM."));
            if (outcome == 1) {
                LocalDate paid = World.weekday(due.plusDays(r.between(30, 170)));
                if (paid.isAfter(World.AS_OF)) {
                    break;
                }
                history.add(new Event(paid, fee));
                history.add(new Event(paid, "M" + entity + "55" + (stage + 4)));
                continue;
            }
            LocalDate expired = World.weekday(due.plusMonths(6).plusDays(r.between(0, 20)));
            if (expired.isAfter(World.AS_OF)) {
                break;
            }
            history.add(new Event(expired, "EXP."));
            LocalDate reinstated = World.weekday(expired.plusDays(r.between(60, 420)));
            if (!r.chance(0.15) || reinstated.isAfter(World.AS_OF)) {
                break;
            }
            history.add(new Event(reinstated, entity.equals("3") ? "M3558" : "M1558"));
            history.add(new Event(reinstated, fee));
            history.add(new Event(reinstated, "EXPX"));
        }
        return history;
    }

    private void line(Application app, Event e) throws IOException {
        Application.Us us = app.us();
        char flag = switch (us.entity()) {
            case "large" -> 'N';
            case "small" -> 'Y';
            default -> 'M';
        };
        String code = (e.code() + "     ").substring(0, 5);
        String line = World.pad(us.grantNumber(), 13) + " " + us.applicationNumber() + " " + flag + " "
                + app.filingDate().format(DATE) + " " + us.granted().format(DATE) + " " + e.date().format(DATE) + " "
                + code + "\r\n";
        events.write(line.getBytes(StandardCharsets.US_ASCII));
        lines++;
        out.count(EVENTS, 1);
        if (!e.code().equals(UNKNOWN_CODE)) {
            used.add(e.code());
        }
    }

    /** Writes the description file for the codes used, in PatNav's words from its code table. */
    @Override
    public void close() throws IOException {
        events.close();
        MaintFeeCodes codes = MaintFeeCodes.defaults();
        try (OutputStream desc = out.create(DESCRIPTIONS)) {
            for (String code : used) {
                MaintFeeCodes.Code c = codes.get(code).orElseThrow(
                        () -> new IllegalStateException("code " + code + " is not in PatNav's table"));
                String line = (code + "     ").substring(0, 5) + " " + describe(c) + "\r\n";
                desc.write(line.getBytes(StandardCharsets.US_ASCII));
                out.count(DESCRIPTIONS, 1);
            }
        }
    }

    static String describe(MaintFeeCodes.Code c) {
        String entity = c.entityStatus() == null ? "" : ", " + c.entityStatus() + " entity";
        String year = c.feeYear() == null ? "" : c.feeYear() + "th-year ";
        EventCategory category = c.category();
        return switch (category) {
            case FEE_PAID -> "Maintenance fee paid: " + year + "fee" + entity + ".";
            case FEE_SURCHARGE -> "Surcharge paid for a late " + year + "maintenance fee" + entity + ".";
            case FEE_REMINDER -> "Reminder mailed: a maintenance fee is due.";
            case LAPSE -> "Patent expired: a maintenance fee was not paid.";
            case RESTORATION -> "Patent reinstated: the late maintenance fee was accepted.";
            default -> c.code().equals("ASPN") ? "Administrative: a payor number was assigned."
                    : "Administrative maintenance-fee record.";
        };
    }
}
