package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patnav.model.Publication;
import org.patnav.navigate.IndustryChain.Branch;
import org.patnav.navigate.IndustryChain.Position;
import org.patnav.navigate.SectorDefinition.Clause;

/**
 * The shipped industry chains: the contract every chain file keeps, then each chain over hand-built
 * publications, one index for all, so each chain is also shown to leave the others' publications alone.
 * The classes and words each publication carries are the ones the chain's sources and notes name.
 */
class IndustryChainsShippedTest {

    @Test
    void everyShippedChainLoadsAndRefinesTheShippedSectorOfItsName() {
        assertThat(IndustryChains.shipped()).extracting(IndustryChain::id).containsExactlyElementsOf(Sectors.SHIPPED);
        assertThat(IndustryChains.shipped()).allSatisfy(c -> {
            assertThat(c.sector()).isEqualTo(c.id());
            assertThat(c.version()).isNotBlank();
            assertThat(c.sources()).contains("GB/T 39551.3-2020").contains("IPC 2024.01");
            assertThat(c.notes()).isNotBlank();
        });
    }

    @Test
    void everyChainPopulatesAllThreeSegments() {
        assertThat(IndustryChains.shipped()).allSatisfy(c -> assertThat(c.segments())
                .extracting(IndustryChain.Segment::position).containsExactly(Position.values()));
        assertThat(IndustryChains.shipped()).allSatisfy(c -> assertThat(c.segments())
                .allSatisfy(s -> assertThat(s.branches()).isNotEmpty()));
    }

    @Test
    void branchIdsAreUniqueWithinEachChain() {
        assertThat(IndustryChains.shipped()).allSatisfy(c -> {
            List<String> ids = c.allBranches().stream().map(Branch::id).toList();
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        });
    }

    /**
     * A raw query is for what the other criteria cannot say; every branch is anchored by at least one
     * clause of classes or keywords, its own or (for a branch made of sub-branches) each sub-branch's.
     */
    @Test
    void everyBranchHasAClassOrKeywordClause() {
        for (IndustryChain c : IndustryChains.shipped()) {
            for (Branch b : c.allBranches()) {
                List<Branch> carriers = b.hasQuery() ? List.of(b) : b.branches();
                assertThat(carriers).as(c.id() + "/" + b.id()).isNotEmpty().allSatisfy(q -> assertThat(q.include())
                        .anyMatch(IndustryChainsShippedTest::hasClassesOrKeywords));
            }
        }
    }

    private static boolean hasClassesOrKeywords(Clause clause) {
        return !clause.ipc().isEmpty() || !clause.cpc().isEmpty() || !clause.keywords().isEmpty();
    }

    @Test
    void tcmCarriesTheBranchesTheIssueAsksFor() {
        IndustryChain tcm = IndustryChains.shipped().getFirst();
        assertThat(tcm.allBranches()).extracting(b -> b.name().get("zh")).contains(
                "中药材种植与种苗繁育", "采收与产地加工", "炮制与饮片", "提取分离与纯化", "中成药与复方制剂", "配方颗粒",
                "质量控制与检测", "制药装备", "中药大健康产品（食品、保健品、化妆品）", "兽用与农用中药");
        IndustryChain newEnergy = IndustryChains.shipped().getLast();
        assertThat(newEnergy.allBranches()).extracting(b -> b.name().get("zh")).contains(
                "电池", "电机", "电控", "充电与换电", "整车与热管理", "氢能");
    }

