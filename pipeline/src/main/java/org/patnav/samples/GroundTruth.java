package org.patnav.samples;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.patnav.normalize.ApplicantNames;

/**
 * The labelled set: {@code ground-truth.csv}, one row per application of the world with its
 * publications, sector, the branches of the sector's industry chain it belongs to, normalised applicants,
 * region and CN legal status, and the files that carry it; and {@code ground-truth-rejects.csv}, the records written broken on purpose with the reason a
 * reader should give. Applicants are normalised as PatNav does with {@code data-samples/aliases.tsv},
 * so a Chinese company filing abroad under its English name is listed under its Chinese name.
 *
 * <p>{@code chain_branches} lists the branches of the sector's industry chain ({@code chains/<sector>.yaml})
 * the application truly belongs to by what its text describes, {@code ;}-separated, each {@code branch} or
 * {@code branch/sub-branch} (a sub-branch implies its branch), empty for the other sector. It is written
 * from the template, not from the chain queries, which miss some documents and place others wrongly (a
 * veterinary formula whose title does not say so, a processing method classed with a therapeutic use),
 * so the chain assignment's precision and recall can be measured.
 *
 * <p>{@code cn_operations} lists a CN patent's transfers, licences, pledges, releases and open licences as
 * {@code category:date} ({@code transfer:2023-06-09;pledge:2024-01-16}), the categories of the events table,
 * whether or not the platform's export dates them (the PatSnap workbook does not).
 *
 * <p>{@code inventor_persons} says who each inventor is, {@code name=person} in the filing's order: the people
 * planted across applications by {@link Teams} (a team moving between organisations keeps its ids, two 王磊
 * are {@code wang-lei-1} and {@code wang-lei-2}), every other inventor a person of the application alone
 * ({@code application_id#k}), even when two draws share a name; so an inventor disambiguation can be scored.
 */
final class GroundTruth implements Closeable {

    static final String FILE = "ground-truth.csv";
    static final String REJECTS = "ground-truth-rejects.csv";

    private static final List<String> HEADER = List.of("application_id", "origin", "pub_ids", "filing_date", "sector",
            "variant", "chain_branches", "applicants", "applicant_country", "region_code", "cn_legal_status", "cn_operations",
            "inventor_persons", "files");

    private final Outputs out;
    private final OutputStream rows;
    private final ApplicantNames names = ApplicantNames.defaults();

    GroundTruth(Outputs out) throws IOException {
        this.out = out;
        this.rows = out.create(FILE);
        rows.write((Csv.minimal(HEADER, ',') + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void write(Application app, Templates.Text text, List<String> files) throws IOException {
        List<String> applicants = new ArrayList<>();
        for (Application.Applicant a : app.applicants()) {
            applicants.add(names.normalise(a.canonical()));
        }
        String origin = switch (app.origin()) {
            case CN -> "cn";
            case US_GRANT -> "us_grant";
            case US_PUBLICATION -> "us_publication";
            case OFFICE -> app.office().country().toLowerCase(java.util.Locale.ROOT);
        };
        List<String> row = List.of(app.applicationId(), origin, String.join(";", app.pubIds()),
                app.filingDate().toString(), app.sector().id, text.variant(), String.join(";", text.branches()),
                String.join(";", applicants),
                app.firstApplicant().country(), app.firstApplicant().regionCode() == null ? "" : app.firstApplicant().regionCode(),
                app.cn() == null ? "" : app.cn().status(),
                app.cn() == null ? "" : app.cn().operations().stream().map(o -> o.kind().category + ":" + o.date())
                        .collect(Collectors.joining(";")),
                persons(app), String.join(";", files.stream().distinct().toList()));
        rows.write((Csv.minimal(row, ',') + "\n").getBytes(StandardCharsets.UTF_8));
        out.count(FILE, 1);
    }

    /**
     * Who each inventor is, in the order the filing names them: a planted person's id ({@link Teams}), else the
     * application id and the inventor's place ({@code CN-201910123456#2}), a person of his or her own.
     */
    private static String persons(Application app) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < app.inventors().size(); k++) {
            Application.Inventor inventor = app.inventors().get(k);
            out.add(inventor.name().written() + "=" + inventor.person().orElse(app.applicationId() + "#" + (k + 1)));
        }
        return String.join(";", out);
    }

    @Override
    public void close() throws IOException {
        rows.close();
        try (OutputStream rejects = out.create(REJECTS)) {
            rejects.write("file,locator,reason_code,note\n".getBytes(StandardCharsets.UTF_8));
            for (Outputs.Planted p : out.planted()) {
                rejects.write((Csv.minimal(List.of(p.file(), p.locator(), p.reasonCode(), p.note()), ',') + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.count(REJECTS, 1);
            }
        }
    }
}
