package org.patnav.analytics.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patnav.analytics.fees.FeeSubject.Reduction;
import org.patnav.analytics.indicators.OpenLicenceRegister;

/**
 * The registers as the fee engine receives them: a line reaches the patent it names by application or by
 * publication number (as the indicators' registers match), and the whole travels to Spark tasks as a value.
 */
class FeeRegistersTest {

    @TempDir
    Path tmp;

    private FeeRegisters registers() throws IOException {
        Path ext = tmp.resolve("term-extensions.csv");
        Files.writeString(ext, "patent,kind,days,decision_date,source\n"
                + "ZL201816593430.5,patent_term_compensation,30,2024-01-05,决定 一\n", StandardCharsets.UTF_8);
        Path open = tmp.resolve("open-licences.csv");
        Files.writeString(open, "patent_number,declared_date\nCN113231808B,2022-09-15\n", StandardCharsets.UTF_8);
        return FeeRegisters.of(TermExtensionRegister.read(ext), OpenLicenceRegister.read(open));
    }

    private static FeeSubject subject() {
        return new FeeSubject("CN-113231808-B", "CN", "invention", LocalDate.parse("2018-11-01"), LocalDate.parse("2022-04-12"),
                null, null, Reduction.NONE, List.of());
    }

    @Test
    void aLineReachesThePatentByApplicationOrPublicationId() throws IOException {
        FeeSubject s = registers().attach(subject(), List.of("CN-113231808-B", "CN-201816593430"));
        assertThat(s.termExtensions()).extracting(TermExtension::days).containsExactly(30);
        assertThat(s.openLicences()).containsExactly(new OpenLicencePeriod(LocalDate.parse("2022-09-15"), null));
        FeeSubject other = registers().attach(subject(), List.of("CN-999999999-B", "CN-202099999999"));
        assertThat(other).isEqualTo(subject());
    }

    @Test
    void theRegistersTravelToTasksAsAValue() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(registers());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            FeeRegisters copy = (FeeRegisters) in.readObject();
            assertThat(copy.attach(subject(), List.of("CN-201816593430")).termExtensions()).hasSize(1);
        }
    }
}
