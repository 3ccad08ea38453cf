package org.patnav.analytics.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.patnav.normalize.InputTable;

/**
 * Registered patent pledge contracts (专利权质押登记), as the bureau keeps them from the registrations:
 * {@code registration_no,registration_date,patent_numbers,pledgor,pledgee,amount_10k_yuan} and optional
 * {@code region_code}, {@code release_date}. Public patent data records that a pledge was registered,
 * never its amount; the amounts behind the pledge indicator and criterion 4 come from here.
 * {@code patent_numbers} lists every patent of the contract, separated by {@code ;} {@code ；} or {@code 、}.
 *
 * @param regionCode the pledgor's division when the register states it; else the first patent's owner's
 */
public record PledgeRegister(List<Contract> contracts) {

    public record Contract(String registrationNo, LocalDate registered, LocalDate released, List<PatentRef> patents,
                           String pledgor, String pledgee, BigDecimal amountYuan, String regionCode) {
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public PledgeRegister {
        contracts = List.copyOf(contracts);
    }

    public static PledgeRegister none() {
        return new PledgeRegister(List.of());
    }

    public static PledgeRegister read(Path file) throws IOException {
        List<Contract> out = new ArrayList<>();
        for (InputTable.Row r : InputTable.read(file, List.of("registration_no", "registration_date", "patent_numbers",
                "pledgor", "pledgee", "amount_10k_yuan"))) {
            List<PatentRef> patents = Arrays.stream(r.get("patent_numbers").split("[;；、]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(s -> PatentRef.of(r, s)).toList();
            BigDecimal amount = r.decimal("amount_10k_yuan");
            if (amount.signum() <= 0) {
                throw r.error("amount_10k_yuan must be positive");
            }
            LocalDate registered = r.date("registration_date");
            if (registered == null) {
                throw r.error("empty registration_date");
            }
            LocalDate released = r.date("release_date");
            if (released != null && released.isBefore(registered)) {
                throw r.error("release_date " + released + " is before registration_date " + registered);
            }
            out.add(new Contract(r.get("registration_no"), registered, released, patents, r.get("pledgor"),
                    r.get("pledgee"), amount.multiply(TEN_THOUSAND), r.regionCode("region_code")));
        }
        return new PledgeRegister(out);
    }
}
