package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patnav.model.Publication;
import org.patnav.navigate.SectorMatcher.ClauseResult;
import org.patnav.navigate.SectorMatcher.SectorExplanation;

/**
 * The shipped sector definitions (tcm, equipment, new-energy) over hand-built publications: one that
 * each include clause must find, named after the clause, and the near misses each definition's notes
 * say it must leave out. Every publication sits in one index, so each sector is also shown to leave the
 * other sectors' publications alone.
 */
class ShippedSectorsTest {

    // tcm: one publication per include clause.
    static final Publication HERBAL_PREPARATIONS = Pub.of("CN-113000001-A").ipc("A61K36/185", "A61P25/20")
            .zh("一种治疗失眠的中药组合物", "本发明公开了一种治疗失眠的中药组合物，由酸枣仁、远志、茯苓和合欢皮制成，具有养心安神的功效。").build();
    static final Publication HERBAL_EXTRACTION_CPC = Pub.of("CN-113000002-A").ipc("B01D11/02").cpc("A61K2236/00")
            .zh("一种黄芪有效成分的连续逆流提取装置", "该装置包括多级提取罐、循环泵和过滤器，溶剂与物料逆向流动，提取率高。").build();
    static final Publication ANIMAL_MINERAL_MATERIA_MEDICA = Pub.of("CN-113000003-A").ipc("A61K35/64")
            .zh("一种僵蚕提取物的制备方法", "本发明以中药材僵蚕为原料，经粉碎、醇提和浓缩得到提取物，收率高。").build();
    static final Publication TCM_THERAPY = Pub.of("CN-113000004-A").ipc("A61K9/20", "A61P1/14")
            .zh("一种治疗消化不良的片剂", "本发明的片剂由中草药提取物与辅料压制而成，崩解迅速。").build();
    static final Publication DECOCTION_PIECES_PROCESSING = Pub.of("CN-213000005-U").ipc("B26D1/02")
            .zh("一种中药饮片切片机", "本实用新型公开了一种切片机，包括机架、输送带和旋转刀盘，切片厚度均匀。").build();
    /** A plant biocide that is also a herbal preparation stays in: the exclusion is for pesticides only. */
    static final Publication HERBAL_PREPARATION_WITH_A01N65 = Pub.of("CN-113000006-A")
            .ipc("A61K36/489", "A01N65/20", "A61P31/04")
            .zh("一种苦参提取物及其抗菌应用", "本发明提供一种苦参提取物，对金黄色葡萄球菌有抑制作用。").build();
    // tcm: must not.
    static final Publication CHEMICAL_DRUG = Pub.of("CN-113000011-A").ipc("A61K31/4439", "A61P35/00")
            .zh("一种激酶抑制剂及其在制备抗肿瘤药物中的应用", "本发明提供了一种式(I)所示的激酶抑制剂，可用于治疗非小细胞肺癌。").build();
    /** Western formulation wording: 组合物中药物 holds the characters 中药 across a word boundary. */
    static final Publication A61P_WITHOUT_TCM_WORDS = Pub.of("CN-113000012-A").ipc("A61K9/16", "A61P3/10")
            .zh("一种降糖药物缓释微丸", "本发明提高了缓释微丸组合物中药物的溶出度，血浆中药物浓度平稳。").build();
    static final Publication BOTANICAL_PESTICIDE = Pub.of("CN-113000013-A").ipc("A01N65/08", "A01P7/04")
            .zh("一种中药材种植用植物源杀虫剂", "本发明以苦参和印楝提取物为有效成分，用于防治种植中的蚜虫。").build();

