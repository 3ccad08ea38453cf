package org.patnav.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Titles, abstracts, claims and classifications of sample documents, filled in from templates per
 * sector. Each sector has a few technical variants with IPC/CPC symbols that fit them, and the
 * "other" sector holds ordinary technology plus near-misses: documents that share a class or a word
 * with a target sector without belonging to it (an A61K chemical drug with no herbal wording, a
 * household robot, a battery-powered toy).
 */
final class Templates {

    private Templates() {
    }

    /** The patent type the text is for: designs and utility models claim products only. */
    enum Kind { INVENTION, UTILITY_MODEL, DESIGN }

    /**
     * One document's text and classification.
     *
     * @param variant     the template used (ground truth: lets an evaluation see which cases fail)
     * @param claimZh     the first claim as CN exports give it (主权项); empty for designs
     * @param claimsEn    the claims in English, the first independent
     * @param ipc         IPC symbols, the first the main one; empty for designs
     * @param locarno     the Locarno class of a design, else null
     */
    record Text(String variant, String titleZh, String titleEn, String abstractZh, String abstractEn,
                String claimZh, List<String> claimsEn, List<String> descriptionEn, List<String> ipc,
                List<String> cpc, String locarno) {
    }

    private record Herb(String zh, String en, String ipc) {
    }

    private record Indication(String zh, String en, String ipc) {
    }

    private record Form(String zh, String en, String ipc) {
    }

    private static final Herb[] HERBS = {
        new Herb("亳白芍", "Bozhou white peony root", "A61K36/65"),
        new Herb("亳菊", "Bozhou chrysanthemum flower", "A61K36/287"),
        new Herb("牡丹皮", "moutan bark", "A61K36/65"),
        new Herb("桔梗", "platycodon root", "A61K36/346"),
        new Herb("黄芪", "astragalus root", "A61K36/481"),
        new Herb("紫菀", "aster root", "A61K36/28"),
        new Herb("丹参", "salvia root", "A61K36/537"),
        new Herb("薄荷", "peppermint herb", "A61K36/534"),
        new Herb("金银花", "honeysuckle flower", "A61K36/355"),
        new Herb("酸枣仁", "spine date seed", "A61K36/725"),
        new Herb("茯苓", "poria", "A61K36/076"),
        new Herb("板蓝根", "isatis root", "A61K36/31"),
        new Herb("甘草", "licorice root", "A61K36/484"),
        new Herb("当归", "angelica root", "A61K36/232")};

    private static final Indication[] INDICATIONS = {
        new Indication("失眠", "insomnia", "A61P25/20"),
        new Indication("慢性胃炎", "chronic gastritis", "A61P1/04"),
        new Indication("风湿性关节炎", "rheumatoid arthritis", "A61P19/02"),
        new Indication("咳嗽", "cough", "A61P11/14"),
        new Indication("高血压", "hypertension", "A61P9/12"),
        new Indication("2型糖尿病", "type 2 diabetes", "A61P3/10"),
        new Indication("功能性消化不良", "functional dyspepsia", "A61P1/14")};

    private static final Form[] FORMS = {
        new Form("颗粒剂", "granules", "A61K9/16"),
        new Form("胶囊", "capsules", "A61K9/48"),
        new Form("口服液", "oral liquid", "A61K9/08"),
        new Form("片剂", "tablets", "A61K9/20")};

    private static final String[][] ROBOTS = {{"六轴工业机器人", "six-axis industrial robot"},
        {"协作机器人", "collaborative robot"}, {"码垛机器人", "palletizing robot"}, {"SCARA机器人", "SCARA robot"}};
    private static final String[][] MACHINES = {{"数控车床", "CNC lathe"}, {"五轴加工中心", "five-axis machining center"},
        {"龙门铣床", "gantry milling machine"}, {"精密磨床", "precision grinding machine"}};
    private static final String[][] ALLOYS = {{"钛合金", "titanium alloy"}, {"镍基高温合金", "nickel-based superalloy"},
        {"不锈钢", "stainless steel"}, {"铝合金", "aluminum alloy"}};
    private static final String[][] CATHODES = {{"高镍三元", "high-nickel ternary"},
        {"磷酸锰铁锂", "lithium manganese iron phosphate"}, {"富锂锰基", "lithium-rich manganese-based"}};
    private static final String[][] DOPANTS = {{"铝", "aluminum"}, {"镁", "magnesium"}, {"钛", "titanium"},
        {"锆", "zirconium"}};

