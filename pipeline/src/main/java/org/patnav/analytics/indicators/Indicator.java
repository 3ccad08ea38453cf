package org.patnav.analytics.indicators;

import java.util.Arrays;
import java.util.Locale;

/**
 * The bureau's plan indicators (知识产权强市建设 indicator table). Each is computed from the warehouse
 * and the registers, or taken as an input value (the ones no public data supports).
 */
public enum Indicator {
    /** Valid domestic invention patents granted by CNIPA (有效发明专利). */
    VALID_INVENTION_PATENTS(true, 0),
    /** Of which high-value (高价值发明专利), by CNIPA's five criteria. */
    HIGH_VALUE_INVENTION_PATENTS(true, 0),
    /** High-value invention patents per 10,000 resident population (每万人口高价值发明专利拥有量). */
    HIGH_VALUE_PER_10K(true, 2),
    /** Valid registered trademarks (有效注册商标). */
    VALID_TRADEMARKS(true, 0),
    /** Patent pledge financing registered in the year, 100 million yuan (知识产权质押融资登记金额, 亿元). */
    PLEDGE_FINANCING(true, 2),
    /** Patents under an open licence declaration in force (专利开放许可). */
    OPEN_LICENCES(true, 0),
    /** National IP advantage and demonstration enterprises (国家知识产权优势/示范企业). */
    IP_ADVANTAGE_ENTERPRISES(false, 0),
    /** Enterprises certified to the IP management standard GB/T 29490 (贯标认证企业). */
    IP_STANDARD_ENTERPRISES(false, 0),
    /** Provincial IP information service points (省级知识产权信息服务网点). */
    INFO_SERVICE_POINTS(false, 0);

    private final boolean computed;
    private final int decimals;

    Indicator(boolean computed, int decimals) {
        this.computed = computed;
        this.decimals = decimals;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Computed by PatNav from data; otherwise an input value ({@code --inputs}). */
    public boolean computed() {
        return computed;
    }

    /** Decimals the bureau reports it with. */
    public int decimals() {
        return decimals;
    }

    public static Indicator ofId(String id) {
        for (Indicator i : values()) {
            if (i.id().equals(id.strip())) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown indicator '" + id + "' (expected one of "
                + Arrays.stream(values()).map(Indicator::id).toList() + ")");
    }
}