    // equipment: one publication per include clause.
    static final Publication INDUSTRIAL_ROBOTS = Pub.of("CN-114000001-A").ipc("B25J9/1664", "B25J9/16")
            .zh("一种六轴机械臂的轨迹规划方法", "本发明根据关节角度约束生成平滑轨迹，降低机械臂末端的振动。").build();
    static final Publication CNC_MACHINE_TOOLS = Pub.of("CN-114000002-A").ipc("G05B19/4155")
            .zh("一种五轴联动系统的插补方法", "本发明对刀具路径进行样条插补，提高加工表面质量。").build();
    static final Publication ADDITIVE_MANUFACTURING = Pub.of("CN-114000003-A").ipc("B22F10/28", "B33Y10/00")
            .zh("一种钛合金零件的激光选区熔化成形方法", "本发明通过分区扫描策略降低成形件的残余应力。").build();
    static final Publication PRECISION_REDUCERS = Pub.of("CN-114000004-A").ipc("F16H49/001")
            .zh("一种谐波减速器柔轮", "柔轮的齿形采用双圆弧曲线，啮合齿数多，传动平稳。").build();
    static final Publication PRECISION_TRANSMISSION_WORDING = Pub.of("CN-114000005-A").ipc("F16H57/02")
            .zh("一种机器人关节用精密传动箱", "传动箱包括箱体、输入轴和输出轴，回差小。").build();
    static final Publication AEROSPACE_RAIL_MARINE = Pub.of("CN-114000006-A").ipc("B61D17/04")
            .zh("一种轨道车辆的侧墙结构", "侧墙由铝合金型材拼焊而成，重量轻、刚度高。").build();
    /** Designs carry no IPC: the title is all there is. */
    static final Publication EQUIPMENT_DESIGNS = Pub.of("CN-306000007-S").zh("六轴工业机器人", null).build();
    // equipment: must not.
    static final Publication TOY_ROBOT = Pub.of("CN-114000011-A").ipc("A63H11/00", "B25J11/00")
            .zh("一种儿童编程教育玩具机器人", "玩具机器人可按卡片指令行走和发声。").build();
    static final Publication FLOOR_CLEANING_ROBOT = Pub.of("CN-114000012-A").ipc("A47L11/24", "A47L11/40", "B25J11/00")
            .zh("一种扫地机器人的边刷组件", "边刷组件包括电机、刷盘和刷毛，清扫墙角更干净。").build();
    static final Publication VEHICLE_GEARBOX = Pub.of("CN-114000013-A").ipc("F16H3/66")
            .zh("一种汽车八速自动变速器", "该自动变速器包括四个行星排和六个换挡元件，可实现八个前进挡。").build();
    /** Robotic process automation: robot wording in software, no robot classification. */
    static final Publication G06F_SOFTWARE = Pub.of("CN-114000014-A").ipc("G06F9/451")
            .zh("一种基于机器人流程自动化的报表生成方法", "本发明通过软件机器人自动读取业务系统数据并生成报表。").build();
    static final Publication PROGRAMMABLE_LOGIC_CONTROLLER = Pub.of("CN-114000015-A").ipc("G05B19/05")
            .zh("一种可编程逻辑控制器的程序下载方法", "上位机将程序分包发送至控制器并校验。").build();
    static final Publication HOUSEHOLD_ROBOT_DESIGN = Pub.of("CN-306000016-S").zh("扫地机器人", null).build();

    // new-energy: one publication per include clause.
    static final Publication BATTERIES = Pub.of("CN-115000001-A").ipc("H01M10/0525", "H01M4/525")
            .zh("一种高镍三元正极材料及锂离子电池", "正极材料表面包覆氧化铝，提高了电池的循环寿命。").build();
    static final Publication FUEL_CELLS = Pub.of("CN-115000002-A").ipc("H01M8/0258")
            .zh("一种质子交换膜燃料电池双极板", "双极板的流道呈蛇形，排水顺畅。").build();
    static final Publication ELECTRIC_PROPULSION = Pub.of("CN-115000003-A").ipc("B60L53/16")
            .zh("一种车辆充电连接器", "充电连接器包括壳体、端子和锁止机构，插拔可靠。").build();
    static final Publication CHARGING_AND_STORAGE = Pub.of("CN-115000004-A").ipc("H02J3/32", "H02J7/00")
            .zh("一种储能电站的功率分配方法", "根据各储能单元的荷电状态分配功率。").build();
    static final Publication SOLAR_WIND_HYDROGEN = Pub.of("CN-215000005-U").ipc("H02S20/30")
            .zh("一种光伏组件安装支架", "支架倾角可调，适用于屋顶安装。").build();
    /** English only, with no new-energy classification: found by its words. */
    static final Publication NEV_WORDING = Pub.of("US-20230001234-A1").ipc("B62D21/15")
            .en("Underbody structure of an electric vehicle", "A battery tray is fastened between the side sills.").build();
    // new-energy: must not.
    static final Publication BATTERY_TOY = Pub.of("CN-215000011-U").ipc("A63H17/26", "H01M50/20")
            .zh("一种电动玩具车的电池盒", "电池盒设于车身底部，便于更换电池。").build();
    static final Publication LAPTOP_BATTERY_SOFTWARE = Pub.of("CN-115000012-A").ipc("G06F1/3212")
            .zh("一种笔记本电脑电池续航的管理方法", "根据电池电量调整处理器频率。").build();
    static final Publication FUEL_TANK = Pub.of("CN-115000013-A").ipc("B60K15/03")
            .zh("一种汽车塑料燃油箱", "燃油箱由多层共挤吹塑成型。").build();
    static final Publication GRID_WITHOUT_STORAGE = Pub.of("CN-115000014-A").ipc("H02J3/18")
            .zh("一种配电网无功补偿方法", "根据负荷变化投切电容器组。").build();

