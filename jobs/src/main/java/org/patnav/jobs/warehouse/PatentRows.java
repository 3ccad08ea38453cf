package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.patnav.model.Citation;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Priority;
import org.patnav.model.Publication;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The {@code patents} table: its Parquet schema (documented column by column in docs/model.md) and
 * the conversion between {@link Publication} and Spark rows. The column order here is the table's.
 */
public final class PatentRows {

    public static final StructType SOURCE = createStructType(new StructField[] {
        createStructField("format", StringType, false),
        createStructField("file", StringType, false),
        createStructField("locator", StringType, false)});

    static final StructType PRIORITY = createStructType(new StructField[] {
        createStructField("country", StringType, true),
        createStructField("number", StringType, true),
        createStructField("date", DateType, true)});

    static final StructType CLASSIFICATION = createStructType(new StructField[] {
        createStructField("code", StringType, false),
        createStructField("main", BooleanType, false),
        createStructField("inventive", BooleanType, true)});

    static final StructType PARTY = createStructType(new StructField[] {
        createStructField("raw_name", StringType, true),
        createStructField("name", StringType, true),
        createStructField("type", StringType, true),
        createStructField("country", StringType, true),
        createStructField("address", StringType, true),
        createStructField("region_code", StringType, true)});

    static final StructType CITATION = createStructType(new StructField[] {
        createStructField("pub_id", StringType, false),
        createStructField("category", StringType, true)});

    public static final StructType SCHEMA = createStructType(new StructField[] {
        createStructField("pub_id", StringType, false),
        createStructField("country", StringType, false),
        createStructField("number", StringType, false),
        createStructField("kind", StringType, true),
        createStructField("publication_date", DateType, false),
        createStructField("application_id", StringType, true),
        createStructField("application_number", StringType, true),
        createStructField("filing_date", DateType, true),
        createStructField("priority_date", DateType, true),
        createStructField("priorities", createArrayType(PRIORITY, false), false),
        createStructField("patent_type", StringType, true),
        createStructField("grant_date", DateType, true),
        createStructField("family_id", StringType, true),
        createStructField("title", createMapType(StringType, StringType, false), false),
        createStructField("abstract", createMapType(StringType, StringType, false), false),
        createStructField("claims", createMapType(StringType, StringType, false), false),
        createStructField("claim_count", IntegerType, true),
        createStructField("ipc", createArrayType(CLASSIFICATION, false), false),
        createStructField("cpc", createArrayType(CLASSIFICATION, false), false),
        createStructField("applicants", createArrayType(PARTY, false), false),
        createStructField("assignees", createArrayType(PARTY, false), false),
        createStructField("owners", createArrayType(PARTY, false), false),
        createStructField("inventors", createArrayType(PARTY, false), false),
        createStructField("citations", createArrayType(CITATION, false), false),
        createStructField("entity_status", StringType, true),
        createStructField("term_extension_days", IntegerType, true),
        createStructField("source_legal_status", StringType, true),
        createStructField("source", SOURCE, false),
        createStructField("merged_from", createArrayType(SOURCE, false), false),
        createStructField("pct_number", StringType, true),
        // A reissue's original patent and its grant (MPEP 2506: fees and term follow the original); last,
        // so the earlier columns keep their places.
        createStructField("original_patent", StringType, true),
        createStructField("original_grant_date", DateType, true)});

    private PatentRows() {
    }

    public static Row toRow(Publication p) {
        return RowFactory.create(
                p.pubId(), p.country(), p.number(), p.kind(), p.publicationDate(),
                p.applicationId(), p.applicationNumber(), p.filingDate(), p.priorityDate(),
                RowValues.seq(map(p.priorities(), PatentRows::priorityRow)),
                p.patentType() == null ? null : p.patentType().id(),
                p.grantDate(), p.familyId(),
                RowValues.map(p.title()), RowValues.map(p.abstractText()), RowValues.map(p.claims()),
                p.claimCount(),
                RowValues.seq(map(p.ipc(), PatentRows::classificationRow)),
                RowValues.seq(map(p.cpc(), PatentRows::classificationRow)),
                RowValues.seq(map(p.applicants(), PatentRows::partyRow)),
                RowValues.seq(map(p.assignees(), PatentRows::partyRow)),
                RowValues.seq(map(p.owners(), PatentRows::partyRow)),
                RowValues.seq(map(p.inventors(), PatentRows::partyRow)),
                RowValues.seq(map(p.citations(), c -> RowFactory.create(c.pubId(), c.category()))),
                p.entityStatus(), p.termExtensionDays(), p.sourceLegalStatus(),
                sourceRow(p.source()),
                RowValues.seq(map(p.mergedFrom(), PatentRows::sourceRow)),
                p.pctNumber(), p.originalPatent(), p.originalGrantDate());
    }

