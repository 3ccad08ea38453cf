package org.patnav.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents an application cites. Targets are drawn among earlier applications of the same
 * world (any index below the citing one, looked up by rebuilding it) that were published before the
 * citing filing, so forward citations exist inside the sample; a US grant also cites a few older
 * patents outside it and sometimes a journal article.
 */
final class Citations {

    private static final int STREAM_CITATIONS = 3;
    private static final int TRIES = 12;

    private Citations() {
    }

    /**
     * One cited document.
     *
     * @param number   as the citing office writes it: {@code 10123456}, {@code 2019/0123456}, {@code 112345678}
     * @param pubId    PatNav's key of the cited document, or null for a non-patent citation
     * @param name     the first-named inventor, as US citations name a patent ("Zhang et al.")
     * @param npl      the text of a non-patent citation, else null
     * @param inSample whether the cited document belongs to the sample world
     */
    record Cited(String country, String number, String kind, LocalDate date, String name, String category,
                 String pubId, String npl, boolean inSample) {
    }

    /** What a US grant cites: up to three sample documents, one to three outside patents, maybe an article. */
    static List<Cited> ofUsGrant(World world, Application app) {
        Rng r = Rng.of(world.seed(), app.index(), STREAM_CITATIONS);
        List<Cited> cited = new ArrayList<>(inSample(world, app, r, 3, true));
        int outside = r.between(1, 3);
        for (int k = 0; k < outside; k++) {
            // US patent 5,000,000 issued in 1991, and numbers grew by about 155,000 a year until 2010
            long number = r.between(5_000_000, 7_900_000);
            LocalDate date = LocalDate.of(1991 + (int) ((number - 5_000_000) / 155_000), r.between(1, 12), 1);
            String[] names = Catalog.US_GIVEN_FAMILY[1];
            String kind = date.getYear() >= 2001 ? r.pick(new String[] {"B1", "B2"}) : "A";
            cited.add(new Cited("US", Long.toString(number), kind, date, r.pick(names) + (r.chance(0.6) ? " et al." : ""),
                    r.chance(0.5) ? "cited by examiner" : "cited by applicant", "US-" + number + "-" + kind, null, false));
        }
        if (r.chance(0.3)) {
            String[] family = r.pick(Catalog.CN_FAMILY);
            cited.add(new Cited(null, null, null, null, null, "cited by applicant", null,
                    family[1] + " et al., \"" + app.sector().id.replace('_', ' ') + " research progress\", Journal of Applied "
                            + "Technology, vol. " + r.between(10, 40) + ", pp. " + r.between(1, 300) + "-" + r.between(301, 400)
                            + ", " + (app.filingDate().getYear() - r.between(1, 6)) + ".", false));
        }
        return cited;
    }

    /** What a CN publication cites in the Google export: up to two earlier sample documents. */
    static List<Cited> ofCnPublication(World world, Application app) {
        Rng r = Rng.of(world.seed(), app.index(), STREAM_CITATIONS);
        return inSample(world, app, r, 2, false);
    }

    private static List<Cited> inSample(World world, Application app, Rng r, int max, boolean usStyle) {
        List<Cited> cited = new ArrayList<>();
        if (app.index() == 0) {
            return cited;
        }
        Set<Integer> seen = new HashSet<>();
        for (int t = 0; t < TRIES && cited.size() < max; t++) {
            int j = r.nextInt(app.index());
            if (!seen.add(j)) {
                continue;
            }
            Application target = world.application(j);
            Cited c = citable(target, app.priorityDate(), usStyle);
            if (c != null) {
                cited.add(c);
            }
        }
        return cited;
    }

    /** The target's latest document published before the citing priority date, if any. */
    private static Cited citable(Application target, LocalDate before, boolean usStyle) {
        String name = target.inventors().get(0).name().family() + (target.inventors().size() > 1 ? " et al." : "");
        String category = "cited by examiner";
        switch (target.origin()) {
            case CN -> {
                Application.Cn cn = target.cn();
                if (cn.granted() != null && cn.granted().isBefore(before)) {
                    String kind = cn.grantKind(target.kind());
                    return new Cited("CN", cn.publication(), kind, cn.granted(), name, category,
                            "CN-" + cn.publication() + "-" + kind, null, true);
                }
                if (cn.applicationPublished() != null && cn.applicationPublished().isBefore(before)) {
                    return new Cited("CN", cn.publication(), "A", cn.applicationPublished(), name, category,
                            "CN-" + cn.publication() + "-A", null, true);
                }
                return null;
            }
            case US_GRANT, US_PUBLICATION -> {
                Application.Us us = target.us();
                if (us.granted() != null && us.granted().isBefore(before)) {
                    return new Cited("US", Long.toString(us.grantNumber()), us.grantKind(), us.granted(), name, category,
                            "US-" + us.grantNumber() + "-" + us.grantKind(), null, true);
                }
                if (us.published() != null && us.published().isBefore(before)) {
                    String n = us.publicationNumber();
                    return new Cited("US", usStyle ? n.substring(0, 4) + "/" + n.substring(4) : n, "A1", us.published(),
                            name, category, "US-" + n + "-A1", null, true);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }
}