    static final List<Publication> ALL = List.of(
            HERBAL_PREPARATIONS, HERBAL_EXTRACTION_CPC, ANIMAL_MINERAL_MATERIA_MEDICA, TCM_THERAPY,
            DECOCTION_PIECES_PROCESSING, HERBAL_PREPARATION_WITH_A01N65, CHEMICAL_DRUG, A61P_WITHOUT_TCM_WORDS,
            BOTANICAL_PESTICIDE,
            INDUSTRIAL_ROBOTS, CNC_MACHINE_TOOLS, ADDITIVE_MANUFACTURING, PRECISION_REDUCERS,
            PRECISION_TRANSMISSION_WORDING, AEROSPACE_RAIL_MARINE, EQUIPMENT_DESIGNS, TOY_ROBOT, FLOOR_CLEANING_ROBOT,
            VEHICLE_GEARBOX, G06F_SOFTWARE, PROGRAMMABLE_LOGIC_CONTROLLER, HOUSEHOLD_ROBOT_DESIGN,
            BATTERIES, FUEL_CELLS, ELECTRIC_PROPULSION, CHARGING_AND_STORAGE, SOLAR_WIND_HYDROGEN, NEV_WORDING,
            BATTERY_TOY, LAPTOP_BATTERY_SOFTWARE, FUEL_TANK, GRID_WITHOUT_STORAGE);

    private static InMemoryIndex index;
    private static Map<String, CompiledSector> sectors;

