package org.patnav.ingest.trademark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trademark rule tables: which statuses mean a live mark ({@code trademark-status.tsv}) and how long
 * a registration or renewal lasts ({@code trademark-terms.tsv}, with effective dates).
 */
public final class TrademarkRules {

    /**
     * A term rule: registrations (or renewals) from {@code from} last {@code years}, ending on the
     * anniversary or the day before it.
     */
    record Term(String office, LocalDate from, int years, boolean endsDayBefore) {
    }

    private static final TrademarkRules DEFAULTS = load();

    private final Map<String, Boolean> live;
    private final List<Term> terms;

    private TrademarkRules(Map<String, Boolean> live, List<Term> terms) {
        this.live = live;
        this.terms = terms.stream().sorted(Comparator.comparing(Term::from).reversed()).toList();
    }

    public static TrademarkRules defaults() {
        return DEFAULTS;
    }

    /** Live (true) or dead (false) by the status table; null when the status is not in it. */
    public Boolean live(String office, String status) {
        return status == null ? null : live.get(office + "\t" + status.strip());
    }

    /**
     * The last day of the current term: from the latest renewal (which starts a new term) or else the
     * registration, the term in force then, ending as the office counts it. Null for a mark not registered.
     */
    public LocalDate expiry(String office, LocalDate registered, LocalDate renewed) {
        LocalDate start = renewed != null ? renewed : registered;
        if (start == null) {
            return null;
        }
        return terms.stream().filter(t -> t.office().equals(office) && !start.isBefore(t.from())).findFirst()
                .map(t -> t.endsDayBefore() ? start.plusYears(t.years()).minusDays(1) : start.plusYears(t.years()))
                .orElse(null);
    }

    private static TrademarkRules load() {
        try {
            Map<String, Boolean> live = new HashMap<>();
            for (String[] f : rows("trademark-status.tsv", 4)) {
                if (!f[2].equals("true") && !f[2].equals("false")) {
                    throw new IOException("trademark-status.tsv: live must be true or false for " + f[0] + " " + f[1]);
                }
                if (live.put(f[0] + "\t" + f[1], Boolean.parseBoolean(f[2])) != null) {
                    throw new IOException("trademark-status.tsv: " + f[0] + " " + f[1] + " is listed twice");
                }
            }
            List<Term> terms = new ArrayList<>();
            for (String[] f : rows("trademark-terms.tsv", 6)) {
                if (!f[5].equals("anniversary") && !f[5].equals("day_before")) {
                    throw new IOException("trademark-terms.tsv: last_day must be anniversary or day_before: " + f[5]);
                }
                terms.add(new Term(f[0], LocalDate.parse(f[1]), Integer.parseInt(f[2]), f[5].equals("day_before")));
            }
            return new TrademarkRules(live, terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(String file, int columns) throws IOException {
        try (InputStream in = TrademarkRules.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException(file + " is missing from the classpath");
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IOException(file + " line " + n + ": expected " + columns + " columns, found " + f.length);
                }
                out.add(f);
            }
            return out;
        }
    }
}
