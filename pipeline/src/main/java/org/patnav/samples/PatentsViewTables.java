package org.patnav.samples;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.patnav.samples.Application.Applicant;
import org.patnav.samples.Application.Inventor;
import org.patnav.samples.Citations.Cited;

/**
 * PatentsView's granted-patent tables (the {@code g_} TSVs of the bulk download) for the US grants
 * the world puts in PatentsView: tab-separated, a header line, text values in double quotes and
 * counts bare, LF line ends; abstracts in {@code g_patent_abstract} as in releases since 2023.
 * {@code g_patent} and {@code g_cpc_current} come zipped
 * ({@code g_patent.tsv.zip}), the others plain. Disambiguated ids are UUIDs derived from the name,
 * so an assignee or a place keeps its id across patents.
 */
final class PatentsViewTables implements Closeable {

    static final String PATENT = "patentsview/g_patent.tsv.zip";
    static final String ABSTRACT = "patentsview/g_patent_abstract.tsv";
    static final String APPLICATION = "patentsview/g_application.tsv";
    static final String ASSIGNEE = "patentsview/g_assignee_disambiguated.tsv";
    static final String LOCATION = "patentsview/g_location_disambiguated.tsv";
    static final String INVENTOR = "patentsview/g_inventor_disambiguated.tsv";
    static final String CPC = "patentsview/g_cpc_current.tsv.zip";
    static final String IPC = "patentsview/g_ipc_at_issue.tsv";
    static final String CITATION = "patentsview/g_us_patent_citation.tsv";

    /** City → latitude and longitude, for the location table. */
    private static final SortedMap<String, double[]> COORDINATES = coordinates();

    private final Outputs out;
    private final OutputStream patent;
    private final OutputStream patentAbstract;
    private final OutputStream application;
    private final OutputStream assignee;
    private final OutputStream inventor;
    private final OutputStream cpc;
    private final OutputStream ipc;
    private final OutputStream citation;
    private final SortedMap<String, String> locations = new TreeMap<>();
    private boolean orphanWritten;

    PatentsViewTables(Outputs out) throws IOException {
        this.out = out;
        patent = out.createZip(PATENT, "g_patent.tsv");
        header(patent, "patent_id", "patent_type", "patent_date", "patent_title", "wipo_kind", "num_claims",
                "withdrawn", "filename");
        patentAbstract = out.create(ABSTRACT);
        header(patentAbstract, "patent_id", "patent_abstract");
        application = out.create(APPLICATION);
        header(application, "application_id", "patent_id", "patent_application_type", "filing_date",
                "series_code", "rule_47_flag");
        assignee = out.create(ASSIGNEE);
        header(assignee, "patent_id", "assignee_sequence", "assignee_id",
                "disambig_assignee_individual_name_first", "disambig_assignee_individual_name_last",
                "disambig_assignee_organization", "assignee_type", "location_id");
        inventor = out.create(INVENTOR);
        header(inventor, "patent_id", "inventor_sequence", "inventor_id", "disambig_inventor_name_first",
                "disambig_inventor_name_last", "gender_code", "location_id");
        cpc = out.createZip(CPC, "g_cpc_current.tsv");
        header(cpc, "patent_id", "cpc_sequence", "cpc_section", "cpc_class", "cpc_subclass", "cpc_group", "cpc_type");
        ipc = out.create(IPC);
        header(ipc, "patent_id", "ipc_sequence", "classification_level", "section", "ipc_class", "subclass",
                "main_group", "subgroup", "symbol_position", "classification_value", "classification_status",
                "classification_data_source", "action_date", "ipc_version_indicator");
        citation = out.create(CITATION);
        header(citation, "patent_id", "citation_sequence", "citation_patent_id", "citation_date", "record_name",
                "wipo_kind", "citation_category");
    }

