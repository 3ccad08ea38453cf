package org.patnav.ingest.maintfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.RealData;
import org.patnav.ingest.Head;
import org.patnav.ingest.Ingested;
import org.patnav.model.Reject;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;

/**
 * The code table file, against the 155 codes of Table 2 of the USPTO "Patent Grant Maintenance Fee
 * Events File Documentation" (April 2025).
 */
class MaintFeeDescReaderTest {

    private static final String TABLE = "uspto-maintfee/MaintFeeEventsDesc_transcribed_from_USPTO_doc_Table2.txt";
    private static final String TABLE_NAME = "MaintFeeEventsDesc_transcribed_from_USPTO_doc_Table2.txt";

    private final MaintFeeDescReader reader = new MaintFeeDescReader();

    @TempDir
    Path tmp;

    @Test
    void readsEveryCodeOfTheDocumentationTable() {
        List<Ingested.CodeDefinition> definitions = definitions(MaintFeeFiles.read(reader, RealData.path(TABLE)));

        assertThat(definitions).hasSize(155);
        assertThat(definitions).extracting(Ingested.CodeDefinition::code).doesNotHaveDuplicates();
        assertThat(definitions.get(0)).isEqualTo(new Ingested.CodeDefinition(line(1), "ASPN",
                "Payor Number Assigned."));
        assertThat(definitions).contains(
                new Ingested.CodeDefinition(line(2), "BIG.",
                        "Entity status set to Undiscounted (note the period is included in the code)."),
                new Ingested.CodeDefinition(line(3), "EXP.", "Patent Expired for Failure to Pay Maintenance Fees."),
                new Ingested.CodeDefinition(line(4), "EXPX",
                        "Patent Reinstated After Maintenance Fee Payment Confirmed."),
                new Ingested.CodeDefinition(line(32), "M1551",
                        "Payment of Maintenance Fee, 4th Year, Large Entity."),
                new Ingested.CodeDefinition(line(155), "STOM", "Pat Hldr Claims Micro Ent Stat."));
    }

    /**
     * PatNav's code table (maintfee-event-codes.tsv) checked code by code against Table 2 of the USPTO
     * documentation (April 2025): every code the USPTO defines is in it with the USPTO's description, and it
     * holds no code the USPTO does not define (same size, every defined code found).
     */
    @Test
    void patNavsCodeTableHoldsExactlyTheUsptoCodesWithTheirDescriptions() {
        MaintFeeCodes codes = MaintFeeFiles.CONTEXT.maintFeeCodes();

        List<Ingested.CodeDefinition> defined = definitions(MaintFeeFiles.read(reader, RealData.path(TABLE)));

        assertThat(defined).hasSize(155).allSatisfy(d -> assertThat(codes.get(d.code())).as(d.code())
                .hasValueSatisfying(c -> assertThat(c.description()).isEqualTo(d.description())));
        assertThat(codes.size()).isEqualTo(defined.size());
    }

    @Test
    void fileIngestTellsTheCodeTableFromTheEventsFile() {
        List<Ingested> records = MaintFeeFiles.ingest(RealData.path(TABLE));

        assertThat(records).hasSize(155).allMatch(r -> r instanceof Ingested.CodeDefinition)
                .allMatch(r -> r.format() == SourceFormat.USPTO_MAINTFEE);
    }

    @Test
    void recognisesDefinitionsButNotEventLines() {
        assertThat(reader.recognises(head("ASPN  Payor Number Assigned.\r\nEXP.  Patent Expired.\r\n"))).isTrue();
        assertThat(reader.recognises(head("0000004287053 06218896 N 19801222 19810901 19881222 M171 \r\n")))
                .isFalse();
        assertThat(reader.recognises(head("ASPN Payor Number Assigned.\r\n"))).isFalse();
        assertThat(reader.recognises(head("ASPN  Payor Number Assigned.\r\nnot a definition\r\n"))).isFalse();
        assertThat(reader.recognises(head("\r\n\r\n"))).isFalse();
    }

    @Test
    void aMalformedLineIsRejectedAndReadingGoesOn() throws IOException {
        Path file = tmp.resolve("MaintFeeEventsDesc_20250401.txt");
        Files.writeString(file, "ASPN  Payor Number Assigned.\r\nM1551Payment of Maintenance Fee\r\n\r\n"
                + "EXP.  Patent Expired for Failure to Pay Maintenance Fees.\r\n", StandardCharsets.US_ASCII);

        List<Ingested> records = MaintFeeFiles.read(reader, file);

        assertThat(records).hasSize(3);
        assertThat(definitions(records)).extracting(d -> d.source().locator(), Ingested.CodeDefinition::code)
                .containsExactly(tuple("line 1", "ASPN"), tuple("line 4", "EXP."));
        assertThat(records.get(1)).isEqualTo(new Ingested.Rejected(new Reject(SourceFormat.USPTO_MAINTFEE,
                "MaintFeeEventsDesc_20250401.txt", "line 2", Reject.TABLE_EVENTS, RejectReason.MALFORMED_RECORD,
                "not a code definition (code in positions 1-5, description from position 7)",
                "M1551Payment of Maintenance Fee")));
    }

    private static List<Ingested.CodeDefinition> definitions(List<Ingested> records) {
        return records.stream().filter(r -> r instanceof Ingested.CodeDefinition)
                .map(r -> (Ingested.CodeDefinition) r).toList();
    }

    private static SourceRef line(int n) {
        return new SourceRef(SourceFormat.USPTO_MAINTFEE, TABLE_NAME, "line " + n);
    }

    private static Head head(String text) {
        return new Head("head", text.getBytes(StandardCharsets.US_ASCII));
    }
}
