package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The term-extension register: lines read exactly, the caps of 专利法 (2020) 第四十二条第三款 (at most five years,
 * at most fourteen years of term after the new drug's approval) enforced to the day, a bad line naming its line.
 */
class TermExtensionRegisterTest {

    private static final String HEADER = "patent,kind,days,decision_date,source,approval_date,filing_date\n";

    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        Path f = tmp.resolve("term-extensions.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void linesBecomeExtensionsOfTheWarehouseIds() throws IOException {
        TermExtensionRegister r = TermExtensionRegister.read(file(HEADER
                + "ZL201816593430.5,patent_term_compensation,2,2022-10-20,补偿决定 示例,,\n"
                + "CN113231808B,drug_term_compensation,189,2026-03-18,补偿决定 示例,2025-08-20,2019-02-12\n"));
        assertThat(r.entries()).extracting(e -> e.patent().key()).containsExactly("CN-201816593430", "CN-113231808-B");
        TermExtension drug = r.entries().get(1).extension();
        assertThat(drug).isEqualTo(new TermExtension(TermExtension.Kind.DRUG_TERM_COMPENSATION, 189,
                LocalDate.parse("2026-03-18"), LocalDate.parse("2025-08-20"), LocalDate.parse("2019-02-12"), "补偿决定 示例"));
    }

    @Test
    void aDrugCompensationEndsAtMostFourteenYearsAfterTheApproval() throws IOException {
        // 专利法 第四十二条第三款: filed 2019-02-12, the term ends 2039-02-11; approved 2025-08-20, the term may run to
        // 2039-08-19 at the latest: 189 days, not 190.
        String line = "CN113231808B,drug_term_compensation,%d,2026-03-18,决定,2025-08-20,2019-02-12\n";
        assertThat(TermExtensionRegister.read(file(HEADER + line.formatted(189))).entries()).hasSize(1);
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + line.formatted(190))))
                .hasMessageContaining("term-extensions.csv line 2").hasMessageContaining("14 years after the approval")
                .hasMessageContaining("2039-08-19");
    }

    @Test
    void aDrugCompensationIsAtMostFiveYears() throws IOException {
        // 专利法 第四十二条第三款: filed 2006-03-10, the term ends 2026-03-09; five years on is 2031-03-09, 1,826 days.
        String line = "CN1234567A,drug_term_compensation,%d,2022-03-01,决定,2021-09-01,2006-03-10\n";
        assertThat(TermExtensionRegister.read(file(HEADER + line.formatted(1826))).entries()).hasSize(1);
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + line.formatted(1827))))
                .hasMessageContaining("line 2").hasMessageContaining("exceed 5 years");
    }

    @Test
    void badLinesNameTheirLine() throws IOException {
        String ok = "CN113231808B,patent_term_compensation,30,2024-01-05,决定,,\n";
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + ok + "CN113231808B,pta,30,2024-01-05,决定,,\n")))
                .hasMessageContaining("line 3").hasMessageContaining("'pta' is not one of patent_term_compensation, drug_term_compensation");
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + "CN113231808B,patent_term_compensation,0,2024-01-05,决定,,\n")))
                .hasMessageContaining("line 2").hasMessageContaining("positive");
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + "CN113231808B,drug_term_compensation,30,2024-01-05,决定,,\n")))
                .as("the caps need the approval and filing dates")
                .hasMessageContaining("line 2").hasMessageContaining("needs approval_date and filing_date");
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + "CN113231808B,drug_term_compensation,30,2024-01-05,决定,2024-02-01,2019-02-12\n")))
                .hasMessageContaining("line 2").hasMessageContaining("after decision_date");
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + ok + ok)))
                .hasMessageContaining("line 3").hasMessageContaining("the first is on line 2");
        assertThatThrownBy(() -> TermExtensionRegister.read(file(HEADER + "CN113231808B,patent_term_compensation,30,,决定,,\n")))
                .hasMessageContaining("line 2").hasMessageContaining("empty decision_date");
        assertThatThrownBy(() -> TermExtensionRegister.read(file("patent,kind,days,source\n")))
                .hasMessageContaining("decision_date");
    }
}
