package org.patnav.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.model.Party;

/** What one publication becomes in the index. */
class PatentDocumentsTest {

    @Test
    void classificationSymbolsAreIndexedAtEveryLevel() {
        assertThat(PatentDocuments.levels("A61K36/185"))
                .containsExactly("A", "A61", "A61K", "A61K36", "A61K36/185");
        assertThat(PatentDocuments.levels("H01M10/0525"))
                .containsExactly("H", "H01", "H01M", "H01M10", "H01M10/0525");
        assertThat(PatentDocuments.levels("A61K")).containsExactly("A", "A61", "A61K");
    }

    @Test
    void cnOwnersAreTheApplicants() {
        assertThat(PatentDocuments.owners(TestPatents.BATTERY_POLE_PIECE)).extracting(Party::name)
                .containsExactly(TestPatents.HUAWEI);
        assertThat(PatentDocuments.firstOwner(TestPatents.BATTERY_POLE_PIECE)).isEqualTo(TestPatents.HUAWEI);
        assertThat(PatentDocuments.firstOwner(TestPatents.TCM_COMPOSITION)).isEqualTo("亳州市华佗中药有限公司");
    }

    @Test
    void usOwnerIsTheAssigneeNotTheInventorApplicants() {
        assertThat(PatentDocuments.owners(TestPatents.US_SILICON_ANODE)).extracting(Party::name)
                .containsExactly(TestPatents.HUAWEI);
        assertThat(PatentDocuments.firstOwner(TestPatents.US_SILICON_ANODE)).isEqualTo(TestPatents.HUAWEI);
    }

    @Test
    void storedFieldsHoldWhatAHitShows(@TempDir Path dir) throws IOException {
        TestPatents.shard(dir, List.of(TestPatents.TCM_COMPOSITION, TestPatents.US_SILICON_ANODE));
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            Document cn = reader.storedFields().document(0);
            assertThat(cn.get(IndexFields.PUB_ID)).isEqualTo("CN-101000001-A");
            assertThat(cn.get(IndexFields.APPLICATION_ID)).isEqualTo("CN-201510100001");
            assertThat(cn.get(IndexFields.COUNTRY)).isEqualTo("CN");
            assertThat(cn.get(IndexFields.TITLE)).isEqualTo("一种中药组合物\nTraditional Chinese medicine composition");
            assertThat(cn.get(IndexFields.ABSTRACT)).isEqualTo("本发明公开了一种中药组合物，由黄芪和当归制成，用于治疗糖尿病。");
            assertThat(cn.get(IndexFields.FILING_DATE)).isEqualTo("2015-03-10");
            assertThat(cn.get(IndexFields.PUBLICATION_DATE)).isEqualTo("2016-09-01");
            assertThat(cn.get(IndexFields.GRANT_DATE)).isNull();
            assertThat(cn.get(IndexFields.FIRST_APPLICANT)).isEqualTo("亳州市华佗中药有限公司");
            // Claims, the combined text and the keyword-only fields are searched, never shown.
            assertThat(cn.get(IndexFields.TEXT)).isNull();
            assertThat(cn.get(IndexFields.IPC)).isNull();

            Document us = reader.storedFields().document(1);
            assertThat(us.get(IndexFields.PUB_ID)).isEqualTo("US-10000005-B2");
            assertThat(us.get(IndexFields.APPLICATION_ID)).isEqualTo("US-14500005");
            assertThat(us.get(IndexFields.TITLE)).isEqualTo("Lithium-ion batteries with silicon anodes");
            assertThat(us.get(IndexFields.FILING_DATE)).isEqualTo("2014-12-31");
            assertThat(us.get(IndexFields.GRANT_DATE)).isEqualTo("2019-01-15");
            assertThat(us.get(IndexFields.FIRST_APPLICANT)).isEqualTo(TestPatents.HUAWEI);
        }
    }

    @Test
    void keywordFieldsHoldEveryLevelAndOwner() {
        Document d = PatentDocuments.toDocument(TestPatents.TCM_COMPOSITION);
        // A61K36/185 and A61P3/10 share A and A61; a StringField indexes documents only (no
        // frequencies), so the repeated level changes neither matching nor scores.
        assertThat(values(d, IndexFields.IPC)).containsExactly(
                "A", "A61", "A61K", "A61K36", "A61K36/185", "A", "A61", "A61P", "A61P3", "A61P3/10");
        assertThat(values(d, IndexFields.IPC_MAIN)).containsExactly("A", "A61", "A61K", "A61K36", "A61K36/185");
        assertThat(values(d, IndexFields.REGION)).containsExactly("340000", "341600", "341602");
        assertThat(values(d, IndexFields.APPLICANT)).containsExactly("亳州市华佗中药有限公司");
        assertThat(values(d, IndexFields.INVENTOR)).containsExactly("张三");
        assertThat(values(d, IndexFields.TYPE)).containsExactly("invention");
        assertThat(values(d, IndexFields.COUNTRY)).containsExactly("CN");

        Document us = PatentDocuments.toDocument(TestPatents.US_SILICON_ANODE);
        assertThat(values(us, IndexFields.APPLICANT)).containsExactly(TestPatents.HUAWEI);
        assertThat(values(us, IndexFields.INVENTOR)).containsExactly("JOHN SMITH", "JANE DOE");
        assertThat(values(us, IndexFields.CPC))
                .containsExactly("H", "H01", "H01M", "H01M4", "H01M4/386", "H", "H01", "H01M", "H01M10", "H01M10/0525");
        assertThat(values(us, IndexFields.REGION)).isEmpty();
    }

    /** String values of a field, facet and doc-values copies left out. */
    private static List<String> values(Document d, String field) {
        return Arrays.stream(d.getFields(field))
                .filter(f -> f.fieldType().indexOptions() != IndexOptions.NONE)
                .map(IndexableField::stringValue)
                .toList();
    }
}
