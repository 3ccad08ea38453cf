package org.patnav.ingest.trademark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status table and the term rule, with the sources the rule files cite. */
class TrademarkRulesTest {

    private final TrademarkRules rules = TrademarkRules.defaults();

    @Test
    void usCodesSayLiveOrDead() {
        // USPTO status codes: 700-705 registered, 800 renewed; 710-714 cancelled, 900 expired, 6xx abandoned.
        for (String live : new String[] {"700", "701", "702", "703", "704", "705", "800", "630", "686"}) {
            assertThat(rules.live("US", live)).as(live).isTrue();
        }
        for (String dead : new String[] {"710", "711", "712", "713", "714", "900", "600", "602", "606"}) {
            assertThat(rules.live("US", dead)).as(dead).isFalse();
        }
        assertThat(rules.live("US", "123")).as("not in the table: never guessed").isNull();
    }

    @Test
    void chineseStatusTextsSayLiveOrDead() {
        assertThat(rules.live("CN", "已注册")).isTrue();
        assertThat(rules.live("CN", "等待实质审查")).isTrue();
        assertThat(rules.live("CN", "注销")).isFalse();
        assertThat(rules.live("CN", "撤销")).isFalse();
        assertThat(rules.live("CN", "已无效")).isFalse();
    }

    @Test
    void termsAreTenYearsAndTwentyForOldUsRegistrations() {
        // 15 U.S.C. 1058-1059: 20 years before 1989-11-16; 商标法 第三十九、四十条: 10 years from registration.
        assertThat(rules.expiry("US", LocalDate.of(1985, 3, 5), null)).isEqualTo(LocalDate.of(2005, 3, 5));
        assertThat(rules.expiry("US", LocalDate.of(1985, 3, 5), LocalDate.of(2005, 3, 5))).isEqualTo(LocalDate.of(2015, 3, 5));
        // 专用权期限 2016-04-21至2026-04-20.
        assertThat(rules.expiry("CN", LocalDate.of(2016, 4, 21), null)).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(rules.expiry("CN", null, null)).isNull();
    }

    @Test
    void chineseRegisteredPendingAndGraceWordingsAreLiveAndEndedOnesDead() {
        // Platform status wordings (see the comment of trademark-status.tsv); 宽展 is the grace of 商标法 第四十条.
        for (String live : new String[] {"商标已注册", "注册公告", "续展", "商标续展完成", "宽展", "异议中", "驳回复审中",
            "商标待审中", "初步审定"}) {
            assertThat(rules.live("CN", live)).as(live).isTrue();
        }
        for (String dead : new String[] {"已销亡", "专用权已过期", "已驳回", "商标无效"}) {
            assertThat(rules.live("CN", dead)).as(dead).isFalse();
        }
        assertThat(rules.live("CN", "冻结")).as("not in the table: never guessed").isNull();
    }

    @Test
    void usCodesCarryTheUsptoDescription() {
        assertThat(rules.meaning("US", "800")).isEqualTo("REGISTERED AND RENEWED");
        assertThat(rules.meaning("US", "900")).isEqualTo("EXPIRED");
        assertThat(rules.meaning("US", "123")).isNull();
    }

    @Test
    void theGraceIsSixMonthsAfterTheTerm() {
        // 商标法 第四十条: renewal within 12 months before expiry, 6 months' grace (宽展期) after it.
        assertThat(rules.graceEnd("CN", LocalDate.of(2016, 4, 21), LocalDate.of(2026, 4, 20)))
                .isEqualTo(LocalDate.of(2026, 10, 20));
        // 15 U.S.C. 1059(a): within 6 months after the end of the term, with a surcharge.
        assertThat(rules.graceEnd("US", LocalDate.of(2005, 3, 5), LocalDate.of(2015, 3, 5)))
                .isEqualTo(LocalDate.of(2015, 9, 5));
    }
}
