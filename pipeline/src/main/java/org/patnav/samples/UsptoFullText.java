package org.patnav.samples;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.patnav.samples.Application.Applicant;
import org.patnav.samples.Application.Inventor;
import org.patnav.samples.Application.Us;
import org.patnav.samples.Citations.Cited;

/**
 * USPTO full-text XML in the weekly bulk layout: every Tuesday's grants concatenated in
 * {@code ipgYYMMDD.xml} (DTD v4.7, 2022-02-17), every Thursday's pre-grant publications in
 * {@code ipaYYMMDD.xml} (DTD v4.6), each document with its own XML declaration and DOCTYPE. The
 * world hands documents over in date order, so one file is open at a time. A week with more than
 * {@value #DOCUMENTS_PER_FILE} documents continues in {@code ipgYYMMDD-2.xml} and so on.
 */
final class UsptoFullText implements Closeable {

    static final int DOCUMENTS_PER_FILE = 5000;

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter XML_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Outputs out;
    private final Weekly grants;
    private final Weekly applications;

    UsptoFullText(Outputs out) {
        this.out = out;
        this.grants = new Weekly("ipg", true);
        this.applications = new Weekly("ipa", false);
    }

    String grant(Application app, Templates.Text text, List<Cited> cited) throws IOException {
        return grants.write(app.us().granted(), grantXml(app, text, cited));
    }

    String application(Application app, Templates.Text text) throws IOException {
        return applications.write(app.us().published(), applicationXml(app, text));
    }

    @Override
    public void close() throws IOException {
        grants.close();
        applications.close();
    }

    /** One series of weekly files. */
    private final class Weekly {
        private final String prefix;
        private final boolean plantBroken;
        private boolean planted;
        private OutputStream current;
        private String currentName;
        private LocalDate currentDate;
        private int part;
        private int documents;
        private String lastDocument;

        Weekly(String prefix, boolean plantBroken) {
            this.prefix = prefix;
            this.plantBroken = plantBroken;
        }

        String write(LocalDate date, String document) throws IOException {
            if (current == null || !date.equals(currentDate)) {
                open(date, 1);
            } else if (documents == DOCUMENTS_PER_FILE) {
                open(date, part + 1);
            }
            if (plantBroken && !planted && documents == 1) {
                writeBroken();
            }
            current.write(document.getBytes(StandardCharsets.UTF_8));
            documents++;
            lastDocument = document;
            out.count(currentName, 1);
            return currentName;
        }

        /**
         * A copy of the file's first document whose title element is closed with a misspelt tag: a
         * well-formedness error in the middle of the file, which must cost that document only.
         */
        private void writeBroken() throws IOException {
            planted = true;
            String broken = lastDocument.replace("</invention-title>", "</invention-titel>");
            current.write(broken.getBytes(StandardCharsets.UTF_8));
            documents++;
            out.count(currentName, 1);
            out.plant(currentName, "doc " + documents, "MALFORMED_RECORD",
                    "copy of document 1 with </invention-title> misspelt");
        }

        private void open(LocalDate date, int newPart) throws IOException {
            if (current != null) {
                current.close();
            }
            currentDate = date;
            part = newPart;
            documents = 0;
            currentName = "uspto/" + prefix + date.format(FILE_DATE) + (part > 1 ? "-" + part : "") + ".xml";
            current = out.create(currentName);
        }

        void close() throws IOException {
            if (current == null) {
                return;
            }
            if (plantBroken && !planted && documents >= 1) {
                writeBroken();
            }
            current.close();
        }
    }

    // ---- documents ----------------------------------------------------------------------------