    /**
     * CPC symbols that only add information: the Y section and the 2000-series indexing codes
     * ({@code A61K2236/00}, {@code G05B2219/40519}).
     */
    static boolean isAdditional(String code) {
        String mainGroup = code.substring(4, code.indexOf('/'));
        return code.startsWith("Y") || mainGroup.length() == 4 && mainGroup.startsWith("2");
    }

    static Text generate(Sector sector, Kind kind, Rng r) {
        return switch (sector) {
            case TCM -> tcm(kind, r);
            case EQUIPMENT -> equipment(kind, r);
            case NEW_ENERGY -> energy(kind, r);
            case OTHER -> other(kind, r);
        };
    }

    private static final String[][] TCM_DEVICES = {
        {"切片", "slicing", "B26D1/29", "刀架、进料输送带和压料辊", "a blade holder, a feed conveyor and a pressing roller"},
        {"烘干", "drying", "F26B9/06", "烘箱、热风循环风机和多层托盘", "an oven, a hot-air circulation fan and stacked trays"},
        {"煎煮", "decocting", "A61J3/00", "煎煮罐、温控加热器和过滤网",
            "a decoction pot, a temperature-controlled heater and a filter screen"}};

    private static Text tcm(Kind kind, Rng r) {
        if (kind == Kind.DESIGN) {
            Herb h = r.pick(HERBS);
            return design("tcm-package", "包装盒（" + h.zh() + "饮片）", "Packaging box for " + h.en() + " pieces",
                    "用于盛放" + h.zh() + "饮片", "09-03");
        }
        if (kind == Kind.UTILITY_MODEL) {
            String[] row = r.pick(TCM_DEVICES);
            return device("tcm-device", "中药饮片" + row[0] + "装置",
                    "Traditional Chinese medicine decoction piece " + row[1] + " device", row[2], null, row[3], row[4],
                    "饮片加工效率高，药材损耗小",
                    "raises the processing efficiency of decoction pieces and reduces the loss of medicinal material", r);
        }
        int first = r.nextInt(HERBS.length);
        int second = (first + 1 + r.nextInt(HERBS.length - 1)) % HERBS.length;
        int third = r.nextInt(HERBS.length);
        while (third == first || third == second) {
            third = (third + 1) % HERBS.length;
        }
        Herb h1 = HERBS[first];
        Herb h2 = HERBS[second];
        Herb h3 = HERBS[third];
        Indication ind = r.pick(INDICATIONS);
        int a = r.between(10, 30);
        int b = r.between(5, 20);
        int c = r.between(3, 15);
        return switch (r.nextInt(4)) {
            case 0 -> new Text("tcm-composition",
                    "一种治疗" + ind.zh() + "的中药组合物及其制备方法",
                    "Traditional Chinese medicine composition for treating " + ind.en() + " and preparation method thereof",
                    "本发明公开了一种治疗" + ind.zh() + "的中药组合物及其制备方法，该中药组合物由以下重量份的原料制成：" + h1.zh() + a
                            + "份、" + h2.zh() + b + "份、" + h3.zh() + c + "份。本发明以亳州道地中药材为原料，采用传统炮制与现代提取相结合的工艺，"
                            + "组方合理，药效稳定，对" + ind.zh() + "具有良好的治疗效果，且毒副作用小。",
                    "The invention discloses a traditional Chinese medicine composition for treating " + ind.en()
                            + " and a preparation method thereof. The composition is prepared from, by weight, " + a + " parts of "
                            + h1.en() + ", " + b + " parts of " + h2.en() + " and " + c + " parts of " + h3.en()
                            + ". Genuine herbal materials from Bozhou are processed by combining traditional processing with modern extraction; "
                            + "the herbal composition has a stable effect on " + ind.en() + " and few side effects.",
                    "1.一种治疗" + ind.zh() + "的中药组合物，其特征在于，由以下重量份的原料制成：" + h1.zh() + a + "份、" + h2.zh() + b
                            + "份、" + h3.zh() + c + "份。",
                    claims("A traditional Chinese medicine composition for treating " + ind.en()
                                    + ", prepared from the following raw materials in parts by weight: " + a + " parts of " + h1.en()
                                    + ", " + b + " parts of " + h2.en() + " and " + c + " parts of " + h3.en() + ".",
                            "The traditional Chinese medicine composition",
                            List.of("the herbal materials are decocted twice with water, 8 to 12 times their weight each time",
                                    "the combined decoction is concentrated to a relative density of 1.10 to 1.20",
                                    "the composition is made into " + r.pick(FORMS).en()), r),
                    description("herbal medicine", ind.en(), r),
                    List.of(h1.ipc(), ind.ipc(), h2.ipc()), List.of(h1.ipc(), ind.ipc()), null);
            case 1 -> new Text("tcm-processing",
                    "一种" + h1.zh() + "饮片的炮制方法",
                    "Processing method of " + h1.en() + " decoction pieces",
                    "本发明公开了一种" + h1.zh() + "饮片的炮制方法，包括净选、润制、切片、炒制和干燥步骤，其中炒制温度为" + (100 + a * 3)
                            + "℃，炒制时间为" + b + "分钟。本发明炮制工艺参数可控，所得饮片有效成分含量高，批次间质量稳定，适合规模化生产。",
                    "The invention discloses a processing method of " + h1.en() + " decoction pieces, comprising cleaning, moistening, slicing, "
                            + "stir-frying at " + (100 + a * 3) + " degrees Celsius for " + b + " minutes, and drying. The processing parameters are "
                            + "controllable, and the decoction pieces obtained have a high content of active ingredients and a stable quality between batches.",
                    "1.一种" + h1.zh() + "饮片的炮制方法，其特征在于，包括以下步骤：净选、润制、切片、炒制、干燥，所述炒制温度为" + (100 + a * 3) + "℃。",
                    claims("A method for processing " + h1.en() + " decoction pieces, comprising the steps of cleaning, moistening, slicing, "
                                    + "stir-frying and drying the herbal material, wherein the stir-frying temperature is " + (100 + a * 3) + " degrees Celsius.",
                            "The method",
                            List.of("the moistening lasts 4 to 8 hours", "the slices are 2 to 4 mm thick",
                                    "the drying is carried out at 50 to 60 degrees Celsius"), r),
                    description("herbal processing", h1.en(), r),
                    List.of(h1.ipc(), "A61K36/00", "A61P1/00"), List.of(h1.ipc(), "A61K2236/00"), null);
            case 2 -> new Text("tcm-extract",
                    "一种" + h1.zh() + "提取物的制备方法及其应用",
                    "Method for preparing " + h1.en() + " extract and use thereof",
                    "本发明公开了一种" + h1.zh() + "提取物的制备方法，以" + h1.zh() + "中药材为原料，经" + (60 + b) + "%乙醇回流提取、大孔树脂纯化和喷雾干燥制得。"
                            + "所得提取物可用于制备治疗" + ind.zh() + "的药物，提取率高，工艺简单。",
                    "The invention discloses a method for preparing an extract of " + h1.en() + ": the herbal material is extracted under reflux with "
                            + (60 + b) + "% ethanol, purified on macroporous resin and spray-dried. The extract can be used to prepare a medicament for "
                            + ind.en() + "; the extraction rate is high and the process is simple.",
                    "1.一种" + h1.zh() + "提取物的制备方法，其特征在于，包括：以" + (60 + b) + "%乙醇回流提取，提取液经大孔树脂纯化后喷雾干燥。",
                    claims("A method for preparing an extract of " + h1.en() + ", comprising reflux extraction of the herbal material with "
                                    + (60 + b) + "% ethanol, purification of the extract on a macroporous resin, and spray drying.",
                            "The method",
                            List.of("the reflux extraction is repeated three times", "the macroporous resin is of type D101",
                                    "the extract is used for the preparation of a medicament against " + ind.en()), r),
                    description("plant extract", ind.en(), r),
                    List.of(h1.ipc(), ind.ipc(), "A61K9/14"), List.of(h1.ipc(), ind.ipc(), "A61K2236/331"), null);
            default -> {
                Form f = r.pick(FORMS);
                yield new Text("tcm-preparation",
                        "一种含" + h1.zh() + "的中药" + f.zh() + "及其制备方法",
                        "Herbal " + f.en() + " containing " + h1.en() + " and preparation method thereof",
                        "本发明公开了一种含" + h1.zh() + "的中药" + f.zh() + "，由" + h1.zh() + "、" + h2.zh() + "经水提醇沉后与药用辅料制成" + f.zh()
                                + "。本发明" + f.zh() + "服用方便，起效迅速，用于" + ind.zh() + "的辅助治疗。",
                        "The invention discloses herbal " + f.en() + " containing " + h1.en() + ": " + h1.en() + " and " + h2.en()
                                + " are extracted with water, precipitated with ethanol and made into " + f.en()
                                + " with pharmaceutical excipients. The " + f.en() + " are convenient to take and act quickly in the adjuvant treatment of "
                                + ind.en() + ".",
                        "1.一种含" + h1.zh() + "的中药" + f.zh() + "，其特征在于，由" + h1.zh() + a + "份、" + h2.zh() + b + "份的水提醇沉物与药用辅料制成。",
                        claims("Herbal " + f.en() + " containing " + h1.en() + ", made from the water-extracted and ethanol-precipitated material of "
                                        + a + " parts of " + h1.en() + " and " + b + " parts of " + h2.en() + " together with pharmaceutical excipients.",
                                "The herbal " + f.en(),
                                List.of("the excipient is dextrin or lactose", "the ethanol precipitation uses 70% ethanol",
                                        "a daily dose corresponds to 9 to 15 g of crude herbs"), r),
                        description("herbal dosage form", ind.en(), r),
                        List.of(h1.ipc(), f.ipc(), ind.ipc()), List.of(h1.ipc(), f.ipc()), null);
            }
        };
    }

