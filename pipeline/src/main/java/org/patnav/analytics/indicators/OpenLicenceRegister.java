package org.patnav.analytics.indicators;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.patnav.analytics.fees.OpenLicencePeriod;
import org.patnav.normalize.InputTable;

/**
 * Open licence declarations (专利开放许可声明, Patent Law art. 50 since 2021-06-01) as CNIPA's gazette
 * and the national open-licence list publish them: {@code patent_number,declared_date} and optional
 * {@code withdrawn_date}, {@code region_code}. A patent counts while its declaration is in force.
 */
public record OpenLicenceRegister(List<Declaration> declarations) {

    public record Declaration(PatentRef patent, LocalDate declared, LocalDate withdrawn, String regionCode) {

        public boolean inForce(LocalDate date) {
            return period().inForce(date);
        }

        /** The period the declaration is in force, as the fee engine takes it. */
        public OpenLicencePeriod period() {
            return new OpenLicencePeriod(declared, withdrawn);
        }
    }

    public OpenLicenceRegister {
        declarations = List.copyOf(declarations);
    }

    public static OpenLicenceRegister none() {
        return new OpenLicenceRegister(List.of());
    }

    public static OpenLicenceRegister read(Path file) throws IOException {
        List<Declaration> out = new ArrayList<>();
        for (InputTable.Row r : InputTable.read(file, List.of("patent_number", "declared_date"))) {
            LocalDate declared = r.date("declared_date");
            if (declared == null) {
                throw r.error("empty declared_date");
            }
            LocalDate withdrawn = r.date("withdrawn_date");
            if (withdrawn != null && withdrawn.isBefore(declared)) {
                throw r.error("withdrawn_date " + withdrawn + " is before declared_date " + declared);
            }
            out.add(new Declaration(PatentRef.of(r, r.get("patent_number")), declared, withdrawn, r.regionCode("region_code")));
        }
        return new OpenLicenceRegister(out);
    }
}
