package org.patnav.ingest.uspto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.patnav.ingest.uspto.UsptoIngest.byId;
import static org.patnav.ingest.uspto.UsptoIngest.patents;
import static org.patnav.ingest.uspto.UsptoIngest.readAll;
import static org.patnav.ingest.uspto.UsptoIngest.rejects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patnav.RealData;
import org.patnav.ingest.Ingested;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The USPTO full-text reader on the real samples in shared/realdata (PROVENANCE.md): weekly
 * concatenated files of DTD v4.0 (ipg050104), v4.1 (ipg060103, ipa061228), v4.2 (ipg090106) and
 * v4.3 (ipa130117), and single documents of v4.0, v4.2 and v4.5. Expected values were read off the
 * XML of each document.
 */
class UsptoXmlReaderRealDataTest {

    private static final Map<String, List<Ingested>> CACHE = new ConcurrentHashMap<>();

    private static List<Ingested> read(String relative) {
        Path file = RealData.path(relative);
        return CACHE.computeIfAbsent(relative, k -> readAll(file));
    }

    private static final String WEEKLY = "uspto-weekly-concat-xml/";

    @Test
    void documentCountsPerWeeklyFile() {
        assertThat(patents(read(WEEKLY + "ipg050104.small.xml"))).hasSize(25);
        assertThat(rejects(read(WEEKLY + "ipg050104.small.xml"))).isEmpty();
        assertThat(patents(read(WEEKLY + "ipg060103.small.xml"))).hasSize(25);
        assertThat(patents(read(WEEKLY + "ipg090106.small.xml"))).hasSize(25);
        assertThat(rejects(read(WEEKLY + "ipg090106.small.xml"))).isEmpty();
        assertThat(read(WEEKLY + "ipa061228.one.xml")).hasSize(1);
        assertThat(patents(read(WEEKLY + "ipa061228.one.xml"))).hasSize(1);
        assertThat(patents(read(WEEKLY + "ipa130117.one.xml"))).extracting(Publication::pubId)
                .containsExactly("US-20130014308-A1", "US-20130014306-A1");
        assertThat(rejects(read(WEEKLY + "ipa130117.one.xml"))).isEmpty();
    }

    @Test
    void sequenceListingsBetweenGrantsAreRejectedAndReadingGoesOn() {
        List<Ingested> all = read(WEEKLY + "ipg060103.small.xml");
        assertThat(all).hasSize(27);
        assertThat(rejects(all)).containsExactly(
                new Reject(SourceFormat.USPTO_XML, "ipg060103.small.xml", "doc 13, line 6448, byte 590359",
                        Reject.TABLE_PATENTS, RejectReason.NOT_A_PATENT_DOCUMENT,
                        "document <sequence-cwu> is not a patent grant or application",
                        rejects(all).get(0).excerpt()),
                new Reject(SourceFormat.USPTO_XML, "ipg060103.small.xml", "doc 15, line 8652, byte 702205",
                        Reject.TABLE_PATENTS, RejectReason.NOT_A_PATENT_DOCUMENT,
                        "document <sequence-cwu> is not a patent grant or application",
                        rejects(all).get(1).excerpt()));
        assertThat(rejects(all).get(0).excerpt()).startsWith("<sequence-cwu id=\"SEQLST-1\"> <publication-reference>")
                .contains("<doc-number>06982156</doc-number>");
        // The documents on either side of the listings.
        assertThat(all.get(11)).isInstanceOf(Ingested.PatentRecord.class);
        assertThat(((Ingested.PatentRecord) all.get(13)).publication().pubId()).isEqualTo("US-6982157-B1");
        assertThat(((Ingested.PatentRecord) all.get(15)).publication().pubId()).isEqualTo("US-6982249-B1");
    }