    // TCM chain (sources: GB/T 4754-2017 2740, 017, 3544; IPC 2024.01 A61K36, A61K9, A01H, F26B, A61K8/97, A61Q).
    /** An herbal formula with a therapeutic use, in tablets: a proprietary medicine in a new dosage form. */
    static final Publication HERBAL_TABLETS = Pub.of("CN-120000001-A").ipc("A61K36/815", "A61P25/20", "A61K9/20")
            .zh("一种治疗失眠的中药组合物片剂", "本发明的片剂由酸枣仁、茯苓和远志的提取物制成，服用方便。").build();
    /** A dryer for medicinal materials: primary processing at origin and pharmaceutical machinery at once. */
    static final Publication HERB_DRYER = Pub.of("CN-220000002-U").ipc("F26B17/04")
            .zh("一种中药材烘干装置", "本实用新型包括箱体、加热器和多层托盘，烘干均匀。").build();
    /** A formula for piglets: out of 中成药 (medicines for people), in the veterinary branch. */
    static final Publication PIGLET_FORMULA = Pub.of("CN-120000003-A").ipc("A61K36/71", "A61P31/04")
            .zh("一种防治仔猪腹泻的中药组合物", "本组合物由黄连、白头翁和苦参组成，治愈率高。").build();
    static final Publication PEONY_TISSUE_CULTURE = Pub.of("CN-120000004-A").ipc("A01H4/00")
            .zh("一种白芍组培快繁方法", "以白芍芽为外植体，经诱导、增殖和生根培养获得组培苗。").build();
    static final Publication GINSENG_CREAM = Pub.of("CN-120000005-A").ipc("A61K8/9789", "A61Q19/08")
            .zh("一种含人参提取物的护肤霜", "护肤霜含人参提取物和甘油，涂抹后肤色均匀。").build();
    /** Growing an ornamental plant: A01G without the wording of a medicinal plant. */
    static final Publication ORCHID_GROWING = Pub.of("CN-120000006-A").ipc("A01G22/60")
            .zh("一种兰花的栽培方法", "兰花苗栽入松树皮基质，控制温湿度，开花整齐。").build();

    // Equipment chain (sources: GB/T 4754-2017 3491; IPC 2024.01 B25J9/16, B25J15, A63H).
    /** A welding robot's gripper: control upstream, the robot and its gripper midstream, its use downstream. */
    static final Publication WELDING_GRIPPER = Pub.of("CN-140000001-A").ipc("B25J9/1664", "B25J15/08")
            .zh("一种焊接机器人的抓手", "抓手安装于六轴机械臂末端，夹持焊枪并可快速更换。").build();
    static final Publication TOY_ROBOT = Pub.of("CN-140000002-A").ipc("A63H11/00", "B25J11/00")
            .zh("一种儿童玩具机器人", "玩具机器人可按卡片指令行走和发声。").build();

    // New-energy chain (sources: IPC 2024.01 H01M4, H01M8, H01M10/60-10/667, H01M50, B60L53/80, A63H).
    /** A battery module with a cooling plate: materials upstream, the battery midstream, thermal management downstream. */
    static final Publication COOLED_BATTERY = Pub.of("CN-150000001-A").ipc("H01M10/0525", "H01M10/613", "H01M4/525")
            .zh("一种动力电池模组及其液冷板", "液冷板贴合于电芯底部，冷却液流经流道带走热量，电池温度均匀。").build();
    /** A fuel cell is hydrogen's, not the battery branch's. */
    static final Publication FUEL_CELL_PLATE = Pub.of("CN-150000002-A").ipc("H01M8/0258")
            .zh("一种质子交换膜燃料电池双极板", "双极板的流道呈蛇形，排水顺畅。").build();
    static final Publication TOY_BATTERY_BOX = Pub.of("CN-250000003-U").ipc("A63H17/26", "H01M50/20")
            .zh("一种电动玩具车的电池盒", "电池盒设于车身底部，便于更换电池。").build();
    static final Publication SWAPPING_STATION = Pub.of("CN-150000004-A").ipc("B60L53/80")
            .zh("一种电动汽车换电站", "换电站包括电池仓、换电机器人和充电架，可在三分钟内完成电池更换。").build();

    /** English only: a charger (H02J7) is on the chain by its English words, as is the vehicle it charges. */
    static final Publication CHARGING_PILE_EN = Pub.of("US-20240000001-A1").ipc("H02J7/00")
            .en("Charging pile for an electric vehicle",
                    "The charging piles have liquid-cooled cables and charge the batteries of electric vehicles.").build();

