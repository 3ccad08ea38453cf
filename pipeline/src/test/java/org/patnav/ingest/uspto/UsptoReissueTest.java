package org.patnav.ingest.uspto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patnav.ingest.uspto.UsptoIngest.byId;
import static org.patnav.ingest.uspto.UsptoIngest.readAll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.ingest.Ingested;
import org.patnav.model.PatentType;
import org.patnav.model.Publication;

/**
 * Reissues in the full-text XML (v4.x, {@code us-related-documents/reissue/relation/parent-doc}): the
 * original patent's number and, where the file gives it, its grant date reach the model, because a reissue
 * keeps the original's maintenance-fee schedule and term (MPEP 2506; 35 U.S.C. 251). The fixture
 * {@code reissues.xml} is hand-written in the v4.2 layout: one reissue whose parent-grant-document carries a
 * date, one whose does not.
 */
class UsptoReissueTest {

    private static List<Ingested> read() throws IOException {
        try (InputStream in = UsptoReissueTest.class.getResourceAsStream("reissues.xml")) {
            assertThat(in).isNotNull();
            byte[] bytes = in.readAllBytes();
            return readAll("reissues.xml", () -> new ByteArrayInputStream(bytes));
        }
    }

    @Test
    void aReissueCarriesItsOriginalPatentAndItsGrantDate() throws IOException {
        Publication p = byId(read(), "US-RE41001-E");
        assertThat(p.patentType()).isEqualTo(PatentType.REISSUE);
        assertThat(p.grantDate()).isEqualTo(LocalDate.of(2009, 6, 16));
        assertThat(p.originalPatent()).isEqualTo("US-7000001");
        assertThat(p.originalGrantDate()).isEqualTo(LocalDate.of(2006, 2, 14));
    }

    @Test
    void withoutADateOnTheParentGrantOnlyTheOriginalsNumberIsKnown() throws IOException {
        Publication p = byId(read(), "US-RE41002-E");
        assertThat(p.originalPatent()).isEqualTo("US-7000002");
        assertThat(p.originalGrantDate()).isNull();
    }
}
