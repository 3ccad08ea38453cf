package org.patnav.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.patnav.model.Party;
import org.patnav.model.PartyType;

/**
 * Names and party types through the shipped tables. The types follow CNIPA's applicant categories
 * in its annual statistics (企业 / 大专院校 / 科研单位 / 机关团体 / 个人), hospitals kept apart;
 * the Latin short forms are those of Derwent and Google Patents' assignee_harmonized
 * (TECH, CO, LTD, UNIV, ACAD, SCI).
 */
class ApplicantNamesTest {

    private final ApplicantNames names = ApplicantNames.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Huawei Technologies Co., Ltd.",
        "HUAWEI TECH CO LTD",
        "Huawei Technologies Company Limited",
        "huawei   technologies co ltd",
        "华为技术有限公司",
        "华为技术有限公司。",
        "华为技术 有限公司",
    })
    void huaweiInEveryLanguageAndCaseGroupsUnderItsChineseName(String raw) {
        assertThat(names.normalise(raw)).isEqualTo("华为技术有限公司");
        assertThat(names.classify(names.normalise(raw))).isEqualTo(PartyType.COMPANY);
    }

    @Test
    void latinNamesAreUpperCasedWithoutAccentsPunctuationOrLongLegalForms() {
        assertThat(names.normalise("Samsung Electronics Co., Ltd.")).isEqualTo("SAMSUNG ELECTRONICS CO LTD");
        assertThat(names.normalise("International Business Machines Corporation")).isEqualTo("INT BUSINESS MACHINES CORP");
        assertThat(names.normalise("Kawasaki Jukogyo Kabushiki Kaisha")).isEqualTo("KAWASAKI JUKOGYO KK");
        assertThat(names.normalise("Siemens Aktiengesellschaft")).isEqualTo("SIEMENS AG");
        assertThat(names.normalise("Leimkühler, Hans-Joachim")).isEqualTo("LEIMKUHLER HANS JOACHIM");
        assertThat(names.normalise("The Regents of the University of Michigan")).isEqualTo("REGENTS OF THE UNIV OF MICHIGAN");
        assertThat(names.normalise("Mitsui Mining & Smelting Co., Ltd.")).isEqualTo("MITSUI MINING & SMELTING CO LTD");
    }

    @Test
    void dottedLegalFormsStayOneWord() {
        assertThat(names.normalise("Dell Products L.P.")).isEqualTo("DELL PRODUCTS LP");
        assertThat(names.normalise("Hewlett-Packard Development Company, L.P.")).isEqualTo("HEWLETT PACKARD DEV CO LP");
        assertThat(names.normalise("Koninklijke Philips N.V.")).isEqualTo("KONINKLIJKE PHILIPS NV");
        assertThat(names.normalise("Fiat S.p.A.")).isEqualTo("FIAT SPA");
        assertThat(names.normalise("Société Générale S.A.")).isEqualTo("SOCIETE GENERALE SA");
        assertThat(names.classify(names.normalise("Dell Products L.P."))).isEqualTo(PartyType.COMPANY);
        assertThat(names.classify(names.normalise("Société Générale S.A."))).isEqualTo(PartyType.COMPANY);
        // Initials written with spaces are initials.
        assertThat(names.normalise("Hasan, Ahmed A. K.")).isEqualTo("HASAN AHMED A K");
        assertThat(names.classify(names.normalise("Hasan, Ahmed A. K."))).isEqualTo(PartyType.INDIVIDUAL);
    }

    @Test
    void chineseNamesFoldWidthAndSpacesSoBracketVariantsAreOneName() {
        String halfWidth = names.normalise("亳州市华佗中药有限公司(普通合伙)");
        assertThat(halfWidth).isEqualTo("亳州市华佗中药有限公司(普通合伙)");
        assertThat(names.normalise("亳州市华佗中药有限公司（普通合伙）")).isEqualTo(halfWidth);
        assertThat(names.normalise(" 亳州市华佗中药有限公司 （普通合伙） ")).isEqualTo(halfWidth);
        assertThat(names.normalise("ＴＣＬ集团股份有限公司")).isEqualTo("TCL集团股份有限公司");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UNIV SICHUAN",
        "SICHUAN UNIV",
        "Sichuan University",
        "The University of Sichuan",
        "四川大学",
    })
    void wordOrderIsHandledThroughTheAliasKey(String raw) {
        assertThat(names.normalise(raw)).isEqualTo("四川大学");
        assertThat(names.classify("四川大学")).isEqualTo(PartyType.UNIVERSITY);
    }

    @Test
    void aliasesOfInstitutes() {
        assertThat(names.normalise("ZHEJIANG ACAD AGRICULTURAL SCI")).isEqualTo("浙江省农业科学院");
        assertThat(names.normalise("Zhejiang Academy of Agricultural Sciences")).isEqualTo("浙江省农业科学院");
        assertThat(names.normalise("Anhui University of Chinese Medicine")).isEqualTo("安徽中医药大学");
        assertThat(names.normalise("catl")).isEqualTo("宁德时代新能源科技股份有限公司");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "华为技术有限公司                          | COMPANY",
        "北京理工大学科技有限公司                   | COMPANY",
        "亳州市谯城区中药材种植专业合作社            | COMPANY",
        "SAMSUNG ELECTRONICS CO LTD               | COMPANY",
        "BAYER AG                                 | COMPANY",
        "ABB AB                                   | COMPANY",
        "TAYLOR MADE GOLF CO INC                  | COMPANY",
        "四川大学                                  | UNIVERSITY",
        "亳州学院                                  | UNIVERSITY",
        "MASSACHUSETTS INST OF TECH               | UNIVERSITY",
        "REGENTS OF THE UNIV OF MICHIGAN          | UNIVERSITY",
        "中国科学院上海有机化学研究所                 | RESEARCH_INSTITUTE",
        "中国科学院合肥物质科学研究院                 | RESEARCH_INSTITUTE",
        "亳州市农业科学研究院                        | RESEARCH_INSTITUTE",
        "浙江省农业科学院                           | RESEARCH_INSTITUTE",
        "FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV | RESEARCH_INSTITUTE",
        "亳州市人民医院                             | HOSPITAL",
        "北京大学第一医院                           | HOSPITAL",
        "MAYO CLINIC                              | HOSPITAL",
        "亳州市人民政府                             | GOVERNMENT",
        "国家知识产权局专利局                        | GOVERNMENT",
        "UNITED STATES OF AMERICA AS REPRESENTED BY THE SECRETARY OF THE NAVY | GOVERNMENT",
        "UNITED STATES OF AMERICA                 | GOVERNMENT",
        "张三                                      | INDIVIDUAL",
        "欧阳娜娜                                   | INDIVIDUAL",
        "TERAUCHI KIYOSHI                         | INDIVIDUAL",
        "SCHMAIER ALVIN H                         | INDIVIDUAL",
    })
    void partyTypes(String normalised, PartyType type) {
        assertThat(names.classify(normalised)).isEqualTo(type);
    }

    @Test
    void individualsAsSourcesWriteThem() {
        assertThat(names.normalise("TERAUCHI; KIYOSHI")).isEqualTo("TERAUCHI KIYOSHI");
        assertThat(names.normalise("Terauchi, Kiyoshi")).isEqualTo("TERAUCHI KIYOSHI");
        assertThat(names.classify(names.normalise("TERAUCHI; KIYOSHI"))).isEqualTo(PartyType.INDIVIDUAL);
        assertThat(names.normalise("张三")).isEqualTo("张三");
        assertThat(names.classify("张三")).isEqualTo(PartyType.INDIVIDUAL);
        // Longer Han names no rule matches are organisations.
        assertThat(names.classify("亳州市华佗国药")).isEqualTo(PartyType.COMPANY);
    }

    @Test
    void stateAgenciesAsUsptoAssigneesNameThem() {
        String army = names.normalise("The United States of America as represented by the Secretary of the Army");
        assertThat(army).isEqualTo("UNITED STATES OF AMERICA AS REPRESENTED BY THE SECRETARY OF THE ARMY");
        assertThat(names.classify(army)).isEqualTo(PartyType.GOVERNMENT);
    }

    @Test
    void blankNames() {
        assertThat(names.normalise(null)).isNull();
        assertThat(names.normalise("  ")).isNull();
        assertThat(names.normalise("., ;")).isNull();
        assertThat(names.classify(null)).isNull();
    }

    @Test
    void partyKeepsTheRawNameAndTheSourcesType() {
        assertThat(names.party("Huawei Technologies Co., Ltd.", null, "CN", "广东省深圳市", "440300"))
                .isEqualTo(new Party("Huawei Technologies Co., Ltd.", "华为技术有限公司", PartyType.COMPANY, "CN",
                        "广东省深圳市", "440300"));
        // A first-name/last-name pair in the source is a person, whatever the name looks like.
        assertThat(names.party("Hospital, Mary", PartyType.INDIVIDUAL, "US", null, null).type())
                .isEqualTo(PartyType.INDIVIDUAL);
    }

    @Test
    void aliasFileAddsAndOverridesShippedAliases(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-aliases.tsv");
        Files.writeString(file, """
                # analyst's aliases
                Bozhou Huatuo Chinese Medicine Co., Ltd.\t亳州市华佗中药有限公司
                HUAWEI TECH CO LTD\t华为

                """, StandardCharsets.UTF_8);
        ApplicantNames custom = ApplicantNames.withAliases(file);
        assertThat(custom.normalise("BOZHOU HUATUO CHINESE MEDICINE CO LTD")).isEqualTo("亳州市华佗中药有限公司");
        assertThat(custom.normalise("Huawei Technologies Co., Ltd.")).isEqualTo("华为");
        assertThat(custom.normalise("Sichuan University")).isEqualTo("四川大学");
        assertThat(names.normalise("BOZHOU HUATUO CHINESE MEDICINE CO LTD")).isEqualTo("BOZHOU HUATUO CHINESE MEDICINE CO LTD");
    }
}