    static final List<Publication> ALL = List.of(HERBAL_TABLETS, HERB_DRYER, PIGLET_FORMULA, PEONY_TISSUE_CULTURE,
            GINSENG_CREAM, ORCHID_GROWING, WELDING_GRIPPER, TOY_ROBOT, COOLED_BATTERY, FUEL_CELL_PLATE, TOY_BATTERY_BOX,
            SWAPPING_STATION, CHARGING_PILE_EN);

    private static InMemoryIndex index;
    private static Map<String, CompiledChain> chains;

    @BeforeAll
    static void build() {
        index = InMemoryIndex.of(ALL);
        chains = new TreeMap<>();
        IndustryChains.shipped().forEach(c -> chains.put(c.id(), CompiledChain.compile(c)));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Application → "segment:branch" and "segment:branch/sub-branch" for every match of the chain. */
    private static Map<String, Set<String>> assignments(String chain) {
        Map<String, Set<String>> out = new TreeMap<>();
        chains.get(chain).matches(index.searcher()).forEachRemaining(m -> out
                .computeIfAbsent(m.applicationId(), k -> new TreeSet<>())
                .add(m.segment().id() + ":" + m.branch() + m.subBranch().map(s -> "/" + s).orElse("")));
        return out;
    }

    @Test
    void tcm() {
        assertThat(assignments("tcm")).isEqualTo(Map.of(
                "CN-120000001", Set.of("midstream:proprietary-medicines", "midstream:proprietary-medicines/novel-dosage-forms"),
                "CN-220000002", Set.of("upstream:harvest-primary-processing",
                        "midstream:pharmaceutical-equipment/material-processing-machinery"),
                "CN-120000003", Set.of("downstream:veterinary-agricultural/veterinary-tcm"),
                "CN-120000004", Set.of("upstream:cultivation/seedlings"),
                "CN-120000005", Set.of("downstream:health-products/cosmetics")));
    }

    @Test
    void equipment() {
        assertThat(assignments("equipment")).isEqualTo(Map.of(
                "CN-140000001", Set.of("upstream:controllers-sensors", "midstream:industrial-robots",
                        "midstream:industrial-robots/grippers", "downstream:robot-applications")));
    }

    @Test
    void newEnergy() {
        assertThat(assignments("new-energy")).isEqualTo(Map.of(
                "CN-150000001", Set.of("upstream:battery-materials", "midstream:batteries",
                        "downstream:vehicles-thermal-management/thermal-management"),
                "CN-150000002", Set.of("upstream:hydrogen/fuel-cells"),
                "CN-150000004", Set.of("downstream:charging-swapping", "downstream:charging-swapping/battery-swapping",
                        "downstream:vehicles-thermal-management/vehicles"),
                "US-20240000001", Set.of("downstream:charging-swapping", "downstream:vehicles-thermal-management/vehicles")));
    }

    /** Why the piglet formula is not a 中成药: the branch's exclusion, as an explanation shows it. */
    @Test
    void explainsTheExclusionThatKeepsAVeterinaryFormulaOutOfProprietaryMedicines() throws IOException {
        SectorMatcher.SectorExplanation medicines = SectorMatcher.explain(index.searcher(), chains.get("tcm").queries(),
                "CN-120000003-A").stream().filter(e -> e.sector().equals("proprietary-medicines")).findFirst().orElseThrow();
        assertThat(medicines.member()).isFalse();
        assertThat(medicines.include()).filteredOn(SectorMatcher.ClauseResult::matched)
                .extracting(SectorMatcher.ClauseResult::clause)
                .containsExactly("herbal-medicines-with-therapy", "formula-wording");
        assertThat(medicines.exclude()).extracting(SectorMatcher.ClauseResult::clause, SectorMatcher.ClauseResult::matched)
                .containsExactly(tuple("veterinary-formulas", true));
    }
}
