package org.patnav.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.patnav.model.Classification;
import org.patnav.model.PartyType;
import org.patnav.model.PatentType;
import org.patnav.model.Publication;
import org.patnav.normalize.ApplicantNames;

/**
 * Six hand-made publications, small enough to know every query's answer by reading them: two on
 * Chinese medicine (A61K36), three Huawei lithium-battery documents under three spellings of the
 * owner (Chinese, English applicant, US assignee with inventors as applicants), one slicing device.
 */
final class TestPatents {

    static final ApplicantNames NAMES = ApplicantNames.defaults();

    static final String HUAWEI = "华为技术有限公司";

    /** Invention filed 2015-03-10; A61K36/185 (not A61K36/18); applicant in Qiaocheng district (341602). */
    static final Publication TCM_COMPOSITION = tcmComposition();
    /** Granted invention filed 2015-01-01; A61K36/18; applicant in Hefei (340100). */
    static final Publication TCM_SLICES = tcmSlices();
    /** Utility model filed 2016-12-31; English applicant name that normalises to Huawei's. */
    static final Publication BATTERY_POLE_PIECE = batteryPolePiece();
    /** Invention filed 2019-05-20 by 华为技术有限公司. */
    static final Publication BATTERY_MANAGEMENT = batteryManagement();
    /** US grant filed 2014-12-31, granted 2019-01-15: inventors as applicants, Huawei as assignee. */
    static final Publication US_SILICON_ANODE = usSiliconAnode();
    /** Invention filed 2016-02-29 by an individual, no region: 饮片 without 中药. */
    static final Publication SLICING_DEVICE = slicingDevice();

    static final List<Publication> ALL = List.of(TCM_COMPOSITION, TCM_SLICES, BATTERY_POLE_PIECE,
            BATTERY_MANAGEMENT, US_SILICON_ANODE, SLICING_DEVICE);

    private TestPatents() {
    }

    /** Writes the publications into one shard directory and returns it. */
    static Path shard(Path directory, List<Publication> publications) throws IOException {
        ShardWriter.write(publications.iterator(), directory);
        return directory;
    }

    private static Publication.Builder cn(String number, String kind, String applicationNumber, LocalDate filed,
                                          LocalDate published) {
        Publication.Builder b = Publication.builder();
        b.pubId = "CN-" + number + "-" + kind;
        b.country = "CN";
        b.number = number;
        b.kind = kind;
        b.applicationId = "CN-" + applicationNumber;
        b.applicationNumber = applicationNumber;
        b.filingDate = filed;
        b.priorityDate = filed;
        b.publicationDate = published;
        b.patentType = PatentType.INVENTION;
        return b;
    }

    private static Publication tcmComposition() {
        Publication.Builder b = cn("101000001", "A", "201510100001", LocalDate.of(2015, 3, 10),
                LocalDate.of(2016, 9, 1));
        b.title.put("zh", "一种中药组合物");
        b.title.put("en", "Traditional Chinese medicine composition");
        b.abstractText.put("zh", "本发明公开了一种中药组合物，由黄芪和当归制成，用于治疗糖尿病。");
        b.ipc.add(new Classification("A61K36/185", true, true));
        b.ipc.add(new Classification("A61P3/10", false, true));
        b.applicants.add(NAMES.party("亳州市华佗中药有限公司", null, "CN", "安徽省亳州市谯城区药都路", "341602"));
        b.inventors.add(NAMES.party("张三", PartyType.INDIVIDUAL, "CN", null, null));
        return b.build();
    }

    private static Publication tcmSlices() {
        Publication.Builder b = cn("102000002", "B", "201510000002", LocalDate.of(2015, 1, 1),
                LocalDate.of(2019, 6, 18));
        b.grantDate = LocalDate.of(2019, 6, 18);
        b.title.put("zh", "中药材饮片的炮制方法");
        b.abstractText.put("zh", "本发明涉及中药材饮片的炮制方法，包括净选、切制和干燥。");
        b.ipc.add(new Classification("A61K36/18", true, true));
        b.applicants.add(NAMES.party("安徽某某药业有限公司", null, "CN", "安徽省合肥市", "340100"));
        return b.build();
    }