    private static String grantXml(Application app, Templates.Text text, List<Cited> cited) {
        Us us = app.us();
        String number = World.pad(us.grantNumber(), 8);
        String date = us.granted().format(XML_DATE);
        Xml x = new Xml();
        x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        x.line("<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v47-2022-02-17.dtd\" [ ]>");
        x.line("<us-patent-grant lang=\"EN\" dtd-version=\"v4.7 2022-02-17\" file=\"US" + number + "-" + date
                + ".XML\" status=\"PRODUCTION\" id=\"us-patent-grant\" country=\"US\" date-produced=\""
                + us.granted().minusDays(18).format(XML_DATE) + "\" date-publ=\"" + date + "\">");
        x.open("us-bibliographic-data-grant");
        documentId(x, "publication-reference", "US", number, us.grantKind(), date);
        applicationReference(x, app);
        if (us.termExtension() > 0) {
            x.open("us-term-of-grant");
            x.leaf("us-term-extension", Integer.toString(us.termExtension()));
            x.close("us-term-of-grant");
        }
        priorityClaims(x, app);
        ipcr(x, text.ipc(), us.granted());
        cpc(x, text.cpc(), us.granted());
        x.line("<invention-title id=\"d2e53\">" + Xml.escape(text.titleEn()) + "</invention-title>");
        references(x, cited, text);
        x.leaf("number-of-claims", Integer.toString(text.claimsEn().size()));
        x.leaf("us-exemplary-claim", "1");
        x.open("us-field-of-classification-search");
        x.leaf("classification-cpc-text", cpcText(text.cpc().get(0)));
        x.close("us-field-of-classification-search");
        figures(x, app);
        relatedDocuments(x, app, true);
        parties(x, app);
        assignees(x, app);
        x.open("examiners");
        x.open("primary-examiner");
        x.leaf("last-name", "Hayes");
        x.leaf("first-name", "Jordan");
        x.leaf("department", GoogleExport.artUnit(app));
        x.close("primary-examiner");
        x.close("examiners");
        x.close("us-bibliographic-data-grant");
        abstractAndDescription(x, text);
        x.line("<us-claim-statement>What is claimed is:</us-claim-statement>");
        claims(x, text);
        x.line("</us-patent-grant>");
        return x.toString();
    }

    private static String applicationXml(Application app, Templates.Text text) {
        Us us = app.us();
        String number = us.publicationNumber();
        String date = us.published().format(XML_DATE);
        Xml x = new Xml();
        x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        x.line("<!DOCTYPE us-patent-application SYSTEM \"us-patent-application-v46-2022-02-17.dtd\" [ ]>");
        x.line("<us-patent-application lang=\"EN\" dtd-version=\"v4.6 2022-02-17\" file=\"US" + number + "A1-" + date
                + ".XML\" status=\"PRODUCTION\" id=\"us-patent-application\" country=\"US\" date-produced=\""
                + us.published().minusDays(16).format(XML_DATE) + "\" date-publ=\"" + date + "\">");
        x.line("<us-bibliographic-data-application lang=\"EN\" country=\"US\">");
        documentId(x, "publication-reference", "US", number, "A1", date);
        applicationReference(x, app);
        priorityClaims(x, app);
        ipcr(x, text.ipc(), us.published());
        cpc(x, text.cpc(), us.published());
        x.line("<invention-title id=\"d2e43\">" + Xml.escape(text.titleEn()) + "</invention-title>");
        relatedDocuments(x, app, false);
        parties(x, app);
        assignees(x, app);
        x.close("us-bibliographic-data-application");
        abstractAndDescription(x, text);
        claims(x, text);
        x.line("</us-patent-application>");
        return x.toString();
    }

    private static void documentId(Xml x, String element, String country, String number, String kind, String date) {
        x.open(element);
        x.open("document-id");
        x.leaf("country", country);
        x.leaf("doc-number", number);
        if (kind != null) {
            x.leaf("kind", kind);
        }
        x.leaf("date", date);
        x.close("document-id");
        x.close(element);
    }

    private static void applicationReference(Xml x, Application app) {
        x.line("<application-reference appl-type=\"utility\">");
        x.open("document-id");
        x.leaf("country", "US");
        x.leaf("doc-number", app.us().applicationNumber());
        x.leaf("date", app.filingDate().format(XML_DATE));
        x.close("document-id");
        x.close("application-reference");
        x.leaf("us-application-series-code", app.us().applicationNumber().substring(0, 2));
    }

    private static void priorityClaims(Xml x, Application app) {
        if (app.priority() == null || app.priority().provisional()) {
            return;
        }
        x.open("priority-claims");
        x.line("<priority-claim sequence=\"01\" kind=\"national\">");
        x.leaf("country", app.priority().country());
        x.leaf("doc-number", app.priority().number());
        x.leaf("date", app.priority().date().format(XML_DATE));
        x.close("priority-claim");
        x.close("priority-claims");
    }

    private static void ipcr(Xml x, List<String> codes, LocalDate actionDate) {
        x.open("classifications-ipcr");
        for (int k = 0; k < codes.size(); k++) {
            x.open("classification-ipcr");
            x.line("<ipc-version-indicator><date>20060101</date></ipc-version-indicator>");
            x.leaf("classification-level", "A");
            symbolParts(x, codes.get(k));
            x.leaf("symbol-position", k == 0 ? "F" : "L");
            x.leaf("classification-value", "I");
            x.line("<action-date><date>" + actionDate.format(XML_DATE) + "</date></action-date>");
            x.line("<generating-office><country>US</country></generating-office>");
            x.leaf("classification-status", "B");
            x.leaf("classification-data-source", "H");
            x.close("classification-ipcr");
        }
        x.close("classifications-ipcr");
    }

