package org.patnav.samples;

import static org.patnav.samples.Templates.claims;
import static org.patnav.samples.Templates.description;

import java.util.List;
import org.patnav.samples.Templates.Effect;
import org.patnav.samples.Templates.Kind;
import org.patnav.samples.Templates.Text;

/**
 * Texts outside the three sectors: ordinary technology and the near-misses, which share a class or a word
 * with a sector or a branch without belonging to it (a chemical drug in A61K, a cream of plant extracts in
 * A61K8/97, a household robot, a battery toy, a vegetable grown in A01G, an industrial motor in H02K).
 * None is on a chain.
 */
final class OtherTexts {

    private OtherTexts() {
    }

    static Text write(Topic topic, Kind kind, Rng r) {
        return switch (topic) {
            case DATA_INDEX -> dataIndex(r);
            case NM_CHEM_DRUG -> chemicalDrug(r);
            case NM_COSMETIC -> cosmetic(r);
            case NM_SWEEPING_ROBOT -> kind == Kind.UTILITY_MODEL
                    ? Templates.device(topic.id, "一种扫地机器人的防缠绕滚刷", "Anti-entanglement roller brush for a sweeping robot",
                            List.of("A47L11/40"), List.of("A47L11/40"), "刷轴、螺旋刷毛和切割刀片", "a brush shaft, spiral bristles and a cutting blade",
                            new Effect("避免毛发缠绕滚刷", "keeps hair from winding round the roller brush"), List.of(), r)
                    : sweepingRobot(r);
            case NM_VEGETABLE -> vegetable(r);
            case NM_MOTOR -> kind == Kind.UTILITY_MODEL
                    ? Templates.device(topic.id, "一种三相异步电动机的接线盒", "Terminal box for a three-phase induction motor",
                            List.of("H02K5/22"), List.of("H02K5/225"), "盒座、接线板和防水密封圈", "a box seat, a terminal board and a waterproof seal",
                            new Effect("接线方便，防护等级高", "is easy to wire and well sealed"), List.of(), r)
                    : industrialMotor(r);
            case SEEDER -> Templates.device(topic.id, "一种播种施肥一体机", "Combined seeding and fertilizing machine", List.of("A01C7/06"),
                    List.of("A01C7/06"), "机架、排种器、排肥器和覆土镇压轮",
                    "a frame, a seed meter, a fertilizer distributor and a covering press wheel",
                    new Effect("一次完成播种和施肥", "seeds and fertilizes in one pass"), List.of(), r);
            case NM_TOY -> Templates.device(topic.id, "一种电池供电的遥控玩具车", "Battery-powered remote control toy car", List.of("A63H30/04"),
                    List.of("A63H30/04"), "车身、电池仓、遥控接收模块和驱动电机",
                    "a car body, a battery compartment, a remote control receiver and a drive motor",
                    new Effect("电池更换方便", "makes replacing its battery easy"), List.of(), r);
            case LAMP_DESIGN -> Templates.design(topic.id, "台灯", "Desk lamp", "用于室内照明", "26-05", List.of());
            default -> throw new IllegalArgumentException(topic.id + " is not in the other sector");
        };
    }

    private static Text dataIndex(Rng r) {
        return new Text(Topic.DATA_INDEX.id,
                "一种基于倒排索引的专利文本检索方法",
                "Patent text retrieval method based on an inverted index",
                "本发明公开了一种基于倒排索引的文本检索方法，对文本进行分词后建立倒排索引，并结合向量召回对候选结果重排序，提高了检索的准确率和响应速度。",
                "A text retrieval method builds an inverted index over segmented text and re-ranks candidates with vector recall, improving "
                        + "retrieval accuracy and response time.",
                "1.一种基于倒排索引的文本检索方法，其特征在于，包括：对文本分词并建立倒排索引；结合向量召回对候选结果重排序。",
                claims("A text retrieval method, comprising: segmenting texts into words; building an inverted index; and re-ranking candidate "
                                + "results by vector recall.",
                        "The method",
                        List.of("the vectors are produced by a sentence encoder", "the index is sharded by document year",
                                "the top 100 candidates are re-ranked"), r),
                description("information retrieval", "text search", r),
                List.of("G06F16/31", "G06F16/33"), List.of("G06F16/319", "G06F16/3347"), null, List.of());
    }

    private static Text chemicalDrug(Rng r) {
        return new Text(Topic.NM_CHEM_DRUG.id,
                "一种喹唑啉类化合物及其在制备抗肿瘤药物中的应用",
                "Quinazoline compound and use thereof in preparing antitumor drugs",
                "本发明公开了一种喹唑啉类化合物或其药学上可接受的盐，该化合物对EGFR突变型肿瘤细胞具有显著的增殖抑制作用，可用于制备抗肿瘤药物。",
                "The invention discloses a quinazoline compound or a pharmaceutically acceptable salt thereof that markedly inhibits the "
                        + "proliferation of EGFR-mutant tumour cells and can be used to prepare antitumor drugs.",
                "1.一种式I所示的喹唑啉类化合物或其药学上可接受的盐。",
                claims("A quinazoline compound of formula I or a pharmaceutically acceptable salt thereof.",
                        "The compound",
                        List.of("the salt is a hydrochloride", "a pharmaceutical composition comprises the compound and a carrier",
                                "the compound is used in the treatment of non-small cell lung cancer"), r),
                description("small-molecule drug", "EGFR inhibitors", r),
                List.of("A61K31/517", "C07D239/94", "A61P35/00"), List.of("A61K31/517", "C07D239/94", "A61P35/00"), null, List.of());
    }

