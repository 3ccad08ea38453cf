package org.patnav.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query syntax analysts use, each query run against the six {@link TestPatents} and compared
 * with the exact set of publications it must find.
 */
class PatentQueryParserTest {

    private static final String TCM_COMPOSITION = "CN-101000001-A";
    private static final String TCM_SLICES = "CN-102000002-B";
    private static final String POLE_PIECE = "CN-203000003-U";
    private static final String BATTERY_MANAGEMENT = "CN-104000004-A";
    private static final String US_ANODE = "US-10000005-B2";
    private static final String SLICER = "CN-105000006-A";

    @TempDir
    static Path dir;
    private static PatentSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        searcher = PatentSearcher.open(List.of(TestPatents.shard(dir.resolve("shard-00000"), TestPatents.ALL)),
                TestPatents.NAMES);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    /** Publication ids the query finds. */
    private static List<String> found(String query) throws ParseException, IOException {
        IndexSearcher s = searcher.searcher();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : s.search(searcher.parse(query), 100).scoreDocs) {
            ids.add(s.storedFields().document(sd.doc).get(IndexFields.PUB_ID));
        }
        return ids;
    }

    @Test
    void chineseWordsMatchInsideLongerWords() throws Exception {
        // 中药 is a bigram of 中药材 and of 中药组合物: no dictionary decides where words end.
        assertThat(found("title:中药")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
        assertThat(found("title:锂电池")).containsExactlyInAnyOrder(BATTERY_MANAGEMENT);
        assertThat(found("title:battery")).containsExactlyInAnyOrder(POLE_PIECE, US_ANODE);
    }

    @Test
    void wordsWithoutOperatorMustAllMatch() throws Exception {
        assertThat(found("中药 饮片")).containsExactlyInAnyOrder(TCM_SLICES);
        assertThat(found("中药 OR 饮片")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES, SLICER);
    }

    @Test
    void ipcMatchesAtEveryLevel() throws Exception {
        assertThat(found("ipc:A61K")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
        assertThat(found("ipc:a61k")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
        assertThat(found("ipc:A61K36*")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
        assertThat(found("ipc:A61K36")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
        assertThat(found("ipc:H")).containsExactlyInAnyOrder(POLE_PIECE, BATTERY_MANAGEMENT, US_ANODE);
        assertThat(found("ipc_main:H02J")).isEmpty();
        assertThat(found("ipc:H02J")).containsExactlyInAnyOrder(BATTERY_MANAGEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ipc:A61K36/18", "ipc:\"A61K 36/18\"", "ipc:a61k0036180000",
        "ipc:A61K36/18 AND title:中药", "ipc:(A61K36/18 OR B26D9/00)", "title:饮片 AND ipc:(A61K36/18)"})
    void ipcSymbolInAnySpellingIsOneSymbol(String query) throws Exception {
        // A61K36/185 is a subgroup under A61K36/18 in the IPC scheme, but nothing in the symbol says
        // so: an exact symbol finds that symbol only; ipc:A61K36/18* reaches its longer siblings.
        assertThat(found(query)).containsExactlyInAnyOrder(TCM_SLICES);
    }

    @Test
    void slashesOfSymbolsAreEscapedWhereverTheyStandAndRegexpsAreLeftAlone() throws Exception {
        assertThat(PatentQueryParser.escapeSymbolSlashes("ipc:(A61K36/18 OR a61k36/185*) AND cpc:H01M10/05*"))
                .isEqualTo("ipc:(A61K36\\/18 OR a61k36\\/185*) AND cpc:H01M10\\/05*");
        assertThat(PatentQueryParser.escapeSymbolSlashes("title:/lith.*um/ AND ipc:A61K36\\/18"))
                .isEqualTo("title:/lith.*um/ AND ipc:A61K36\\/18");
        assertThat(found("title:/电池.*/")).containsExactlyInAnyOrder(POLE_PIECE, BATTERY_MANAGEMENT);
        assertThat(found("title:/lithium/")).containsExactlyInAnyOrder(POLE_PIECE, US_ANODE);
    }

    @Test
    void symbolWithSlashTakesAWildcard() throws Exception {
        assertThat(found("ipc:A61K36/18*")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
    }

    @Test
    void cpcPrefixIsCaseInsensitive() throws Exception {
        assertThat(found("cpc:h01m10*")).containsExactlyInAnyOrder(POLE_PIECE, US_ANODE);
        assertThat(found("cpc:H01M10/0525")).containsExactlyInAnyOrder(POLE_PIECE, US_ANODE);
        assertThat(found("cpc:H01M4/386")).containsExactlyInAnyOrder(US_ANODE);
    }

    @Test
    void dateRangesAreInclusiveOrExclusiveAsWritten() throws Exception {
        assertThat(found("filing_date:[2015-01-01 TO 2015-12-31]")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
        // TCM_SLICES was filed on 2015-01-01 itself, the excluded bound.
        assertThat(found("filing_date:{2015-01-01 TO *]"))
                .containsExactlyInAnyOrder(TCM_COMPOSITION, SLICER, BATTERY_MANAGEMENT, POLE_PIECE);
        assertThat(found("filing_date:[* TO 2015-01-01}")).containsExactlyInAnyOrder(US_ANODE);
        assertThat(found("filing_date:[2015 TO 2016]"))
                .containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES, SLICER, POLE_PIECE);
        assertThat(found("filing_date:{2015 TO 2019]")).containsExactlyInAnyOrder(SLICER, BATTERY_MANAGEMENT, POLE_PIECE);
    }

    @Test
    void aYearOrAMonthIsTheRangeOfItsDays() throws Exception {
        assertThat(found("grant_date:2019")).containsExactlyInAnyOrder(TCM_SLICES, US_ANODE);
        assertThat(found("filing_date:2019-05")).containsExactlyInAnyOrder(BATTERY_MANAGEMENT);
        assertThat(found("filing_date:2016-02-29")).containsExactlyInAnyOrder(SLICER);
        assertThat(found("publication_date:2019-06")).containsExactlyInAnyOrder(TCM_SLICES);
    }

    @Test
    void yearIsTheFilingYear() throws Exception {
        assertThat(found("year:[2015 TO 2016]")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES, SLICER, POLE_PIECE);
        assertThat(found("year:2014")).containsExactlyInAnyOrder(US_ANODE);
        assertThat(found("year:{2015 TO *]")).containsExactlyInAnyOrder(SLICER, BATTERY_MANAGEMENT, POLE_PIECE);
    }

    @Test
    void applicantNameIsNormalisedLikeTheIngest() throws Exception {
        // The alias table maps HUAWEI TECH CO LTD to 华为技术有限公司; the pole piece was filed under the
        // English name, the US grant names Huawei as assignee.
        List<String> huawei = List.of(BATTERY_MANAGEMENT, POLE_PIECE, US_ANODE);
        assertThat(found("applicant:\"Huawei Technologies Co., Ltd.\"")).containsExactlyInAnyOrderElementsOf(huawei);
        assertThat(found("applicant:华为技术有限公司")).containsExactlyInAnyOrderElementsOf(huawei);
        assertThat(found("applicant_text:huawei")).containsExactlyInAnyOrder(POLE_PIECE, US_ANODE);
        // Inventors listed as US applicants are not owners.
        assertThat(found("applicant:\"John Smith\"")).isEmpty();
    }

    @Test
    void inventorNameIsNormalisedLikeTheIngest() throws Exception {
        assertThat(found("inventor:\"John Smith\"")).containsExactlyInAnyOrder(US_ANODE);
        assertThat(found("inventor:\"JOHN SMITH\"")).containsExactlyInAnyOrder(US_ANODE);
        assertThat(found("inventor:张三")).containsExactlyInAnyOrder(TCM_COMPOSITION);
    }

    @Test
    void namePrefixesFoldCase() throws Exception {
        assertThat(found("inventor:john*")).containsExactlyInAnyOrder(US_ANODE);
        assertThat(found("inventor:J*")).containsExactlyInAnyOrder(US_ANODE);
        assertThat(found("applicant:华为*")).containsExactlyInAnyOrder(BATTERY_MANAGEMENT, POLE_PIECE, US_ANODE);
        assertThat(PatentAnalyzers.perField().normalize(IndexFields.APPLICANT, "huawei tech").utf8ToString())
                .isEqualTo("HUAWEI TECH");
    }

    @Test
    void regionMatchesAtCityAndProvinceLevel() throws Exception {
        assertThat(found("region:341600")).containsExactlyInAnyOrder(TCM_COMPOSITION);
        assertThat(found("region:340000")).containsExactlyInAnyOrder(TCM_COMPOSITION, TCM_SLICES);
        assertThat(found("region:440307")).containsExactlyInAnyOrder(BATTERY_MANAGEMENT, POLE_PIECE);
    }

    @Test
    void typeAndCountry() throws Exception {
        assertThat(found("type:utility_model")).containsExactlyInAnyOrder(POLE_PIECE);
        assertThat(found("country:cn")).containsExactlyInAnyOrder(TCM_COMPOSITION, SLICER, TCM_SLICES, BATTERY_MANAGEMENT,
                POLE_PIECE);
        assertThat(found("country:us AND type:invention")).containsExactlyInAnyOrder(US_ANODE);
        assertThat(found("pub_id:cn-102000002-b")).containsExactlyInAnyOrder(TCM_SLICES);
    }

    @Test
    void unbalancedParenthesisNamesWhereParsingStopped() {
        assertThatThrownBy(() -> searcher.parse("title:(中药"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("Cannot parse 'title:(中药': Encountered \"<EOF>\" at line 1, column 9.");
    }

    @Test
    void badDateSaysWhichFormsAreAccepted() {
        assertThatThrownBy(() -> searcher.parse("filing_date:[20x5 TO 2016]"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("filing_date: '20x5' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
        assertThatThrownBy(() -> searcher.parse("year:[2015 TO 16]"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("year: '16' is not a year (use YYYY)");
    }
}