    private static void cpc(Xml x, List<String> codes, LocalDate actionDate) {
        x.open("classifications-cpc");
        for (int k = 0; k < codes.size(); k++) {
            if (k == 0) {
                x.open("main-cpc");
            } else if (k == 1) {
                x.open("further-cpc");
            }
            String code = codes.get(k);
            boolean additional = Templates.isAdditional(code);
            x.open("classification-cpc");
            x.line("<cpc-version-indicator><date>20130101</date></cpc-version-indicator>");
            symbolParts(x, code);
            x.leaf("symbol-position", k == 0 ? "F" : "L");
            x.leaf("classification-value", additional ? "A" : "I");
            x.line("<action-date><date>" + actionDate.format(XML_DATE) + "</date></action-date>");
            x.line("<generating-office><country>US</country></generating-office>");
            x.leaf("classification-status", "B");
            x.leaf("classification-data-source", "H");
            x.leaf("scheme-origination-code", "C");
            x.close("classification-cpc");
            if (k == 0) {
                x.close("main-cpc");
            }
        }
        if (codes.size() > 1) {
            x.close("further-cpc");
        }
        x.close("classifications-cpc");
    }

    /** {@code H01M10/0525}: section H, class 01, subclass M, main group 10, subgroup 0525. */
    private static void symbolParts(Xml x, String code) {
        int slash = code.indexOf('/');
        x.leaf("section", code.substring(0, 1));
        x.leaf("class", code.substring(1, 3));
        x.leaf("subclass", code.substring(3, 4));
        x.leaf("main-group", code.substring(4, slash));
        x.leaf("subgroup", code.substring(slash + 1));
    }

    static String cpcText(String code) {
        return code.substring(0, 4) + " " + code.substring(4);
    }

    private static void references(Xml x, List<Cited> cited, Templates.Text text) {
        if (cited.isEmpty()) {
            return;
        }
        x.open("us-references-cited");
        for (int k = 0; k < cited.size(); k++) {
            Cited c = cited.get(k);
            String num = World.pad(k + 1, 5);
            x.open("us-citation");
            if (c.npl() != null) {
                x.line("<nplcit num=\"" + num + "\">");
                x.leaf("othercit", c.npl());
                x.close("nplcit");
            } else {
                x.line("<patcit num=\"" + num + "\">");
                x.open("document-id");
                x.leaf("country", c.country());
                x.leaf("doc-number", c.number());
                x.leaf("kind", c.kind());
                if (c.country().equals("US")) {
                    x.leaf("name", c.name());
                }
                x.leaf("date", c.date().getYear() + World.pad(c.date().getMonthValue(), 2) + "00");
                x.close("document-id");
                x.close("patcit");
            }
            x.leaf("category", c.category());
            if (c.npl() == null && c.country().equals("US")) {
                x.leaf("classification-cpc-text", cpcText(text.cpc().get(0)));
            }
            x.close("us-citation");
        }
        x.close("us-references-cited");
    }

    private static void figures(Xml x, Application app) {
        int sheets = 2 + app.index() % 5;
        x.open("figures");
        x.leaf("number-of-drawing-sheets", Integer.toString(sheets));
        x.leaf("number-of-figures", Integer.toString(sheets + 1));
        x.close("figures");
    }

    private static void relatedDocuments(Xml x, Application app, boolean grant) {
        boolean provisional = app.priority() != null && app.priority().provisional();
        boolean pgpub = grant && app.us().publicationNumber() != null;
        if (!provisional && !pgpub) {
            return;
        }
        x.open("us-related-documents");
        if (provisional) {
            x.open("us-provisional-application");
            x.open("document-id");
            x.leaf("country", "US");
            x.leaf("doc-number", app.priority().number());
            x.leaf("kind", "00");
            x.leaf("date", app.priority().date().format(XML_DATE));
            x.close("document-id");
            x.close("us-provisional-application");
        }
        if (pgpub) {
            documentId(x, "related-publication", "US", app.us().publicationNumber(), "A1",
                    app.us().published().format(XML_DATE));
        }
        x.close("us-related-documents");
    }