    private static Text equipment(Kind kind, Rng r) {
        if (kind == Kind.DESIGN) {
            String[] robot = r.pick(ROBOTS);
            return design("robot-design", robot[0], robot[1], "用于工业生产线上的搬运作业", "15-99");
        }
        if (kind == Kind.UTILITY_MODEL) {
            String[] m = r.pick(MACHINES);
            return r.nextInt(2) == 0
                    ? device("fixture", "一种用于" + m[0] + "的快换夹具", "Quick-change fixture for a " + m[1], "B23Q3/06", null,
                            "底座、定位销和液压夹紧缸", "a base, locating pins and a hydraulic clamping cylinder",
                            "换装时间短，定位精度高", "shortens changeover time and improves positioning accuracy", r)
                    : device("gripper", "一种机器人柔性抓手", "Flexible gripper for a robot", "B25J15/00", "B25J15/0052",
                            "安装法兰、气动驱动器和柔性指", "a mounting flange, a pneumatic actuator and flexible fingers",
                            "可抓取形状不规则的工件", "grips workpieces of irregular shape without damaging them", r);
        }
        String[] robot = r.pick(ROBOTS);
        String[] machine = r.pick(MACHINES);
        String[] alloy = r.pick(ALLOYS);
        return switch (r.nextInt(4)) {
            case 0 -> new Text("robot-planning",
                    "一种" + robot[0] + "的轨迹规划方法",
                    "Trajectory planning method for a " + robot[1],
                    "本发明公开了一种" + robot[0] + "的轨迹规划方法，包括：获取目标路径点，基于关节空间的五次多项式插值生成初始轨迹，"
                            + "以运行时间和关节冲击为目标进行优化，并将优化后的轨迹下发至伺服控制器。本发明提高了机器人运动的平稳性和作业节拍。",
                    "A trajectory planning method for a " + robot[1] + " comprises: acquiring target path points; generating an initial trajectory "
                            + "by quintic polynomial interpolation in joint space; optimizing the trajectory for running time and joint jerk; and sending "
                            + "the optimized trajectory to the servo controller. The method makes robot motion smoother and shortens the cycle time.",
                    "1.一种" + robot[0] + "的轨迹规划方法，其特征在于，包括：获取目标路径点；基于关节空间五次多项式插值生成初始轨迹；以运行时间和关节冲击为目标优化所述初始轨迹。",
                    claims("A trajectory planning method for a " + robot[1] + ", comprising: acquiring target path points; generating an initial "
                                    + "trajectory by quintic polynomial interpolation in joint space; and optimizing the initial trajectory with running "
                                    + "time and joint jerk as objectives.",
                            "The method",
                            List.of("the optimization uses a particle swarm algorithm", "joint velocity limits are applied as constraints",
                                    "the optimized trajectory is sent to a servo controller every 4 ms"), r),
                    description("industrial robot", robot[1], r),
                    List.of("B25J9/16", "G05B19/4155"), List.of("B25J9/1664", "G05B2219/40519"), null);
            case 1 -> new Text("cnc-compensation",
                    "一种" + machine[0] + "主轴热误差补偿方法",
                    "Spindle thermal error compensation method for a " + machine[1],
                    "本发明公开了一种" + machine[0] + "主轴热误差补偿方法，通过布置于主轴箱的温度传感器采集温度场数据，建立热误差预测模型，"
                            + "并由数控系统实时修正刀具坐标。本发明显著降低了主轴热漂移，提高了加工精度。",
                    "A spindle thermal error compensation method for a " + machine[1] + " collects temperature field data through temperature sensors "
                            + "on the spindle box, builds a thermal error prediction model, and has the numerical control system correct the tool "
                            + "coordinates in real time, so that spindle thermal drift falls and machining accuracy rises.",
                    "1.一种" + machine[0] + "主轴热误差补偿方法，其特征在于，包括：采集主轴箱温度数据；建立热误差预测模型；由数控系统实时补偿刀具坐标。",
                    claims("A spindle thermal error compensation method for a " + machine[1] + ", comprising: collecting temperature data of a "
                                    + "spindle box; establishing a thermal error prediction model; and compensating tool coordinates in real time by "
                                    + "a numerical control system.",
                            "The method",
                            List.of("the prediction model is a multiple linear regression model", "at least five temperature sensors are used",
                                    "the compensation is applied along the Z axis"), r),
                    description("machine tool", machine[1], r),
                    List.of("G05B19/404", "B23Q17/22"), List.of("G05B19/404", "B23Q17/2233"), null);
            case 2 -> new Text("additive-manufacturing",
                    "一种" + alloy[0] + "构件的激光选区熔化成形方法",
                    "Selective laser melting method for " + alloy[1] + " components",
                    "本发明公开了一种" + alloy[0] + "构件的激光选区熔化成形方法，通过优化激光功率、扫描速度和层厚，并采用分区变向扫描策略，"
                            + "获得致密度高于99%的构件，减少了残余应力和裂纹。",
                    "A selective laser melting method for " + alloy[1] + " components optimizes laser power, scanning speed and layer thickness and "
                            + "uses a zoned scanning strategy with alternating direction, giving components denser than 99% with less residual stress and cracking.",
                    "1.一种" + alloy[0] + "构件的激光选区熔化成形方法，其特征在于，激光功率为" + r.between(180, 400) + "W，扫描速度为" + r.between(600, 1400) + "mm/s。",
                    claims("A selective laser melting method for a " + alloy[1] + " component, comprising spreading powder layers and melting each "
                                    + "layer with a laser according to a zoned scanning strategy.",
                            "The method",
                            List.of("the layer thickness is 30 to 50 micrometers", "the scanning direction rotates by 67 degrees between layers",
                                    "the component is stress-relieved after forming"), r),
                    description("additive manufacturing", alloy[1], r),
                    List.of("B22F10/28", "B33Y10/00", "B33Y70/00"), List.of("B22F10/28", "B33Y10/00"), null);
            default -> new Text("precision-reducer",
                    "一种用于" + robot[0] + "的RV减速器",
                    "RV reducer for a " + robot[1],
                    "本发明公开了一种用于" + robot[0] + "的RV减速器，包括渐开线行星齿轮传动级和摆线针轮传动级，曲柄轴采用圆锥滚子轴承支撑。"
                            + "本发明回差小、扭转刚度高，适用于机器人关节。",
                    "An RV reducer for a " + robot[1] + " comprises an involute planetary gear stage and a cycloidal pin gear stage, with the crankshafts "
                            + "supported on tapered roller bearings. The reducer has a small backlash and a high torsional stiffness for robot joints.",
                    "1.一种用于" + robot[0] + "的RV减速器，其特征在于，包括渐开线行星齿轮传动级和摆线针轮传动级。",
                    claims("An RV reducer for a " + robot[1] + ", comprising an involute planetary gear stage and a cycloidal pin gear stage.",
                            "The RV reducer",
                            List.of("the crankshafts are supported by tapered roller bearings", "the backlash is less than one arc minute",
                                    "the pin gear housing is made of nodular cast iron"), r),
                    description("precision reducer", robot[1], r),
                    List.of("F16H1/32", "B25J9/10"), List.of("F16H1/32", "F16H2001/323", "B25J9/1025"), null);
        };
    }