    private static Text cosmetic(Rng r) {
        return new Text(Topic.NM_COSMETIC.id,
                "一种含植物提取物的保湿面霜及其制备方法",
                "Moisturizing cream containing plant extracts and preparation method thereof",
                "本发明公开了一种保湿面霜，由透明质酸钠、神经酰胺、植物提取物和乳化基质制成，保湿持久，对皮肤刺激小。",
                "A moisturizing cream made of sodium hyaluronate, ceramide, plant extracts and an emulsion base moisturizes for long and "
                        + "irritates the skin little.",
                "1.一种保湿面霜，其特征在于，由透明质酸钠、神经酰胺、植物提取物和乳化基质制成。",
                claims("A moisturizing cream consisting of sodium hyaluronate, ceramide, plant extracts and an emulsion base.",
                        "The moisturizing cream",
                        List.of("the plant extract is an oat extract", "the emulsion base is an oil-in-water emulsion",
                                "the cream contains no preservative"), r),
                description("cosmetics", "skin care", r),
                List.of("A61K8/97", "A61Q19/00"), List.of("A61K8/9789", "A61Q19/007"), null, List.of());
    }

    private static Text sweepingRobot(Rng r) {
        return new Text(Topic.NM_SWEEPING_ROBOT.id,
                "一种扫地机器人的路径规划方法",
                "Path planning method for a sweeping robot",
                "本发明公开了一种扫地机器人的路径规划方法，基于激光雷达构建栅格地图，将清扫区域分解为若干子区域并采用弓字形路径覆盖，减少了重复清扫。",
                "A path planning method for a sweeping robot builds a grid map from lidar, splits the area to be cleaned into sub-areas and "
                        + "covers each with a boustrophedon path, reducing repeated cleaning.",
                "1.一种扫地机器人的路径规划方法，其特征在于，包括：构建栅格地图；分解清扫区域；采用弓字形路径覆盖各子区域。",
                claims("A path planning method for a sweeping robot, comprising: building a grid map; dividing an area to be cleaned into "
                                + "sub-areas; and covering each sub-area along a boustrophedon path.",
                        "The method",
                        List.of("the grid map is built from lidar scans", "sub-areas are ordered by a travelling salesman heuristic",
                                "the robot returns to its dock when the battery is low"), r),
                description("household appliance", "floor cleaning", r),
                List.of("A47L11/40", "G05D1/02"), List.of("A47L11/4011", "A47L2201/04"), null, List.of());
    }

    /** A vegetable grown like a medicinal plant: A01G, but no medicinal wording. */
    private static Text vegetable(Rng r) {
        String[] crop = r.pick(new String[][] {{"番茄", "tomato"}, {"黄瓜", "cucumber"}, {"辣椒", "pepper"}});
        return new Text(Topic.NM_VEGETABLE.id,
                "一种日光温室" + crop[0] + "的高产栽培方法",
                "High-yield cultivation method of greenhouse " + crop[1],
                "本发明公开了一种日光温室" + crop[0] + "的高产栽培方法，包括穴盘育苗、起垄覆膜、水肥一体化滴灌和整枝打杈步骤，产量高，商品果率高。",
                "A high-yield cultivation method of greenhouse " + crop[1] + " raises seedlings in plug trays, plants on mulched ridges, drips "
                        + "water and fertilizer together and prunes the plants, giving a high yield of marketable fruit.",
                "1.一种日光温室" + crop[0] + "的高产栽培方法，其特征在于，包括穴盘育苗、起垄覆膜、水肥一体化滴灌和整枝打杈步骤。",
                claims("A method for cultivating " + crop[1] + " in a greenhouse, comprising raising seedlings in plug trays, planting on mulched "
                                + "ridges, fertigating by drip and pruning.", "The method",
                        List.of("the ridges are 20 cm high", "drip irrigation runs every two days", "two stems are kept per plant"), r),
                description("vegetable growing", crop[1], r),
                List.of("A01G22/05", "A01G25/02"), List.of("A01G22/05", "A01G25/02"), null, List.of());
    }

    /** An electric motor for pumps and fans: H02K, but neither servo nor vehicle. */
    private static Text industrialMotor(Rng r) {
        return new Text(Topic.NM_MOTOR.id,
                "一种高效三相异步电动机的转子及其制造方法",
                "Rotor of a high-efficiency three-phase induction motor and manufacturing method",
                "本发明公开了一种高效三相异步电动机的转子，采用铸铜笼型绕组和斜槽结构，用于风机和水泵驱动，降低了电机损耗。",
                "A rotor of a high-efficiency three-phase induction motor for fans and pumps has a die-cast copper cage and skewed slots, which "
                        + "reduces the motor losses.",
                "1.一种三相异步电动机的转子，其特征在于，包括转子铁芯和铸铜笼型绕组，转子槽为斜槽。",
                claims("A rotor of a three-phase induction motor, comprising a rotor core and a die-cast copper cage in skewed slots.",
                        "The rotor", List.of("the skew is one stator slot pitch", "the copper is cast under pressure",
                                "the end rings carry balancing holes"), r),
                description("electric machines", "induction motors", r),
                List.of("H02K17/16", "H02K15/02"), List.of("H02K17/165", "H02K15/0012"), null, List.of());
    }
}