    /** Writes the grant's rows in every table; returns the files written to. */
    List<String> write(Application app, Templates.Text text, List<Cited> cited, String xmlFile) throws IOException {
        Application.Us us = app.us();
        String id = Long.toString(us.grantNumber());
        List<String> files = new ArrayList<>(List.of(PATENT, ABSTRACT, APPLICATION, ASSIGNEE, INVENTOR, CPC, IPC));
        row(patent, PATENT, q(id), q("utility"), q(us.granted().toString()), q(text.titleEn()), q(us.grantKind()),
                Integer.toString(text.claimsEn().size()), "0", q(xmlFile.substring(xmlFile.lastIndexOf('/') + 1)));
        row(patentAbstract, ABSTRACT, q(id), q(text.abstractEn()));
        String appNo = us.applicationNumber();
        row(application, APPLICATION, q(appNo.substring(0, 2) + "/" + appNo.substring(2)), q(id), q(appNo.substring(0, 2)),
                q(app.filingDate().toString()), q(appNo.substring(0, 2)), "0");
        int seq = 0;
        for (Applicant a : app.applicants()) {
            String location = location(a.city(), a.state(), a.country());
            row(assignee, ASSIGNEE, q(id), Integer.toString(seq++), q(uuid("assignee", a.canonical())), "", "",
                    q(a.name()), q(a.country().equals("US") ? "2" : "3"), q(location));
        }
        seq = 0;
        for (Inventor i : app.inventors()) {
            String location = location(i.city(), i.state(), i.country());
            row(inventor, INVENTOR, q(id), Integer.toString(seq++),
                    q(uuid("inventor", i.name().written() + "|" + i.city())), q(i.name().given()), q(i.name().family()),
                    "", q(location));
        }
        cpcRows(id, text);
        List<String> ipcs = text.ipc();
        for (int k = 0; k < ipcs.size(); k++) {
            String code = ipcs.get(k);
            int slash = code.indexOf('/');
            row(ipc, IPC, q(id), Integer.toString(k), q("A"), q(code.substring(0, 1)), q(code.substring(1, 3)),
                    q(code.substring(3, 4)), q(code.substring(4, slash)), q(code.substring(slash + 1)),
                    q(k == 0 ? "F" : "L"), q("I"), q("B"), q("H"), q(us.granted().toString()), q("2006-01-01"));
        }
        seq = 0;
        for (Cited c : cited) {
            if ("US".equals(c.country()) && !c.kind().equals("A1")) {
                row(citation, CITATION, q(id), Integer.toString(seq++), q(c.number()),
                        q(c.date().withDayOfMonth(1).toString()), q(c.name()), q(c.kind()), q(c.category()));
            }
        }
        if (seq > 0) {
            files.add(CITATION);
        }
        return files;
    }

    /** A CPC row of a patent that g_patent lacks: the planted unmatched row. */
    void orphanCpc(Application app, Templates.Text text) throws IOException {
        if (orphanWritten) {
            return;
        }
        orphanWritten = true;
        String code = text.cpc().get(0);
        row(cpc, CPC, q(Long.toString(app.us().grantNumber())), "0", q(code.substring(0, 1)), q(code.substring(0, 3)),
                q(code.substring(0, 4)), q(code), q("inventional"));
        out.plant(CPC, "line " + (out.counts().get(CPC) + 1), "UNMATCHED_ROWS",
                "g_cpc_current row for patent " + app.us().grantNumber() + ", which g_patent lacks");
    }

