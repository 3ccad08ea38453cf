package org.patnav.analytics.fees;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An open licence (专利开放许可, 专利法 第五十条) of a patent: declared on {@code declared}, in force until the
 * withdrawal ({@code withdrawn}, null while not withdrawn) is announced.
 */
public record OpenLicencePeriod(LocalDate declared, LocalDate withdrawn) implements Serializable {

    public boolean inForce(LocalDate date) {
        return !declared.isAfter(date) && (withdrawn == null || withdrawn.isAfter(date));
    }
}