    private static void parties(Xml x, Application app) {
        x.open("us-parties");
        x.open("us-applicants");
        int seq = 0;
        for (Applicant a : app.applicants()) {
            x.line("<us-applicant sequence=\"" + World.pad(seq++, 2)
                    + "\" app-type=\"applicant\" designation=\"us-only\" applicant-authority-category=\"assignee\">");
            x.open("addressbook");
            x.leaf("orgname", a.name());
            address(x, a.city(), a.state(), a.country());
            x.close("addressbook");
            x.open("residence");
            x.leaf("country", a.country());
            x.close("residence");
            x.close("us-applicant");
        }
        x.close("us-applicants");
        x.open("inventors");
        seq = 0;
        for (Inventor i : app.inventors()) {
            x.line("<inventor sequence=\"" + World.pad(seq++, 2) + "\" designation=\"us-only\">");
            x.open("addressbook");
            x.leaf("last-name", i.name().family());
            x.leaf("first-name", i.name().given());
            address(x, i.city(), i.state(), i.country());
            x.close("addressbook");
            x.close("inventor");
        }
        x.close("inventors");
        x.open("agents");
        x.line("<agent sequence=\"00\" rep-type=\"attorney\">");
        x.open("addressbook");
        x.leaf("orgname", "Brooks & Lopez LLP");
        x.open("address");
        x.leaf("country", "unknown");
        x.close("address");
        x.close("addressbook");
        x.close("agent");
        x.close("agents");
        x.close("us-parties");
    }

    private static void assignees(Xml x, Application app) {
        x.open("assignees");
        for (Applicant a : app.applicants()) {
            x.open("assignee");
            x.open("addressbook");
            x.leaf("orgname", a.name());
            x.leaf("role", a.country().equals("US") ? "02" : "03");
            address(x, a.city(), a.state(), a.country());
            x.close("addressbook");
            x.close("assignee");
        }
        x.close("assignees");
    }

    private static void address(Xml x, String city, String state, String country) {
        x.open("address");
        x.leaf("city", city);
        if (state != null) {
            x.leaf("state", state);
        }
        x.leaf("country", country);
        x.close("address");
    }

    private static void abstractAndDescription(Xml x, Templates.Text text) {
        x.line("<abstract id=\"abstract\">");
        x.line("<p id=\"p-0001\" num=\"0000\">" + Xml.escape(text.abstractEn()) + "</p>");
        x.close("abstract");
        x.line("<description id=\"description\">");
        String[] headings = {"TECHNICAL FIELD", "BACKGROUND", "SUMMARY", "DETAILED DESCRIPTION"};
        x.line("<?BRFSUM description=\"Brief Summary\" end=\"lead\"?>");
        for (int k = 0; k < text.descriptionEn().size(); k++) {
            if (k == 3) {
                x.line("<?BRFSUM description=\"Brief Summary\" end=\"tail\"?>");
                x.line("<?detailed-description description=\"Detailed Description\" end=\"lead\"?>");
            }
            x.line("<heading id=\"h-" + World.pad(k + 1, 4) + "\" level=\"1\">" + headings[k] + "</heading>");
            x.line("<p id=\"p-" + World.pad(k + 2, 4) + "\" num=\"" + World.pad(k + 1, 4) + "\">"
                    + Xml.escape(text.descriptionEn().get(k)) + "</p>");
        }
        x.line("<?detailed-description description=\"Detailed Description\" end=\"tail\"?>");
        x.close("description");
    }

    private static void claims(Xml x, Templates.Text text) {
        x.line("<claims id=\"claims\">");
        for (int k = 0; k < text.claimsEn().size(); k++) {
            String id = "CLM-" + World.pad(k + 1, 5);
            x.line("<claim id=\"" + id + "\" num=\"" + World.pad(k + 1, 5) + "\">");
            String claim = Xml.escape(text.claimsEn().get(k));
            int ref = claim.indexOf(" of claim ");
            if (ref > 0) {
                int start = ref + 4;
                int end = claim.indexOf(',', start);
                String target = claim.substring(start + 6, end);
                claim = claim.substring(0, start) + "<claim-ref idref=\"CLM-" + World.pad(Integer.parseInt(target), 5)
                        + "\">claim " + target + "</claim-ref>" + claim.substring(end);
            }
            x.line("<claim-text>" + (k + 1) + ". " + claim + "</claim-text>");
            x.close("claim");
        }
        x.close("claims");
    }

    /** A line-per-element XML text in the USPTO's own layout (no indentation). */
    private static final class Xml {
        private final StringBuilder sb = new StringBuilder(8192);

        void line(String s) {
            sb.append(s).append('\n');
        }

        void open(String element) {
            line("<" + element + ">");
        }

        void close(String element) {
            line("</" + element + ">");
        }

        void leaf(String element, String text) {
            sb.append('<').append(element).append('>').append(escape(text)).append("</").append(element).append(">\n");
        }

        static String escape(String s) {
            StringBuilder out = new StringBuilder(s.length() + 16);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&#x26;");
                    case '<' -> out.append("&#x3c;");
                    case '>' -> out.append("&#x3e;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