    private static Text energy(Kind kind, Rng r) {
        if (kind == Kind.DESIGN) {
            return design("charger-design", "电动汽车充电桩", "Charging pile for electric vehicles", "用于为电动汽车充电", "13-03");
        }
        if (kind == Kind.UTILITY_MODEL) {
            return switch (r.nextInt(3)) {
                case 0 -> device("charging-pile", "一种电动汽车充电桩", "Charging pile for electric vehicles", "B60L53/31", "Y02T90/12",
                        "桩体、充电枪、液冷线缆和散热风道", "a pile body, a charging gun, a liquid-cooled cable and a cooling air duct",
                        "散热效果好，充电功率高", "dissipates heat well and allows a high charging power", r);
                case 1 -> device("pv-bracket", "一种光伏组件安装支架", "Mounting bracket for photovoltaic modules", "H02S20/30", "Y02E10/50",
                        "立柱、可调斜梁和压块", "posts, an adjustable inclined beam and clamping blocks",
                        "安装角度可调，抗风性能好", "allows the tilt angle to be adjusted and resists wind", r);
                default -> device("battery-pack", "一种电池包箱体", "Battery pack housing", "H01M50/204", "Y02E60/10",
                        "上盖、下箱体、液冷板和防爆阀", "an upper cover, a lower box, a liquid cooling plate and an explosion-proof valve",
                        "结构紧凑，热管理效果好", "is compact and manages heat well", r);
            };
        }
        String[] cathode = r.pick(CATHODES);
        String[] dopant = r.pick(DOPANTS);
        return switch (r.nextInt(4)) {
            case 0 -> new Text("cathode-material",
                    "一种" + dopant[0] + "掺杂" + cathode[0] + "正极材料及其制备方法和锂离子电池",
                    dopant[1].substring(0, 1).toUpperCase(java.util.Locale.ROOT) + dopant[1].substring(1) + "-doped " + cathode[1]
                            + " cathode material, preparation method thereof and lithium-ion battery",
                    "本发明公开了一种" + dopant[0] + "掺杂" + cathode[0] + "正极材料及其制备方法，通过共沉淀法制备前驱体，再与锂源和" + dopant[0]
                            + "源混合烧结得到正极材料。" + dopant[0] + "掺杂稳定了材料的层状结构，所制锂离子电池循环" + r.between(800, 2000)
                            + "次后容量保持率高于90%。",
                    "The invention discloses a " + dopant[1] + "-doped " + cathode[1] + " cathode material and its preparation: a precursor made by "
                            + "co-precipitation is mixed with a lithium source and a " + dopant[1] + " source and sintered. The doping stabilizes the "
                            + "layered structure, and lithium-ion batteries made with the material keep more than 90% of their capacity after many cycles.",
                    "1.一种" + dopant[0] + "掺杂" + cathode[0] + "正极材料的制备方法，其特征在于，包括：共沉淀制备前驱体；将前驱体与锂源、" + dopant[0]
                            + "源混合后烧结。",
                    claims("A method for preparing a " + dopant[1] + "-doped " + cathode[1] + " cathode material, comprising: preparing a precursor "
                                    + "by co-precipitation; mixing the precursor with a lithium source and a " + dopant[1] + " source; and sintering the mixture.",
                            "The method",
                            List.of("the sintering temperature is 750 to 900 degrees Celsius", "the doping amount is 0.1 to 2 mol%",
                                    "a lithium-ion battery comprises the cathode material"), r),
                    description("lithium-ion battery", cathode[1], r),
                    List.of("H01M4/525", "H01M4/505", "H01M10/0525"), List.of("H01M4/525", "H01M10/0525", "Y02E60/10"), null);
            case 1 -> new Text("solid-electrolyte",
                    "一种硫化物固态电解质及全固态锂电池",
                    "Sulfide solid electrolyte and all-solid-state lithium battery",
                    "本发明公开了一种硫化物固态电解质，其化学式为Li6PS5Cl1-xBrx，采用球磨与低温退火制备，室温离子电导率达到" + r.between(3, 12)
                            + "mS/cm，与锂金属负极界面稳定，可用于全固态锂电池。",
                    "The invention discloses a sulfide solid electrolyte of formula Li6PS5Cl(1-x)Br(x), made by ball milling and low-temperature "
                            + "annealing, with a room-temperature ionic conductivity of several mS/cm and a stable interface with lithium metal anodes, "
                            + "for all-solid-state lithium batteries.",
                    "1.一种硫化物固态电解质，其特征在于，化学式为Li6PS5Cl1-xBrx，其中0<x<1。",
                    claims("A sulfide solid electrolyte having the formula Li6PS5Cl(1-x)Br(x), wherein 0 < x < 1.",
                            "The sulfide solid electrolyte",
                            List.of("it is prepared by ball milling followed by annealing at 300 to 450 degrees Celsius",
                                    "its ionic conductivity at room temperature is at least 3 mS/cm",
                                    "an all-solid-state lithium battery comprises the sulfide solid electrolyte"), r),
                    description("solid-state battery", "sulfide electrolytes", r),
                    List.of("H01M10/0562", "H01M10/052"), List.of("H01M10/0562", "H01M2300/0068", "Y02E60/10"), null);
            case 2 -> new Text("fuel-cell",
                    "一种燃料电池金属双极板及其制备方法",
                    "Metal bipolar plate for fuel cells and preparation method thereof",
                    "本发明公开了一种燃料电池金属双极板，以不锈钢薄板冲压成形流场，表面沉积碳基导电耐蚀涂层，接触电阻低、耐腐蚀，"
                            + "适用于车用质子交换膜燃料电池电堆。",
                    "A metal bipolar plate for fuel cells has a flow field stamped in thin stainless steel sheet and a carbon-based conductive, "
                            + "corrosion-resistant coating; it has a low contact resistance and suits proton exchange membrane fuel cell stacks for vehicles.",
                    "1.一种燃料电池金属双极板，其特征在于，包括冲压成形流场的不锈钢基板和沉积于其表面的碳基涂层。",
                    claims("A metal bipolar plate for a fuel cell, comprising a stainless steel substrate with a stamped flow field and a carbon-based "
                                    + "coating deposited on its surface.",
                            "The metal bipolar plate",
                            List.of("the substrate is 0.1 mm thick", "the coating is deposited by magnetron sputtering",
                                    "a fuel cell stack comprises the metal bipolar plate"), r),
                    description("fuel cell", "bipolar plates", r),
                    List.of("H01M8/0228", "H01M8/021", "H01M8/1004"), List.of("H01M8/0228", "H01M8/021", "Y02E60/50"), null);
            default -> new Text("charging-control",
                    "一种电动汽车有序充电控制方法及系统",
                    "Ordered charging control method and system for electric vehicles",
                    "本发明公开了一种电动汽车有序充电控制方法，根据配电变压器负荷预测、电价和用户出行需求，为充电站内各充电桩分配充电功率，"
                            + "在满足用户需求的同时平抑电网负荷峰谷差。",
                    "An ordered charging control method for electric vehicles allocates charging power to the charging piles of a station from a "
                            + "forecast of distribution transformer load, the electricity price and users' travel needs, meeting user demand while "
                            + "flattening grid load peaks.",
                    "1.一种电动汽车有序充电控制方法，其特征在于，包括：预测配电变压器负荷；根据负荷预测、电价和用户需求为各充电桩分配充电功率。",
                    claims("An ordered charging control method for electric vehicles, comprising: forecasting a distribution transformer load; and "
                                    + "allocating charging power to charging piles according to the load forecast, an electricity price and user demand.",
                            "The method",
                            List.of("the allocation is solved as a mixed-integer linear program every 15 minutes",
                                    "a battery energy storage unit is discharged at peak load", "the charging piles communicate over OCPP"), r),
                    description("vehicle charging", "charging stations", r),
                    List.of("B60L53/62", "H02J7/00", "H02J3/32"), List.of("B60L53/62", "H02J7/00", "Y02T10/70", "Y02T90/12"), null);
        };
    }