    @Test
    void v40GrantEveryField() {
        Publication p = byId(read(WEEKLY + "ipg050104.small.xml"), "US-6836899-B1");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.number()).isEqualTo("6836899");
        assertThat(p.kind()).isEqualTo("B1");
        assertThat(p.publicationDate()).isEqualTo(LocalDate.of(2005, 1, 4));
        assertThat(p.grantDate()).isEqualTo(LocalDate.of(2005, 1, 4));
        assertThat(p.applicationId()).isEqualTo("US-10339710");
        assertThat(p.applicationNumber()).isEqualTo("10/339,710");
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(2003, 1, 9));
        // Nothing claimed: the priority date is the filing date.
        assertThat(p.priorities()).isEmpty();
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(2003, 1, 9));
        assertThat(p.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(p.title()).containsExactly(Map.entry("en", "Device for detachably holding an absorbent napkin across the torso"));
        assertThat(p.abstractText().get("en")).startsWith("A napkin holder formed of two pairs of magnetic securing devices");
        // Edition-7 layout "A45F  504".
        assertThat(p.ipc()).containsExactly(new Classification("A45F5/04", true, null));
        assertThat(p.cpc()).isEmpty();
        Party glasmire = new Party("Glasmire, Samuel G.", "GLASMIRE SAMUEL G", PartyType.INDIVIDUAL, "US", "Bath, PA, US", null);
        // v4.0: the applicants are the inventors (app-type applicant-inventor).
        assertThat(p.applicants()).containsExactly(glasmire);
        assertThat(p.inventors()).containsExactly(glasmire);
        assertThat(p.assignees()).isEmpty();
        assertThat(p.citations()).hasSize(39);
        assertThat(p.citations().get(0)).isEqualTo(new Citation("US-675108-A", "cited by examiner"));
        assertThat(p.claimCount()).isEqualTo(23);
        assertThat(p.claims().get("en")).startsWith("1. A holding device for removably holding a napkin")
                .contains("\n23. A retail package in accordance with claim 17");
        assertThat(p.termExtensionDays()).isEqualTo(167);
        assertThat(p.source()).isEqualTo(new SourceRef(SourceFormat.USPTO_XML, "ipg050104.small.xml", "doc 1, line 1, byte 0"));
    }

    @Test
    void v40GrantsIpcEdition7PriorityAndAssignees() {
        List<Ingested> all = read(WEEKLY + "ipg050104.small.xml");
        Publication shoe = byId(all, "US-6836979-B2");
        assertThat(shoe.ipc()).containsExactly(new Classification("A43B13/14", true, null),
                new Classification("A43B23/00", false, null));
        assertThat(shoe.priorities()).containsExactly(new Priority("IT", "BG2002A000039", LocalDate.of(2002, 11, 27)));
        assertThat(shoe.priorityDate()).isEqualTo(LocalDate.of(2002, 11, 27));
        assertThat(shoe.filingDate()).isEqualTo(LocalDate.of(2003, 5, 10));
        // "A47C  754" is the main symbol, "B62D 3900" the further one.
        assertThat(byId(all, "US-6837544-B2").ipc()).containsExactly(new Classification("A47C7/54", true, null),
                new Classification("B62D39/00", false, null));
        Publication dell = byId(all, "US-6837063-B1");
        assertThat(dell.ipc()).extracting(Classification::code)
                .containsExactly("F25D23/12", "F25D27/00", "F28D15/00", "H05K7/20");
        assertThat(dell.assignees()).containsExactly(new Party("Dell Products L.P.", "DELL PRODUCTS LP", PartyType.COMPANY,
                "US", "Round Rock, TX, US", null));
        assertThat(dell.inventors()).extracting(Party::rawName).containsExactly("Hood, III, Charles D.", "Progl, Curtis L.");
        // Every grant of the week has its IPC.
        assertThat(patents(all)).allSatisfy(p -> assertThat(p.ipc()).isNotEmpty());
    }

    @Test
    void v41DesignAndStatutoryInventionRegistration() {
        List<Ingested> all = read(WEEKLY + "ipg060103.small.xml");
        Publication design = byId(all, "US-D513425-S1");
        assertThat(design.patentType()).isEqualTo(PatentType.DESIGN);
        assertThat(design.number()).isEqualTo("D513425");
        assertThat(design.applicationNumber()).isEqualTo("29/220,973");
        assertThat(design.filingDate()).isEqualTo(LocalDate.of(2005, 1, 7));
        assertThat(design.title()).containsEntry("en", "Skateboard");
        assertThat(design.ipc()).isEmpty();
        assertThat(design.claimCount()).isEqualTo(1);
        assertThat(design.citations()).hasSize(6).contains(new Citation("US-D382617-S", "cited by examiner"));
        assertThat(design.inventors()).containsExactly(new Party("Kohl, Harald", "KOHL HARALD", PartyType.INDIVIDUAL,
                "FR", "33560 Carbon Blanc, FR", null));

        Publication sir = byId(all, "US-H2140-H1");
        assertThat(sir.patentType()).isEqualTo(PatentType.STATUTORY_REGISTRATION);
        assertThat(sir.kind()).isEqualTo("H1");
        assertThat(sir.applicationNumber()).isEqualTo("09/831,579");
        assertThat(sir.filingDate()).isEqualTo(LocalDate.of(1999, 10, 22));
        assertThat(sir.priorities()).containsExactly(new Priority("AU", "PP 7180", LocalDate.of(1998, 11, 18)));
        assertThat(sir.priorityDate()).isEqualTo(LocalDate.of(1998, 11, 18));
        assertThat(sir.ipc()).containsExactly(new Classification("C22B3/18", true, true));
        assertThat(sir.citations()).hasSize(10);
        assertThat(sir.claimCount()).isEqualTo(15);
        assertThat(sir.source().locator()).isEqualTo("doc 3, line 438, byte 14592");

        Publication cork = byId(all, "US-6981431-B2");
        assertThat(cork.termExtensionDays()).isEqualTo(97);
        assertThat(cork.assignees()).containsExactly(new Party("Fackelmann GmbH + Co.", "FACKELMANN GMBH CO",
                PartyType.COMPANY, "DE", "Hersbruck, DE", null));
        assertThat(cork.priorities()).containsExactly(new Priority("DE", "102 46 716", LocalDate.of(2002, 10, 7)));
        // An HK assignee with a CN address country keeps HK (the country field decides).
        assertThat(byId(all, "US-D513434-S1").assignees()).extracting(Party::name, Party::country)
                .containsExactly(tuple("BK REKHATEX HK LTD", "HK"));
    }

    @Test
    void v42Grants() {
        List<Ingested> all = read(WEEKLY + "ipg090106.small.xml");
        Publication design = byId(all, "US-D584230-S1");
        assertThat(design.patentType()).isEqualTo(PatentType.DESIGN);
        assertThat(design.priorities()).containsExactly(new Priority("CN", "2004300187231", LocalDate.of(2004, 5, 13)));
        assertThat(design.priorityDate()).isEqualTo(LocalDate.of(2004, 5, 13));
        assertThat(design.assignees()).extracting(Party::name, Party::type, Party::country)
                .containsExactly(tuple("HON HAI PRECISION IND CO LTD", PartyType.COMPANY, "TW"));

        Publication ice = byId(all, "US-7472552-B2");
        assertThat(ice.title()).containsEntry("en", "Ice maker having fan assembly and fan assembly control method");
        assertThat(ice.ipc()).containsExactly(new Classification("F25C1/12", true, true));
        assertThat(ice.citations()).containsExactly(
                new Citation("US-3382682-A", "cited by examiner"),
                new Citation("US-6351955-B1", "cited by other"),
                new Citation("KR-1020010017165-A", "cited by other"));
        assertThat(ice.claimCount()).isEqualTo(10);
        assertThat(ice.assignees()).containsExactly(new Party("LG Electronics Inc.", "LG ELECTRONICS INC",
                PartyType.COMPANY, "KR", "Seoul, KR", null));
        assertThat(ice.inventors()).hasSize(ice.applicants().size()).first().extracting(Party::rawName)
                .isEqualTo("An, Si-Yoen");

        Publication charge = byId(all, "US-7472652-B1");
        assertThat(charge.assignees()).extracting(Party::type).containsExactly(PartyType.GOVERNMENT);
    }

    @Test
    void applications() {
        Publication garments = patents(read(WEEKLY + "ipa061228.one.xml")).get(0);
        assertThat(garments.pubId()).isEqualTo("US-20060288462-A1");
        assertThat(garments.number()).isEqualTo("20060288462");
        assertThat(garments.publicationDate()).isEqualTo(LocalDate.of(2006, 12, 28));
        assertThat(garments.grantDate()).isNull();
        assertThat(garments.filingDate()).isEqualTo(LocalDate.of(2005, 8, 4));
        assertThat(garments.applicationNumber()).isEqualTo("11/197,279");
        assertThat(garments.ipc()).containsExactly(new Classification("A41D31/00", true, true),
                new Classification("A23G1/50", false, true));
        // Applications state no number of claims, but carry the claims.
        assertThat(garments.claimCount()).isNull();
        assertThat(garments.claims().get("en")).startsWith("1. A garment");
        assertThat(garments.assignees()).extracting(Party::name, Party::country)
                .containsExactly(tuple("AMERICAN EXPRESS TRAVEL RELATED SERVICES CO INC", "US"));

        List<Ingested> ipa = read(WEEKLY + "ipa130117.one.xml");
        Publication glove = byId(ipa, "US-20130014306-A1");
        // Three provisional applications: the earliest dates the invention.
        assertThat(glove.priorities()).containsExactly(
                new Priority("US", "61433841", LocalDate.of(2011, 1, 18)),
                new Priority("US", "61473378", LocalDate.of(2011, 4, 8)),
                new Priority("US", "61526999", LocalDate.of(2011, 8, 24)));
        assertThat(glove.filingDate()).isEqualTo(LocalDate.of(2012, 1, 18));
        assertThat(glove.priorityDate()).isEqualTo(LocalDate.of(2011, 1, 18));
        assertThat(glove.source().locator()).isEqualTo("doc 2, line 198, byte 14853");
        assertThat(byId(ipa, "US-20130014308-A1").title()).containsEntry("en", "TYPING-MATE");

        Publication sugar = patents(readAll(RealData.path("uspto-fulltext-xml/xmlApp2004/US20050004437A1.xml"))).get(0);
        assertThat(sugar.pubId()).isEqualTo("US-20050004437-A1");
        assertThat(sugar.priorities()).containsExactly(new Priority("CH", "1974/01", LocalDate.of(2001, 10, 26)));
        assertThat(sugar.priorityDate()).isEqualTo(LocalDate.of(2001, 10, 26));
        // "A61B005/00" written with a slash in v4.0 applications.
        assertThat(sugar.ipc()).containsExactly(new Classification("A61B5/00", true, null));
        assertThat(sugar.applicants()).extracting(Party::name, Party::country)
                .containsExactly(tuple("KAUFMANN HEINER", "CH"), tuple("VERING THOMAS", "CH"));
    }

    @Test
    void v45GrantWithCpc() {
        Publication p = patents(readAll(RealData.path("uspto-fulltext-xml/xml2014/US08926509.xml"))).get(0);
        assertThat(p.pubId()).isEqualTo("US-8926509-B2");
        assertThat(p.publicationDate()).isEqualTo(LocalDate.of(2015, 1, 6));
        assertThat(p.applicationNumber()).isEqualTo("12/134,151");
        assertThat(p.filingDate()).isEqualTo(LocalDate.of(2008, 6, 5));
        // A provisional application (us-related-documents) gives the priority date.
        assertThat(p.priorities()).containsExactly(new Priority("US", "60968023", LocalDate.of(2007, 8, 24)));
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(2007, 8, 24));
        assertThat(p.title()).containsEntry("en", "Wireless physiological sensor patches and systems");
        assertThat(p.ipc()).hasSize(14);
        assertThat(p.ipc().get(0)).isEqualTo(new Classification("A61B5/00", true, true));
        assertThat(p.ipc()).contains(new Classification("G06F19/00", false, false));
        assertThat(p.cpc()).hasSize(15);
        assertThat(p.cpc().get(0)).isEqualTo(new Classification("A61B5/0205", true, true));
        assertThat(p.cpc()).contains(new Classification("H04L67/125", false, true),
                new Classification("A61B2560/0209", false, false));
        assertThat(p.citations()).hasSize(130);
        assertThat(p.citations().get(0)).isEqualTo(new Citation("US-4313443-A", "cited by applicant"));
        assertThat(p.claimCount()).isEqualTo(31);
        assertThat(p.termExtensionDays()).isEqualTo(605);
        assertThat(p.inventors()).extracting(Party::rawName).containsExactly(
                "Magar, Surendar", "Sattiraju, Venkateswara Rao", "Niknejad, Ali", "Yun, Louis", "Beck, James C.");
        assertThat(p.assignees()).containsExactly(new Party("Hmicro, Inc.", "HMICRO INC", PartyType.COMPANY, "US",
                "Fremont, CA, US", null));

        Publication sip = patents(readAll(RealData.path("uspto-fulltext-xml/xml2014/US08930553.xml"))).get(0);
        // v4.3+: applicant and inventors are separate lists.
        assertThat(sip.applicants()).extracting(Party::name, Party::type)
                .containsExactly(tuple("INT BUSINESS MACHINES CORP", PartyType.COMPANY));
        assertThat(sip.inventors()).extracting(Party::name, Party::country).containsExactly(
                tuple("NISSIM NITZAN", "IL"), tuple("PULITO BRIAN", "US"), tuple("ZINGER ASAF", "IL"));
        assertThat(sip.cpc()).isEmpty();
        assertThat(sip.termExtensionDays()).isEqualTo(129);
    }

    @Test
    void singleDocumentGrantsOfV40AndV42() {
        Publication tunneling = patents(readAll(RealData.path("uspto-fulltext-xml/xml2004/US06859910.xml"))).get(0);
        assertThat(tunneling.pubId()).isEqualTo("US-6859910-B2");
        assertThat(tunneling.ipc()).extracting(Classification::code)
                .containsExactly("G06F15/00", "G06F17/00", "G06F17/21", "G06F17/24");
        assertThat(tunneling.priorities()).containsExactly(new Priority("US", "60195933", LocalDate.of(2000, 4, 10)));
        assertThat(tunneling.priorityDate()).isEqualTo(LocalDate.of(2000, 4, 10));
        assertThat(tunneling.termExtensionDays()).isEqualTo(802);
        assertThat(tunneling.assignees()).extracting(Party::rawName, Party::country)
                .containsExactly(tuple("Bluestreak.com", null));

        Publication objects = patents(readAll(RealData.path("uspto-fulltext-xml/xml2006/US07272630B2.xml"))).get(0);
        assertThat(objects.pubId()).isEqualTo("US-7272630-B2");
        assertThat(objects.ipc()).containsExactly(new Classification("G06F15/13", true, true));
        assertThat(objects.citations()).hasSize(78);
        assertThat(objects.claimCount()).isEqualTo(17);
        assertThat(objects.termExtensionDays()).isEqualTo(36);
        assertThat(objects.assignees()).extracting(Party::name).containsExactly("MICROSOFT CORP");
    }

    @Test
    void otherUsptoGenerationsAndTheEpoAreUnsupportedFileRejects() throws IOException {
        assertUnsupported(RealData.path(WEEKLY + "pa040101.two.xml"), "(PAP, 2001-2004)");
        for (Path file : files("uspto-fulltext-xml/pap")) {
            assertUnsupported(file, "(PAP, 2001-2004)");
        }
        for (Path file : files("uspto-fulltext-xml/sgml")) {
            assertUnsupported(file, "(PATDOC, 2001-2004)");
        }
        for (Path file : files("uspto-fulltext-xml/greenbook")) {
            assertUnsupported(file, "USPTO APS green book text (1976-2001)");
        }
        List<Path> epo = files("epo-eps-fulltext-xml/grant");
        assertThat(epo).hasSize(14);
        for (Path file : epo) {
            assertUnsupported(file, "EPO publication server XML (ep-patent-document)");
        }
    }

    private static void assertUnsupported(Path file, String description) {
        List<Ingested> all = readAll(file);
        assertThat(all).as(file.toString()).hasSize(1);
        Reject r = rejects(all).get(0);
        assertThat(r.reasonCode()).as(file.toString()).isEqualTo(RejectReason.UNSUPPORTED_FORMAT);
        assertThat(r.table()).isEqualTo(Reject.TABLE_FILES);
        assertThat(r.locator()).isEqualTo("file");
        assertThat(r.file()).isEqualTo(file.getFileName().toString());
        assertThat(r.reason()).startsWith(file.getFileName() + ": ").contains(description);
    }

    private static List<Path> files(String relative) throws IOException {
        try (Stream<Path> s = Files.list(RealData.path(relative))) {
            return s.sorted().toList();
        }
    }

    @Test
    void xml4ipZipMembersAreEachAnUnrecognisedFormat() {
        List<Ingested> all = readAll(RealData.path("uspto-fulltext-xml/xml4ip/sample_XML4IP.ZIP"));
        // 13 XML members (the other 19 zip entries are directories).
        assertThat(all).hasSize(13);
        assertThat(rejects(all)).allSatisfy(r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.UNRECOGNISED_FORMAT);
            assertThat(r.table()).isEqualTo(Reject.TABLE_FILES);
            assertThat(r.file()).startsWith("sample_XML4IP.ZIP!/CDC_Download_2016-03-30/").endsWith(".xml");
            assertThat(r.reason()).isEqualTo(r.file() + ": not a format PatNav reads (first line shown)");
        });
        assertThat(rejects(all).get(0).file()).isEqualTo("sample_XML4IP.ZIP!/CDC_Download_2016-03-30/12993548/"
                + "12993548.2013-05-30.HHC6R88MPXXIFW3.CLM/12993548.2013-05-30.HHC6R88MPXXIFW3.CLM.xml");
        assertThat(rejects(all).get(0).excerpt()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><pat:ClaimsDocument");
    }
}