    public static Publication fromRow(Row r) {
        Publication.Builder b = Publication.builder();
        b.pubId = r.getString(0);
        b.country = r.getString(1);
        b.number = r.getString(2);
        b.kind = RowValues.string(r, 3);
        b.publicationDate = RowValues.date(r, 4);
        b.applicationId = RowValues.string(r, 5);
        b.applicationNumber = RowValues.string(r, 6);
        b.filingDate = RowValues.date(r, 7);
        b.priorityDate = RowValues.date(r, 8);
        for (Row pr : RowValues.<Row>list(r, 9)) {
            b.priorities.add(new Priority(RowValues.string(pr, 0), RowValues.string(pr, 1), RowValues.date(pr, 2)));
        }
        b.patentType = r.isNullAt(10) ? null : PatentType.fromId(r.getString(10));
        b.grantDate = RowValues.date(r, 11);
        b.familyId = RowValues.string(r, 12);
        b.title.putAll(RowValues.stringMap(r, 13));
        b.abstractText.putAll(RowValues.stringMap(r, 14));
        b.claims.putAll(RowValues.stringMap(r, 15));
        b.claimCount = RowValues.integer(r, 16);
        b.ipc.addAll(map(RowValues.<Row>list(r, 17), PatentRows::classification));
        b.cpc.addAll(map(RowValues.<Row>list(r, 18), PatentRows::classification));
        b.applicants.addAll(map(RowValues.<Row>list(r, 19), PatentRows::party));
        b.assignees.addAll(map(RowValues.<Row>list(r, 20), PatentRows::party));
        b.owners.addAll(map(RowValues.<Row>list(r, 21), PatentRows::party));
        b.inventors.addAll(map(RowValues.<Row>list(r, 22), PatentRows::party));
        b.citations.addAll(map(RowValues.<Row>list(r, 23),
                c -> new Citation(c.getString(0), RowValues.string(c, 1))));
        b.entityStatus = RowValues.string(r, 24);
        b.termExtensionDays = RowValues.integer(r, 25);
        b.sourceLegalStatus = RowValues.string(r, 26);
        b.source = source(r.getStruct(27));
        b.mergedFrom.addAll(map(RowValues.<Row>list(r, 28), PatentRows::source));
        b.pctNumber = RowValues.string(r, 29);
        b.originalPatent = RowValues.string(r, 30);
        b.originalGrantDate = RowValues.date(r, 31);
        return b.build();
    }

    private static Row priorityRow(Priority p) {
        return RowFactory.create(p.country(), p.number(), p.date());
    }

    private static Row classificationRow(Classification c) {
        return RowFactory.create(c.code(), c.main(), c.inventive());
    }

    private static Classification classification(Row r) {
        return new Classification(r.getString(0), r.getBoolean(1), RowValues.bool(r, 2));
    }

    static Row partyRow(Party p) {
        return RowFactory.create(p.rawName(), p.name(), p.type() == null ? null : p.type().id(),
                p.country(), p.address(), p.regionCode());
    }

    static Party party(Row r) {
        return new Party(RowValues.string(r, 0), RowValues.string(r, 1),
                r.isNullAt(2) ? null : PartyType.fromId(r.getString(2)),
                RowValues.string(r, 3), RowValues.string(r, 4), RowValues.string(r, 5));
    }

    public static Row sourceRow(SourceRef s) {
        return RowFactory.create(s.format().id(), s.file(), s.locator());
    }

    public static SourceRef source(Row r) {
        return new SourceRef(SourceFormat.fromId(r.getString(0)), r.getString(1), r.getString(2));
    }

    static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        List<B> out = new ArrayList<>(in.size());
        for (A a : in) {
            out.add(f.apply(a));
        }
        return out;
    }
}