    private static Text other(Kind kind, Rng r) {
        if (kind == Kind.DESIGN) {
            return design("lamp-design", "台灯", "Desk lamp", "用于室内照明", "26-05");
        }
        if (kind == Kind.UTILITY_MODEL) {
            return switch (r.nextInt(3)) {
                case 0 -> device("seeder", "一种播种施肥一体机", "Combined seeding and fertilizing machine", "A01C7/06", null,
                        "机架、排种器、排肥器和覆土镇压轮", "a frame, a seed meter, a fertilizer distributor and a covering press wheel",
                        "一次完成播种和施肥", "seeds and fertilizes in one pass", r);
                case 1 -> device("nm-toy", "一种电池供电的遥控玩具车", "Battery-powered remote control toy car", "A63H30/04", null,
                        "车身、电池仓、遥控接收模块和驱动电机", "a car body, a battery compartment, a remote control receiver and a drive motor",
                        "结构简单，电池更换方便", "is simple and makes replacing its battery easy", r);
                default -> device("nm-sweeping-robot", "一种扫地机器人的防缠绕滚刷", "Anti-entanglement roller brush for a sweeping robot",
                        "A47L11/40", null, "刷轴、螺旋刷毛和切割刀片", "a brush shaft, spiral bristles and a cutting blade",
                        "避免毛发缠绕滚刷", "keeps hair from winding round the roller brush", r);
            };
        }
        return switch (r.nextInt(4)) {
            case 0 -> new Text("data-index",
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
                    List.of("G06F16/31", "G06F16/33"), List.of("G06F16/319", "G06F16/3347"), null);
            case 1 -> new Text("nm-chem-drug",
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
                    List.of("A61K31/517", "C07D239/94", "A61P35/00"), List.of("A61K31/517", "C07D239/94", "A61P35/00"), null);
            case 2 -> new Text("nm-cosmetic",
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
                    List.of("A61K8/97", "A61Q19/00"), List.of("A61K8/9789", "A61Q19/007"), null);
            default -> new Text("nm-sweeping-robot",
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
                    List.of("A47L11/40", "G05D1/02"), List.of("A47L11/4011", "A47L2201/04"), null);
        };
    }