    private void cpcRows(String id, Templates.Text text) throws IOException {
        List<String> codes = text.cpc();
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            row(cpc, CPC, q(id), Integer.toString(k), q(code.substring(0, 1)), q(code.substring(0, 3)),
                    q(code.substring(0, 4)), q(code), q(Templates.isAdditional(code) ? "additional" : "inventional"));
        }
    }

    private String location(String city, String state, String country) {
        String id = uuid("location", city + "|" + (state == null ? "" : state) + "|" + country);
        if (!locations.containsKey(id)) {
            double[] ll = COORDINATES.getOrDefault(city, new double[] {0, 0});
            locations.put(id, String.join("\t", q(id), q(city), state == null ? "" : q(state), q(country),
                    String.format(Locale.ROOT, "%.4f", ll[0]), String.format(Locale.ROOT, "%.4f", ll[1]), "", "", ""));
        }
        return id;
    }

    private static String uuid(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + "|" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String q(String value) {
        return Csv.quoted(value);
    }

    private static void header(OutputStream stream, String... columns) throws IOException {
        List<String> quoted = new ArrayList<>();
        for (String c : columns) {
            quoted.add(q(c));
        }
        stream.write((String.join("\t", quoted) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void row(OutputStream stream, String file, String... fields) throws IOException {
        stream.write((String.join("\t", fields) + "\n").getBytes(StandardCharsets.UTF_8));
        out.count(file, 1);
    }

    @Override
    public void close() throws IOException {
        if (!orphanWritten) {
            orphanWritten = true;
            row(cpc, CPC, q("8599999"), "0", q("H"), q("H01"), q("H01M"), q("H01M10/0525"), q("inventional"));
            out.plant(CPC, "line " + (out.counts().get(CPC) + 1), "UNMATCHED_ROWS",
                    "g_cpc_current row for patent 8599999, which g_patent lacks");
        }
        for (OutputStream s : List.of(patent, patentAbstract, application, assignee, inventor, cpc, ipc, citation)) {
            s.close();
        }
        try (OutputStream location = out.create(LOCATION)) {
            header(location, "location_id", "disambig_city", "disambig_state", "disambig_country", "latitude",
                    "longitude", "county", "state_fips", "county_fips");
            for (String row : locations.values()) {
                location.write((row + "\n").getBytes(StandardCharsets.UTF_8));
                out.count(LOCATION, 1);
            }
        }
    }

    private static SortedMap<String, double[]> coordinates() {
        SortedMap<String, double[]> m = new TreeMap<>();
        Object[][] rows = {
            {"Bozhou", 33.8446, 115.7786}, {"Hefei", 31.8206, 117.2272}, {"Wuhu", 31.3526, 118.4331},
            {"Bengbu", 32.9163, 117.3889}, {"Fuyang", 32.8900, 115.8142}, {"Beijing", 39.9042, 116.4074},
            {"Shanghai", 31.2304, 121.4737}, {"Shenzhen", 22.5431, 114.0579}, {"Hangzhou", 30.2741, 120.1551},
            {"Chengdu", 30.5728, 104.0668}, {"Nanjing", 32.0603, 118.7969}, {"Wuhan", 30.5928, 114.3055},
            {"Jinan", 36.6512, 117.1201}, {"Austin", 30.2672, -97.7431}, {"Denver", 39.7392, -104.9903},
            {"Pittsburgh", 40.4406, -79.9959}, {"Portland", 45.5152, -122.6784}, {"San Jose", 37.3382, -121.8863},
            {"Boston", 42.3601, -71.0589}, {"Raleigh", 35.7796, -78.6382}, {"Nagoya", 35.1815, 136.9066},
            {"Osaka", 34.6937, 135.5023}, {"Toyama", 36.6953, 137.2113}, {"Kyoto", 35.0116, 135.7681},
            {"Yokohama", 35.4437, 139.6380}, {"Stuttgart", 48.7758, 9.1829}, {"Hamburg", 53.5511, 9.9937},
            {"München", 48.1351, 11.5820}, {"Karlsruhe", 49.0069, 8.4037}, {"Dresden", 51.0504, 13.7373},
            {"Daejeon", 36.3504, 127.3845}, {"Changwon", 35.2281, 128.6811}, {"Seoul", 37.5665, 126.9780},
            {"Suwon", 37.2636, 127.0286}, {"Busan", 35.1796, 129.0756}};
        for (Object[] r : rows) {
            m.put((String) r[0], new double[] {(Double) r[1], (Double) r[2]});
        }
        return m;
    }
}