    private static Publication batteryPolePiece() {
        Publication.Builder b = cn("203000003", "U", "201621000003", LocalDate.of(2016, 12, 31),
                LocalDate.of(2017, 8, 1));
        b.patentType = PatentType.UTILITY_MODEL;
        b.title.put("zh", "锂离子电池极片");
        b.title.put("en", "Lithium-ion battery pole piece");
        b.abstractText.put("zh", "本实用新型提供一种锂离子电池极片，提高了电池的循环寿命。");
        b.ipc.add(new Classification("H01M4/13", true, true));
        b.cpc.add(new Classification("H01M10/0525", true, true));
        b.applicants.add(NAMES.party("Huawei Technologies Co., Ltd.", null, "CN",
                "广东省深圳市龙岗区坂田华为总部办公楼", "440307"));
        return b.build();
    }

    private static Publication batteryManagement() {
        Publication.Builder b = cn("104000004", "A", "201910000004", LocalDate.of(2019, 5, 20),
                LocalDate.of(2019, 9, 3));
        b.title.put("zh", "一种锂电池管理系统");
        b.abstractText.put("zh", "本发明公开了一种锂电池管理系统，用于监测电池的电压和温度。");
        b.ipc.add(new Classification("H01M10/44", true, true));
        b.ipc.add(new Classification("H02J7/00", false, true));
        b.applicants.add(NAMES.party(HUAWEI, null, "CN", "广东省深圳市龙岗区坂田华为总部办公楼", "440307"));
        b.inventors.add(NAMES.party("王五", PartyType.INDIVIDUAL, "CN", null, null));
        return b.build();
    }

    private static Publication usSiliconAnode() {
        Publication.Builder b = Publication.builder();
        b.pubId = "US-10000005-B2";
        b.country = "US";
        b.number = "10000005";
        b.kind = "B2";
        b.applicationId = "US-14500005";
        b.applicationNumber = "14/500,005";
        b.filingDate = LocalDate.of(2014, 12, 31);
        b.priorityDate = LocalDate.of(2014, 12, 31);
        b.publicationDate = LocalDate.of(2019, 1, 15);
        b.grantDate = LocalDate.of(2019, 1, 15);
        b.patentType = PatentType.INVENTION;
        b.title.put("en", "Lithium-ion batteries with silicon anodes");
        b.abstractText.put("en", "A lithium-ion battery has an anode of silicon particles in a carbon matrix.");
        b.ipc.add(new Classification("H01M4/38", true, true));
        b.cpc.add(new Classification("H01M4/386", true, true));
        b.cpc.add(new Classification("H01M10/0525", false, false));
        b.applicants.add(NAMES.party("John Smith", PartyType.INDIVIDUAL, "US", "Austin, TX, US", null));
        b.applicants.add(NAMES.party("Jane Doe", PartyType.INDIVIDUAL, "US", "Austin, TX, US", null));
        b.inventors.add(NAMES.party("John Smith", PartyType.INDIVIDUAL, "US", "Austin, TX, US", null));
        b.inventors.add(NAMES.party("Jane Doe", PartyType.INDIVIDUAL, "US", "Austin, TX, US", null));
        b.assignees.add(NAMES.party("Huawei Technologies Co., Ltd.", null, "CN", "Shenzhen, CN", null));
        return b.build();
    }

    private static Publication slicingDevice() {
        Publication.Builder b = cn("105000006", "A", "201610000006", LocalDate.of(2016, 2, 29),
                LocalDate.of(2016, 7, 6));
        b.title.put("zh", "饮片切片机");
        b.abstractText.put("zh", "一种饮片切片机，包括机架、刀盘和输送带，切片厚度可调。");
        b.ipc.add(new Classification("B26D1/00", true, true));
        b.applicants.add(NAMES.party("李四", null, "CN", null, null));
        return b.build();
    }
}