    /** A utility-model device: a structure of named parts. */
    private static Text device(String variant, String titleZh, String titleEn, String ipc, String extraCpc,
                               String partsZh, String partsEn, String effectZh, String effectEn, Rng r) {
        String title = titleZh.startsWith("一种") ? titleZh : "一种" + titleZh;
        String subject = title.substring(2);
        List<String> cpc = extraCpc == null ? List.of(ipc) : List.of(ipc, extraCpc);
        return new Text(variant, title, titleEn,
                "本实用新型公开了" + title + "，包括" + partsZh + "。本实用新型结构简单，" + effectZh + "。",
                "The utility model discloses a " + lower(titleEn) + " comprising " + partsEn + ". It is simple in structure and " + effectEn + ".",
                "1." + title + "，其特征在于，包括" + partsZh + "。",
                claims("A " + lower(titleEn) + ", comprising " + partsEn + ".", "The " + lower(titleEn),
                        List.of("the parts are connected by bolts", "a protective cover is provided", "the frame is made of aluminum alloy"), r),
                description("machinery", subject, r), List.of(ipc), cpc, null);
    }

    /** A design: CNIPA publishes a brief explanation (简要说明) in place of an abstract, and no claims. */
    private static Text design(String variant, String productZh, String productEn, String useZh, String locarno) {
        String brief = "1．本外观设计产品的名称：" + productZh + "。2．本外观设计产品的用途：" + useZh
                + "。3．本外观设计产品的设计要点：在于形状。4．最能表明设计要点的图片或照片：立体图。";
        return new Text(variant, productZh, productEn, brief, "Design of a " + lower(productEn) + ".", "", List.of(),
                List.of(), List.of(), List.of(), locarno);
    }

    private static String lower(String title) {
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** Claim 1 and two to four dependent claims drawn from the features. */
    private static List<String> claims(String first, String subject, List<String> features, Rng r) {
        List<String> claims = new ArrayList<>();
        claims.add(first);
        int extra = r.between(2, features.size());
        for (int i = 0; i < extra; i++) {
            claims.add(subject + " of claim " + (i == 0 ? 1 : r.between(1, i + 1)) + ", wherein " + features.get(i) + ".");
        }
        return List.copyOf(claims);
    }

    /** A short description: field, background and summary paragraphs, as a grant's description opens. */
    private static List<String> description(String field, String topic, Rng r) {
        String[] problems = {"low efficiency", "unstable quality", "high cost", "poor reliability", "complex operation"};
        String problem = r.pick(problems);
        return List.of(
                "The present disclosure relates to the field of " + field + ", and in particular to " + topic + ".",
                "Existing solutions for " + topic + " suffer from " + problem + ", which limits their use in practice.",
                "It is an object of the present disclosure to overcome " + problem + " while keeping the solution simple to implement.",
                "The embodiments described below are examples only; a person skilled in the art may modify them without departing from "
                        + "the scope of the claims.");
    }
}
