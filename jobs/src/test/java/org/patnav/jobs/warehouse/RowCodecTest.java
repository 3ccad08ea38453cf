package org.patnav.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.jobs.SharedSpark;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.EventCategory;
import org.patnav.model.LegalEvent;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/** Every field of the model survives the trip through Parquet, so no column is lost on the way. */
class RowCodecTest {

    private final SparkSession spark = SharedSpark.get();

    static Publication everyFieldSet() {
        Publication.Builder b = Publication.builder();
        b.pubId = "CN-101481674-B";
        b.country = "CN";
        b.number = "101481674";
        b.kind = "B";
        b.publicationDate = LocalDate.of(2011, 9, 21);
        b.applicationId = "CN-200910095505";
        b.applicationNumber = "200910095505.1";
        b.filingDate = LocalDate.of(2009, 1, 19);
        b.priorityDate = LocalDate.of(2008, 12, 1);
        b.priorities.add(new Priority("CN", "200810000001", LocalDate.of(2008, 12, 1)));
        b.patentType = PatentType.INVENTION;
        b.grantDate = LocalDate.of(2011, 9, 21);
        b.familyId = "40878964";
        b.title.put("zh", "一种饲用β-甘露聚糖酶");
        b.title.put("en", "Beta-mannanase");
        b.abstractText.put("zh", "摘要");
        b.claims.put("zh", "1. 一种…");
        b.claimCount = 8;
        b.ipc.add(new Classification("C12N9/42", true, true));
        b.ipc.add(new Classification("A23K20/189", false, null));
        b.cpc.add(new Classification("C12N9/2491", true, false));
        b.applicants.add(new Party("亳州市华佗中药饮片有限公司", "亳州市华佗中药饮片有限公司", PartyType.COMPANY, "CN",
                "安徽省亳州市谯城区魏武大道188号", "341602"));
        b.assignees.add(new Party("Acme", "ACME", null, null, null, null));
        b.owners.add(new Party("安徽中医药大学", "安徽中医药大学", PartyType.UNIVERSITY, "CN", null, "340100"));
        b.inventors.add(new Party("张三", "张三", PartyType.INDIVIDUAL, "CN", null, null));
        b.citations.add(new Citation("JP-2003174892-A", "SEA"));
        b.entityStatus = "small";
        b.termExtensionDays = 605;
        b.sourceLegalStatus = "有效";
        b.source = new SourceRef(SourceFormat.CN_EXPORT, "a.csv", "record 1, line 2");
        b.mergedFrom.add(new SourceRef(SourceFormat.GOOGLE_JSON, "g.json.gz", "line 7"));
        b.pctNumber = "PCT/CN2023/084355";
        // Set only on US reissues; here too, so the round trip covers the columns.
        b.originalPatent = "US-7000001";
        b.originalGrantDate = LocalDate.of(2006, 2, 14);
        return b.build();
    }

    @Test
    void publicationsRoundTripThroughParquet(@TempDir Path tmp) {
        Publication p = everyFieldSet();
        spark.createDataFrame(List.of(PatentRows.toRow(p)), PatentRows.SCHEMA).write().parquet(tmp.resolve("t").toString());
        Row back = spark.read().parquet(tmp.resolve("t").toString()).first();
        assertThat(PatentRows.fromRow(back)).isEqualTo(p);
    }

    @Test
    void eventsRoundTripThroughParquet(@TempDir Path tmp) {
        LegalEvent e = new LegalEvent("US", null, "US-4287053", "US-06218896", LocalDate.of(1985, 2, 11), "M170",
                EventCategory.FEE_PAID, "Payment of Maintenance Fee, 4th Year, PL 96-517.", 4, "large",
                new BigDecimal("2150.00"), "USD", LocalDate.of(1980, 12, 22), LocalDate.of(1981, 9, 1),
                new SourceRef(SourceFormat.USPTO_MAINTFEE, "m.txt", "line 2"),
                List.of(new SourceRef(SourceFormat.USPTO_MAINTFEE, "n.txt", "line 9")), List.of(), List.of());
        spark.createDataFrame(List.of(EventRows.toRow(e)), EventRows.SCHEMA).write().parquet(tmp.resolve("t").toString());
        Row back = spark.read().parquet(tmp.resolve("t").toString()).first();
        assertThat(EventRows.fromRow(back)).isEqualTo(e);
        assertThat(back.getString(0)).isEqualTo("US-4287053|1985-02-11|M170");
    }

    @Test
    void aTransferKeepsItsPartiesThroughParquet(@TempDir Path tmp) {
        Party university = new Party("安徽中医药大学", "安徽中医药大学", PartyType.UNIVERSITY, null, null, null);
        Party company = new Party("安徽芍都药业股份有限公司", "安徽芍都药业股份有限公司", PartyType.COMPANY, "CN",
                "安徽省亳州市谯城区芍花路9号", "341602");
        LegalEvent e = new LegalEvent("CN", "CN-113231808-B", "CN-113231808", "CN-201910123456",
                LocalDate.of(2023, 6, 9), "专利权的转移", EventCategory.TRANSFER, "专利权的转移", null, null, null, null,
                LocalDate.of(2019, 2, 12), LocalDate.of(2021, 7, 2),
                new SourceRef(SourceFormat.CN_EXPORT, "incopat.csv", "record 3, line 4"), List.of(),
                List.of(university), List.of(company));
        spark.createDataFrame(List.of(EventRows.toRow(e)), EventRows.SCHEMA).write().parquet(tmp.resolve("t").toString());

        assertThat(EventRows.fromRow(spark.read().parquet(tmp.resolve("t").toString()).first())).isEqualTo(e);
    }
}