    @BeforeAll
    static void build() {
        index = InMemoryIndex.of(ALL);
        sectors = new TreeMap<>();
        Sectors.shipped().forEach(d -> sectors.put(d.id(), CompiledSector.compile(d)));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void shipsThreeSectorsInReportOrder() {
        assertThat(Sectors.shipped()).extracting(SectorDefinition::id).containsExactly("tcm", "equipment", "new-energy");
        assertThat(sectors.get("tcm").clauseIds()).containsExactly("herbal-preparations", "herbal-extraction-cpc",
                "animal-mineral-materia-medica", "tcm-therapy", "decoction-pieces-processing");
    }

    @Test
    void tcm() {
        // In (sector, clause, document) order: a publication that two clauses find is listed under each.
        assertThat(index.matches(sectors.get("tcm"))).containsExactly(
                "CN-113000001-A herbal-preparations",
                "CN-113000006-A herbal-preparations",
                "CN-113000002-A herbal-extraction-cpc",
                "CN-113000003-A animal-mineral-materia-medica",
                "CN-113000001-A tcm-therapy",
                "CN-113000004-A tcm-therapy",
                "CN-213000005-U decoction-pieces-processing");
    }

    @Test
    void equipment() {
        assertThat(index.matches(sectors.get("equipment"))).containsExactly(
                "CN-114000001-A industrial-robots",
                "CN-114000002-A cnc-machine-tools",
                "CN-114000003-A additive-manufacturing",
                "CN-114000004-A precision-reducers",
                "CN-114000004-A precision-transmission-wording",
                "CN-114000005-A precision-transmission-wording",
                "CN-114000006-A aerospace-rail-marine",
                "CN-306000007-S equipment-designs");
    }

    @Test
    void newEnergy() {
        assertThat(index.matches(sectors.get("new-energy"))).containsExactly(
                "CN-115000001-A batteries",
                "CN-115000002-A batteries",
                "CN-115000002-A fuel-cells",
                "CN-115000003-A electric-propulsion",
                "CN-115000004-A charging-and-storage",
                "CN-215000005-U solar-wind-hydrogen",
                "US-20230001234-A1 nev-wording");
    }

    @Test
    void matchesCarryTheApplicationAndRunSectorsInTheOrderGiven() {
        List<SectorMatcher.Match> all = new java.util.ArrayList<>();
        SectorMatcher.matches(index.searcher(), List.of(sectors.get("new-energy"), sectors.get("tcm")))
                .forEachRemaining(all::add);
        assertThat(all).hasSize(14);
        assertThat(all.getFirst()).isEqualTo(new SectorMatcher.Match("CN-115000001-A", "CN-115000001", "new-energy",
                "batteries"));
        assertThat(all.getLast()).isEqualTo(new SectorMatcher.Match("CN-213000005-U", "CN-213000005", "tcm",
                "decoction-pieces-processing"));
    }

    @Test
    void noPublicationIsInTwoSectors() {
        Map<String, TreeSet<String>> sectorsByPub = new TreeMap<>();
        SectorMatcher.matches(index.searcher(), List.copyOf(sectors.values()))
                .forEachRemaining(m -> sectorsByPub.computeIfAbsent(m.pubId(), k -> new TreeSet<>()).add(m.sector()));
        assertThat(sectorsByPub).hasSize(19).allSatisfy((pub, in) -> assertThat(in).hasSize(1));
    }

    /** Terms are as indexed: Chinese words as their overlapping character pairs, English words stemmed. */
    @Test
    void explainsAMemberWithTheClausesAndTermsThatMatched() throws IOException {
        SectorExplanation tcm = SectorMatcher.explain(index.searcher(), List.of(sectors.get("tcm")),
                "CN-113000001-A").getFirst();
        assertThat(tcm.sector()).isEqualTo("tcm");
        assertThat(tcm.version()).isEqualTo("2026.1");
        assertThat(tcm.member()).isTrue();
        assertThat(tcm.include()).containsExactly(
                new ClauseResult("herbal-preparations", true, List.of("ipc:A61K36")),
                new ClauseResult("herbal-extraction-cpc", false, List.of()),
                new ClauseResult("animal-mineral-materia-medica", false, List.of()),
                new ClauseResult("tcm-therapy", true, List.of("ipc:A61P", "title:的中药", "abstract:的中药",
                        "title:中药组合物", "abstract:中药组合物")),
                new ClauseResult("decoction-pieces-processing", false, List.of()));
        assertThat(tcm.exclude()).containsExactly(new ClauseResult("botanical-pesticides", false, List.of()));
    }

    @Test
    void explainsAnExcludedPublicationWithTheIncludeClauseItWouldHaveMet() throws IOException {
        SectorExplanation tcm = SectorMatcher.explain(index.searcher(), List.of(sectors.get("tcm")),
                "CN-113000013-A").getFirst();
        assertThat(tcm.member()).isFalse();
        assertThat(tcm.include()).filteredOn(ClauseResult::matched).containsExactly(
                new ClauseResult("decoction-pieces-processing", true, List.of("title:中药材")));
        assertThat(tcm.exclude()).containsExactly(new ClauseResult("botanical-pesticides", true, List.of("ipc:A01N65")));

        SectorExplanation equipment = SectorMatcher.explain(index.searcher(), List.of(sectors.get("equipment")),
                "cn-114000012-a").getFirst();
        assertThat(equipment.member()).isFalse();
        assertThat(equipment.include()).filteredOn(ClauseResult::matched).containsExactly(
                new ClauseResult("industrial-robots", true, List.of("ipc:B25J")));
        assertThat(equipment.exclude()).containsExactly(
                new ClauseResult("toys", false, List.of()),
                new ClauseResult("domestic-cleaning", true, List.of("ipc:A47L")));
    }

    @Test
    void explainsWordsMatchedInEnglishAndPrefixesOfCodes() throws IOException {
        List<SectorExplanation> all = SectorMatcher.explain(index.searcher(), List.copyOf(sectors.values()),
                "US-20230001234-A1");
        assertThat(all).extracting(SectorExplanation::sector).containsExactly("equipment", "new-energy", "tcm");
        assertThat(all).extracting(SectorExplanation::member).containsExactly(false, true, false);
        assertThat(all.get(1).include()).filteredOn(ClauseResult::matched).containsExactly(
                new ClauseResult("nev-wording", true, List.of("title:\"electr vehicl\"")));

        SectorExplanation tcm = SectorMatcher.explain(index.searcher(), List.of(sectors.get("tcm")),
                "CN-113000003-A").getFirst();
        assertThat(tcm.include()).filteredOn(ClauseResult::matched).containsExactly(
                new ClauseResult("animal-mineral-materia-medica", true,
                        List.of("ipc:A61K35/6*", "abstract:中药材", "abstract:药材")));
    }

    @Test
    void explainsNothingForAPublicationNotInTheIndex() throws IOException {
        assertThat(SectorMatcher.explain(index.searcher(), List.copyOf(sectors.values()), "CN-999999999-A")).isEmpty();
    }
}
