package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.patnav.RealData;
import org.patnav.model.Party;
import org.patnav.model.PartyType;

/**
 * Country and region of a party. Hong Kong, Macao and Taiwan addresses decide the country whatever
 * the source's country field says (CNIPA's statistics list them apart from the provinces).
 */
class PartiesTest {

    private static Parties withRegions() {
        return new Parties(ApplicantNames.defaults(), Countries.defaults(),
                new AddressResolver(AdminDivisions.load(RealData.path("cn-admin-divisions"))));
    }

    @Test
    void hongKongMacaoAndTaiwanAddressesBeatACnCountryField() {
        Parties parties = withRegions();
        assertThat(parties.of("香港某某科技有限公司", null, "CN", "香港九龙尖沙咀").country()).isEqualTo("HK");
        assertThat(parties.of("澳门某某有限公司", null, "CN", "澳门特别行政区氹仔").country()).isEqualTo("MO");
        assertThat(parties.of("台湾积体电路制造股份有限公司", null, "中国", "中国台湾新竹科学工业园区").country())
                .isEqualTo("TW");
        assertThat(parties.of("香港某某科技有限公司", null, "CN", "香港九龙尖沙咀").regionCode()).isNull();
    }

    @Test
    void chineseAddressGivesRegionAndCountry() {
        assertThat(withRegions().of("亳州市人民医院", null, null, " 安徽省亳州市谯城区药都路 "))
                .isEqualTo(new Party("亳州市人民医院", "亳州市人民医院", PartyType.HOSPITAL, "CN",
                        "安徽省亳州市谯城区药都路", "341602"));
        assertThat(withRegions().of("华为技术有限公司", null, "CN", "广东省深圳市龙岗区坂田华为总部办公楼").regionCode())
                .isEqualTo("440307");
    }

    @Test
    void regionOnlyWithADivisionTable() {
        Party p = Parties.withoutRegions().of("亳州市人民医院", null, "CN", "安徽省亳州市谯城区");
        assertThat(p.country()).isEqualTo("CN");
        assertThat(p.regionCode()).isNull();
        assertThat(Parties.withoutRegions().resolvesRegions()).isFalse();
        assertThat(withRegions().resolvesRegions()).isTrue();
        // Without a table, a Chinese address alone does not make the party Chinese.
        assertThat(Parties.withoutRegions().of("亳州市人民医院", null, null, "安徽省亳州市谯城区").country()).isNull();
    }

    @Test
    void foreignParties() {
        Parties parties = withRegions();
        Party sony = parties.of("ソニー株式会社", null, null, "日本国东京都港区港南1-7-1");
        assertThat(sony.country()).isEqualTo("JP");
        assertThat(sony.regionCode()).isNull();
        assertThat(parties.of("Sony Corporation", null, "JP", "Tokyo, JP").country()).isEqualTo("JP");
        assertThat(parties.of("Sony Corporation", null, "Japan", null).country()).isEqualTo("JP");
        // A foreign country field keeps a Chinese-looking address from getting a region.
        assertThat(parties.of("Acme", null, "US", "安徽省亳州市").regionCode()).isNull();
    }

    @Test
    void namesAndTypesComeFromApplicantNames() {
        Party p = withRegions().of("  Huawei Technologies Co., Ltd. ", null, "CN", null);
        assertThat(p).isEqualTo(new Party("Huawei Technologies Co., Ltd.", "华为技术有限公司", PartyType.COMPANY,
                "CN", null, null));
        assertThat(withRegions().of("Schroeder, Yvonne", PartyType.INDIVIDUAL, "DE", "Koln, DE"))
                .isEqualTo(new Party("Schroeder, Yvonne", "SCHROEDER YVONNE", PartyType.INDIVIDUAL, "DE", "Koln, DE", null));
        assertThat(withRegions().of("张三", null, null, "  ").address()).isNull();
    }
}
