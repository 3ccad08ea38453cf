package org.patnav.samples;

import static org.patnav.samples.Templates.claims;
import static org.patnav.samples.Templates.description;
import static org.patnav.samples.Templates.effects;

import java.util.List;
import org.patnav.samples.Templates.Effect;
import org.patnav.samples.Templates.Kind;
import org.patnav.samples.Templates.Text;

/**
 * Texts of the high-end equipment topics, along {@code chains/equipment.yaml}: reducers, servo drives,
 * controllers and additive-manufacturing materials upstream; robots, machine tools, additive
 * manufacturing, aerospace, rail and offshore equipment midstream; production lines and robot
 * applications downstream.
 */
final class EquipmentTexts {

    private EquipmentTexts() {
    }

    private static final String[][] ROBOTS = {{"六轴工业机器人", "six-axis industrial robot"},
        {"协作机器人", "collaborative robot"}, {"码垛机器人", "palletizing robot"}, {"SCARA机器人", "SCARA robot"}};
    private static final String[][] MACHINES = {{"数控车床", "CNC lathe"}, {"五轴加工中心", "five-axis machining center"},
        {"龙门铣床", "gantry milling machine"}, {"精密磨床", "precision grinding machine"}};
    private static final String[][] ALLOYS = {{"钛合金", "titanium alloy", "C22C14/00"},
        {"镍基高温合金", "nickel-based superalloy", "C22C19/05"}, {"不锈钢", "stainless steel", "C22C38/00"},
        {"铝合金", "aluminum alloy", "C22C21/00"}};

    static Text write(Topic topic, Kind kind, Rng r) {
        return switch (topic) {
            case PRECISION_REDUCER -> reducer(r);
            case SERVO_DRIVE -> kind == Kind.UTILITY_MODEL ? jointModule(kind, r) : r.chance(0.5) ? jointModule(kind, r) : servoControl(r);
            case ROBOT_PLANNING -> robotPlanning(r);
            case CNC_COMPENSATION -> cncCompensation(r);
            case AM_POWDER -> amPowder(r);
            case ADDITIVE_MANUFACTURING -> additiveManufacturing(r);
            case AEROSPACE -> aerospace(kind, r);
            case RAIL -> rail(kind, r);
            case OFFSHORE -> offshore(kind, r);
            case SMART_LINE -> smartLine(r);
            case WELDING_ROBOT -> weldingRobot(r);
            case FIXTURE -> {
                String[] m = r.pick(MACHINES);
                yield Templates.device(topic.id, "一种用于" + m[0] + "的快换夹具", "Quick-change fixture for a " + m[1],
                        List.of("B23Q3/06"), List.of("B23Q3/06"), "底座、定位销和液压夹紧缸",
                        "a base, locating pins and a hydraulic clamping cylinder",
                        r.pick(List.of(new Effect("换装时间短，定位精度高", "shortens changeover time and improves positioning accuracy"),
                                new Effect("夹紧可靠，提高了加工效率", "clamps reliably and improves machining efficiency"))),
                        List.of("cnc-machine-tools"), r);
            }
            case GRIPPER -> Templates.device(topic.id, "一种机器人柔性抓手", "Flexible gripper for a robot",
                    List.of("B25J15/00"), List.of("B25J15/00", "B25J15/0052"), "安装法兰、气动驱动器和柔性指",
                    "a mounting flange, a pneumatic actuator and flexible fingers",
                    r.pick(List.of(new Effect("可抓取形状不规则的工件", "grips workpieces of irregular shape without damaging them"),
                            new Effect("重量轻，抓取可靠", "is light and grips reliably"))),
                    List.of("industrial-robots/grippers"), r);
            case ROBOT_DESIGN -> {
                String[] robot = r.pick(ROBOTS);
                yield Templates.design(topic.id, robot[0], robot[1], "用于工业生产线上的搬运作业", "15-99",
                        robot[0].equals("码垛机器人") ? List.of("industrial-robots", "robot-applications") : List.of("industrial-robots"));
            }
            default -> throw new IllegalArgumentException(topic.id + " is not an equipment topic");
        };
    }

    // ---- upstream: reducers, servo drives, materials for additive manufacturing -----------------------

    private static Text reducer(Rng r) {
        String[] robot = r.pick(ROBOTS);
        boolean harmonic = r.chance(0.35);
        Effect e = effects(List.of(
                new Effect("回差小、扭转刚度高", "has a small backlash and a high torsional stiffness"),
                new Effect("传动精度高，使用寿命长", "transmits with high precision and has a long service life"),
                new Effect("结构紧凑，降低了运行噪声", "is compact and reduces the running noise")),
                List.of(new Effect("现有减速器齿隙随磨损增大，难以提高传动精度", "in existing reducers the backlash grows with wear and "
                        + "the transmission accuracy cannot be improved")), 0.25, r);
        if (harmonic) {
            return new Text(Topic.PRECISION_REDUCER.id, "一种用于" + robot[0] + "关节的谐波减速器",
                    "Harmonic reducer for the joints of a " + robot[1],
                    "本发明公开了一种用于" + robot[0] + "关节的谐波减速器，包括波发生器、柔轮和刚轮，柔轮采用杯形薄壁结构，齿形为双圆弧齿廓。" + e.zh(),
                    "A harmonic reducer for the joints of a " + robot[1] + " comprises a wave generator, a flexspline and a circular spline; the "
                            + "flexspline is a thin-walled cup with a double circular-arc tooth profile. " + e.en(),
                    "1.一种谐波减速器，其特征在于，包括波发生器、柔轮和刚轮，所述柔轮为杯形薄壁结构，齿形为双圆弧齿廓。",
                    claims("A harmonic reducer, comprising a wave generator, a flexspline and a circular spline, the flexspline being a "
                                    + "thin-walled cup with a double circular-arc tooth profile.",
                            "The harmonic reducer",
                            List.of("the reduction ratio is 100", "the flexspline is made of 40CrNiMoA",
                                    "the wave generator carries a flexible bearing"), r),
                    description("precision transmission", robot[1], r),
                    List.of("F16H49/00", "B25J9/10"), List.of("F16H49/001", "B25J9/1025"), null,
                    List.of("precision-reducers"));
        }
        return new Text(Topic.PRECISION_REDUCER.id,
                "一种用于" + robot[0] + "的RV减速器",
                "RV reducer for a " + robot[1],
                "本发明公开了一种用于" + robot[0] + "的RV减速器，包括渐开线行星齿轮传动级和摆线针轮传动级，曲柄轴采用圆锥滚子轴承支撑，适用于机器人关节。"
                        + e.zh(),
                "An RV reducer for a " + robot[1] + " comprises an involute planetary gear stage and a cycloidal pin gear stage, with the crankshafts "
                        + "supported on tapered roller bearings, for robot joints. " + e.en(),
                "1.一种用于" + robot[0] + "的RV减速器，其特征在于，包括渐开线行星齿轮传动级和摆线针轮传动级。",
                claims("An RV reducer for a " + robot[1] + ", comprising an involute planetary gear stage and a cycloidal pin gear stage.",
                        "The RV reducer",
                        List.of("the crankshafts are supported by tapered roller bearings", "the backlash is less than one arc minute",
                                "the pin gear housing is made of nodular cast iron"), r),
                description("precision reducer", robot[1], r),
                List.of("F16H1/32", "B25J9/10"), List.of("F16H1/32", "F16H2001/323", "B25J9/1025"), null,
                List.of("precision-reducers"));
    }

    /** A robot joint: motor, encoder, brake and reducer in one module; a robot part as much as a servo drive. */
    private static Text jointModule(Kind kind, Rng r) {
        List<String> branches = List.of("servo-drives", "industrial-robots");
        Effect effect = r.pick(List.of(
                new Effect("结构紧凑，散热效果好", "is compact and dissipates heat well"),
                new Effect("减轻了关节重量，提高了定位精度", "reduces the weight of the joint and improves the positioning accuracy"),
                new Effect("降低了振动和噪声", "reduces vibration and noise")));
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.SERVO_DRIVE.id, "一种机器人关节伺服电机", "Servo motor for a robot joint",
                    List.of("H02K7/116", "B25J17/00"), List.of("H02K7/116", "B25J17/0241"), "中空轴永磁同步电机、绝对值编码器和失电制动器",
                    "a hollow-shaft permanent magnet synchronous motor, an absolute encoder and a fail-safe brake", effect, branches, r);
        }
        Effect e = effects(List.of(effect), List.of(), 0, r);
        return new Text(Topic.SERVO_DRIVE.id, "一种协作机器人一体化关节模组",
                "Integrated joint module for a collaborative robot",
                "本发明公开了一种协作机器人一体化关节模组，将无框力矩伺服电机、谐波减速器、双编码器、制动器和驱动器集成于中空壳体内，走线经中空轴通过。"
                        + e.zh(),
                "An integrated joint module for a collaborative robot houses a frameless torque servo motor, a harmonic reducer, two encoders, a "
                        + "brake and the drive in a hollow housing, with the cables through the hollow shaft. " + e.en(),
                "1.一种协作机器人一体化关节模组，其特征在于，包括中空壳体及集成于其内的无框力矩伺服电机、谐波减速器、双编码器、制动器和驱动器。",
                claims("An integrated joint module for a collaborative robot, comprising a hollow housing and, inside it, a frameless torque "
                                + "servo motor, a harmonic reducer, two encoders, a brake and a drive.",
                        "The joint module",
                        List.of("the encoders read the motor side and the output side", "the drive communicates over EtherCAT",
                                "the brake is released electromagnetically"), r),
                description("robot joints", "servo drives", r),
                List.of("H02K7/116", "B25J17/00", "H02K11/21"), List.of("H02K7/116", "B25J17/0241"), null, branches);
    }

    private static Text servoControl(Rng r) {
        String[] m = r.pick(MACHINES);
        Effect e = effects(List.of(
                new Effect("提高了进给轴的定位精度和响应速度", "improves the positioning accuracy and response of the feed axis"),
                new Effect("抑制了低速爬行和振动", "suppresses crawling and vibration at low speed")),
                List.of(new Effect("现有伺服驱动器参数固定，无法抑制负载变化引起的振动", "existing servo drives have fixed parameters and "
                        + "cannot suppress the vibration caused by load changes")), 0.3, r);
        return new Text(Topic.SERVO_DRIVE.id, "一种" + m[0] + "进给轴伺服驱动器的自适应控制方法",
                "Adaptive control method for the servo drive of a feed axis of a " + m[1],
                "本发明公开了一种" + m[0] + "进给轴伺服驱动器的自适应控制方法，在线辨识负载惯量，实时整定速度环和位置环增益，并采用陷波滤波抑制机械谐振。"
                        + e.zh(),
                "An adaptive control method for the servo drive of a feed axis of a " + m[1] + " identifies the load inertia online, tunes the "
                        + "speed and position loop gains in real time and suppresses mechanical resonance with a notch filter. " + e.en(),
                "1.一种" + m[0] + "进给轴伺服驱动器的自适应控制方法，其特征在于，包括在线辨识负载惯量、实时整定速度环和位置环增益。",
                claims("An adaptive control method for a servo drive of a feed axis of a machine tool, comprising identifying the load inertia "
                                + "online and tuning the speed loop and position loop gains in real time.",
                        "The method",
                        List.of("the inertia is identified by recursive least squares", "the notch frequency follows an FFT of the current",
                                "the gains are updated every 1 ms"), r),
                description("servo drives", m[1], r),
                List.of("H02P21/14", "G05B19/19"), List.of("H02P21/14", "G05B19/19", "G05B2219/41"), null,
                List.of("servo-drives", "controllers-sensors"));
    }

    private static Text amPowder(Rng r) {
        String[] alloy = r.pick(ALLOYS);
        Effect e = effects(List.of(
                new Effect("粉末球形度高、流动性好", "gives powder of high sphericity and good flowability"),
                new Effect("降低了粉末氧含量，提高了成形件致密度", "lowers the oxygen content and improves the density of printed parts"),
                new Effect("细粉收得率高，降低了制粉成本", "has a high yield of fine powder and lowers the cost")),
                List.of(), 0, r);
        return new Text(Topic.AM_POWDER.id,
                "一种用于激光选区熔化的" + alloy[0] + "球形粉末及其制备方法",
                "Spherical " + alloy[1] + " powder for selective laser melting and preparation method thereof",
                "本发明公开了一种用于激光选区熔化3D打印的" + alloy[0] + "球形粉末，采用电极感应熔化气雾化法制备，粒径15～53μm。" + e.zh(),
                "The invention discloses a spherical " + alloy[1] + " powder for 3D printing by selective laser melting, made by electrode "
                        + "induction melting gas atomization, with particle sizes of 15 to 53 micrometers. " + e.en(),
                "1.一种用于激光选区熔化的" + alloy[0] + "球形粉末的制备方法，其特征在于，采用电极感应熔化气雾化法制粉并筛分出15～53μm的粉末。",
                claims("A method for preparing a spherical " + alloy[1] + " powder for selective laser melting, comprising electrode induction "
                                + "melting gas atomization and sieving out particles of 15 to 53 micrometers.",
                        "The method",
                        List.of("the atomizing gas is argon at 4 to 6 MPa", "the oxygen content is below 800 ppm",
                                "the powder is dried in vacuum before use"), r),
                description("additive manufacturing materials", alloy[1], r),
                List.of("B22F9/08", "B22F1/065", "B33Y70/00", alloy[2]), List.of("B22F9/082", "B33Y70/00"), null,
                List.of("additive-materials"));
    }

    // ---- midstream: robots, machine tools, additive manufacturing, transport and offshore equipment ----

    private static Text robotPlanning(Rng r) {
        String[] robot = r.pick(ROBOTS);
        Effect e = effects(List.of(
                new Effect("提高了机器人运动的平稳性，缩短了作业节拍", "makes robot motion smoother and shortens the cycle time"),
                new Effect("降低了关节冲击和振动，延长了减速器寿命", "reduces joint jerk and vibration and extends the life of the reducers"),
                new Effect("轨迹精度高", "gives a high trajectory accuracy")),
                List.of(new Effect("现有示教轨迹在高速时难以降低关节冲击", "taught trajectories fail to reduce joint jerk at high speed")),
                0.25, r);
        return new Text(Topic.ROBOT_PLANNING.id,
                "一种" + robot[0] + "的轨迹规划方法",
                "Trajectory planning method for a " + robot[1],
                "本发明公开了一种" + robot[0] + "的轨迹规划方法，包括：获取目标路径点，基于关节空间的五次多项式插值生成初始轨迹，"
                        + "以运行时间和关节冲击为目标进行优化，并将优化后的轨迹下发至伺服控制器。" + e.zh(),
                "A trajectory planning method for a " + robot[1] + " comprises: acquiring target path points; generating an initial trajectory "
                        + "by quintic polynomial interpolation in joint space; optimizing the trajectory for running time and joint jerk; and sending "
                        + "the optimized trajectory to the servo controller. " + e.en(),
                "1.一种" + robot[0] + "的轨迹规划方法，其特征在于，包括：获取目标路径点；基于关节空间五次多项式插值生成初始轨迹；以运行时间和关节冲击为目标优化所述初始轨迹。",
                claims("A trajectory planning method for a " + robot[1] + ", comprising: acquiring target path points; generating an initial "
                                + "trajectory by quintic polynomial interpolation in joint space; and optimizing the initial trajectory with running "
                                + "time and joint jerk as objectives.",
                        "The method",
                        List.of("the optimization uses a particle swarm algorithm", "joint velocity limits are applied as constraints",
                                "the optimized trajectory is sent to a servo controller every 4 ms"), r),
                description("industrial robot", robot[1], r),
                List.of("B25J9/16", "G05B19/4155"), List.of("B25J9/1664", "G05B2219/40519"), null,
                List.of("industrial-robots", "controllers-sensors"));
    }

    private static Text cncCompensation(Rng r) {
        String[] machine = r.pick(MACHINES);
        Effect e = effects(List.of(
                new Effect("显著降低了主轴热漂移，提高了加工精度", "markedly reduces spindle thermal drift and improves the machining accuracy"),
                new Effect("无需增加硬件，成本低", "needs no extra hardware and costs little"),
                new Effect("补偿模型鲁棒性好，运行可靠", "uses a robust model and runs reliably")),
                List.of(new Effect("现有恒温车间方案成本高，且难以提高加工精度", "air-conditioned workshops are costly and fail to "
                        + "improve machining accuracy")), 0.25, r);
        return new Text(Topic.CNC_COMPENSATION.id,
                "一种" + machine[0] + "主轴热误差补偿方法",
                "Spindle thermal error compensation method for a " + machine[1],
                "本发明公开了一种" + machine[0] + "主轴热误差补偿方法，通过布置于主轴箱的温度传感器采集温度场数据，建立热误差预测模型，"
                        + "并由数控系统实时修正刀具坐标。" + e.zh(),
                "A spindle thermal error compensation method for a " + machine[1] + " collects temperature field data through temperature sensors "
                        + "on the spindle box, builds a thermal error prediction model, and has the numerical control system correct the tool "
                        + "coordinates in real time. " + e.en(),
                "1.一种" + machine[0] + "主轴热误差补偿方法，其特征在于，包括：采集主轴箱温度数据；建立热误差预测模型；由数控系统实时补偿刀具坐标。",
                claims("A spindle thermal error compensation method for a " + machine[1] + ", comprising: collecting temperature data of a "
                                + "spindle box; establishing a thermal error prediction model; and compensating tool coordinates in real time by "
                                + "a numerical control system.",
                        "The method",
                        List.of("the prediction model is a multiple linear regression model", "at least five temperature sensors are used",
                                "the compensation is applied along the Z axis"), r),
                description("machine tool", machine[1], r),
                List.of("G05B19/404", "B23Q17/22"), List.of("G05B19/404", "B23Q17/2233"), null,
                List.of("cnc-machine-tools", "controllers-sensors"));
    }

    private static Text additiveManufacturing(Rng r) {
        String[] alloy = r.pick(ALLOYS);
        Effect e = effects(List.of(
                new Effect("获得致密度高于99%的构件，减少了残余应力和裂纹", "gives components denser than 99% with less residual stress and cracking"),
                new Effect("提高了成形效率", "improves the building efficiency"),
                new Effect("构件强度高", "gives components of high strength")),
                List.of(), 0, r);
        // Examiners add the materials class (B33Y70) to some process patents that name their alloy.
        List<String> ipc = r.chance(0.25) ? List.of("B22F10/28", "B33Y10/00", "B33Y70/00") : List.of("B22F10/28", "B33Y10/00");
        return new Text(Topic.ADDITIVE_MANUFACTURING.id,
                "一种" + alloy[0] + "构件的激光选区熔化成形方法",
                "Selective laser melting method for " + alloy[1] + " components",
                "本发明公开了一种" + alloy[0] + "构件的激光选区熔化成形方法，通过优化激光功率、扫描速度和层厚，并采用分区变向扫描策略成形。" + e.zh(),
                "A selective laser melting method for " + alloy[1] + " components optimizes laser power, scanning speed and layer thickness and "
                        + "uses a zoned scanning strategy with alternating direction. " + e.en(),
                "1.一种" + alloy[0] + "构件的激光选区熔化成形方法，其特征在于，激光功率为" + r.between(180, 400) + "W，扫描速度为" + r.between(600, 1400) + "mm/s。",
                claims("A selective laser melting method for a " + alloy[1] + " component, comprising spreading powder layers and melting each "
                                + "layer with a laser according to a zoned scanning strategy.",
                        "The method",
                        List.of("the layer thickness is 30 to 50 micrometers", "the scanning direction rotates by 67 degrees between layers",
                                "the component is stress-relieved after forming"), r),
                description("additive manufacturing", alloy[1], r),
                ipc, List.of("B22F10/28", "B33Y10/00"), null,
                List.of("additive-manufacturing-equipment"));
    }

    private static Text aerospace(Kind kind, Rng r) {
        List<String> branches = List.of("aerospace-equipment");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.AEROSPACE.id, "一种飞机壁板装配用柔性定位工装", "Flexible positioning fixture for assembling aircraft panels",
                    List.of("B64F5/10"), List.of("B64F5/10"), "框架、数控定位器阵列和真空吸盘",
                    "a frame, an array of numerically controlled locators and vacuum cups",
                    new Effect("定位精度高，减少了专用工装数量", "positions precisely and replaces many dedicated fixtures"), branches, r);
        }
        boolean satellite = r.chance(0.4);
        Effect e = effects(List.of(
                new Effect("展开可靠，减轻了机构重量", "deploys reliably and reduces the weight of the mechanism"),
                new Effect("提高了装配精度和效率", "improves the assembly accuracy and efficiency")),
                List.of(), 0, r);
        if (satellite) {
            return new Text(Topic.AEROSPACE.id, "一种卫星太阳翼展开锁定机构",
                    "Deployment and locking mechanism for satellite solar wings",
                    "本发明公开了一种卫星太阳翼展开锁定机构，包括铰链、涡卷弹簧驱动组件、阻尼器和凸轮锁定组件，太阳翼在轨展开到位后自动锁定。" + e.zh(),
                    "A deployment and locking mechanism for satellite solar wings comprises hinges, a scroll spring drive, a damper and a cam lock "
                            + "that locks the wing once deployed in orbit. " + e.en(),
                    "1.一种卫星太阳翼展开锁定机构，其特征在于，包括铰链、涡卷弹簧驱动组件、阻尼器和凸轮锁定组件。",
                    claims("A deployment and locking mechanism for a satellite solar wing, comprising a hinge, a scroll spring drive, a damper "
                                    + "and a cam lock.", "The mechanism",
                            List.of("the damper is a rotary viscous damper", "the hinge is made of titanium alloy",
                                    "a microswitch signals the locked state"), r),
                    description("spacecraft", "solar wings", r),
                    List.of("B64G1/44", "B64G1/22"), List.of("B64G1/443", "B64G1/222"), null, branches);
        }
        return new Text(Topic.AEROSPACE.id, "一种飞机机身段数字化对接装配方法",
                "Digital docking and assembly method for aircraft fuselage sections",
                "本发明公开了一种飞机机身段数字化对接装配方法，以激光跟踪仪测量机身段关键特征点，解算位姿偏差，由数控定位器驱动机身段调姿对接。" + e.zh(),
                "A digital assembly method for aircraft fuselage sections measures key points with a laser tracker, computes the pose deviation and "
                        + "has numerically controlled positioners align and join the sections. " + e.en(),
                "1.一种飞机机身段数字化对接装配方法，其特征在于，包括测量关键特征点、解算位姿偏差和数控定位器调姿对接步骤。",
                claims("A method for assembling aircraft fuselage sections, comprising measuring key points with a laser tracker, computing the "
                                + "pose deviation and aligning the sections with numerically controlled positioners.", "The method",
                        List.of("at least six key points are measured", "the pose is solved by singular value decomposition",
                                "the positioners move along three axes"), r),
                description("aircraft manufacturing", "fuselage assembly", r),
                List.of("B64F5/10", "G01B11/00"), List.of("B64F5/10"), null, branches);
    }

    private static Text rail(Kind kind, Rng r) {
        List<String> branches = List.of("rail-transit-equipment");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.RAIL.id, "一种轨道车辆转向架用抗蛇行减振器安装座",
                    "Mounting seat for the yaw damper of a rail vehicle bogie",
                    List.of("B61F5/24"), List.of("B61F5/245"), "座体、橡胶节点和加强筋板", "a seat body, a rubber joint and stiffening ribs",
                    new Effect("安装可靠，降低了车体振动", "mounts reliably and reduces car body vibration"), branches, r);
        }
        Effect e = effects(List.of(
                new Effect("提高了列车运行的平稳性，降低了轮轨噪声", "makes the train run more smoothly and reduces wheel-rail noise"),
                new Effect("构架重量轻，强度高", "gives a light and strong frame")),
                List.of(), 0, r);
        return new Text(Topic.RAIL.id, "一种轨道交通车辆转向架及其构架",
                "Bogie for rail transit vehicles and frame thereof",
                "本发明公开了一种轨道交通车辆转向架，包括H形焊接构架、轮对轴箱装置、一系钢弹簧悬挂和二系空气弹簧悬挂，构架侧梁采用变截面箱形结构。" + e.zh(),
                "A bogie for rail transit vehicles comprises an H-shaped welded frame, wheelsets with axle boxes, primary coil spring suspension "
                        + "and secondary air spring suspension; the side beams are box sections of varying depth. " + e.en(),
                "1.一种轨道交通车辆转向架，其特征在于，包括H形焊接构架、轮对轴箱装置、一系悬挂和二系空气弹簧悬挂。",
                claims("A bogie for a rail transit vehicle, comprising an H-shaped welded frame, wheelsets with axle boxes, a primary suspension "
                                + "and a secondary air spring suspension.", "The bogie",
                        List.of("the side beams are box sections of varying depth", "the axle boxes are guided by rotary arms",
                                "an anti-roll bar links the frame and the car body"), r),
                description("railway vehicles", "bogies", r),
                List.of("B61F5/52", "B61F5/30"), List.of("B61F5/52", "B61F5/302"), null, branches);
    }

    private static Text offshore(Kind kind, Rng r) {
        List<String> branches = List.of("offshore-equipment");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.OFFSHORE.id, "一种自升式海洋平台桩腿锁紧装置", "Leg locking device for a jack-up offshore platform",
                    List.of("E02B17/08"), List.of("E02B17/0809"), "齿条、锁紧楔块和液压推动缸", "a rack, locking wedges and hydraulic push cylinders",
                    new Effect("锁紧可靠，提高了平台作业安全性", "locks reliably and improves the safety of platform operations"), branches, r);
        }
        Effect e = effects(List.of(
                new Effect("提高了平台在恶劣海况下的稳性", "improves the stability of the platform in rough seas"),
                new Effect("减小了波浪引起的垂荡运动", "reduces the heave caused by waves")),
                List.of(), 0, r);
        return new Text(Topic.OFFSHORE.id, "一种半潜式海洋平台的浮体结构",
                "Floating body structure of a semi-submersible offshore platform",
                "本发明公开了一种半潜式海洋平台的浮体结构，包括环形浮箱、四根立柱和甲板盒体，立柱底部设有垂荡板，浮箱内设压载舱分区调载。" + e.zh(),
                "A floating body structure of a semi-submersible offshore platform comprises a ring pontoon, four columns and a deck box; heave "
                        + "plates are fitted at the foot of the columns and ballast tanks in the pontoon are trimmed by zone. " + e.en(),
                "1.一种半潜式海洋平台的浮体结构，其特征在于，包括环形浮箱、立柱、甲板盒体和设于立柱底部的垂荡板。",
                claims("A floating body structure of a semi-submersible platform, comprising a ring pontoon, columns, a deck box and heave plates "
                                + "at the foot of the columns.", "The structure",
                        List.of("four columns are provided", "the ballast tanks are divided into eight zones",
                                "the heave plates are perforated"), r),
                description("offshore engineering", "semi-submersible platforms", r),
                List.of("B63B35/44", "B63B39/06"), List.of("B63B35/4413"), null, branches);
    }

    // ---- downstream: production lines and robot applications -----------------------------------------

    private static Text smartLine(Rng r) {
        String[][] lines = {{"数字化车间", "digital workshop"}, {"柔性生产线", "flexible production line"},
            {"智能工厂", "smart factory"}};
        String[] line = r.pick(lines);
        Effect e = effects(List.of(
                new Effect("提高了设备利用率和生产效率", "improves equipment utilization and production efficiency"),
                new Effect("减少了人工调度，自动化程度高", "needs little manual scheduling and is highly automated"),
                new Effect("缩短了订单交付周期，降低了在制品库存成本", "shortens delivery times and lowers the cost of work in progress")),
                List.of(new Effect("人工排产难以提高设备利用率", "manual scheduling fails to improve equipment utilization")), 0.3, r);
        return new Text(Topic.SMART_LINE.id,
                "一种面向离散制造" + line[0] + "的生产调度方法及系统",
                "Production scheduling method and system for a discrete-manufacturing " + line[1],
                "本发明公开了一种面向离散制造" + line[0] + "的生产调度方法，采集设备状态和工单数据，以加工时间和交期为目标，用改进遗传算法求解作业排程，"
                        + "并由制造执行系统下发至各工位和AGV。" + e.zh(),
                "A production scheduling method for a discrete-manufacturing " + line[1] + " collects machine states and work orders, solves the "
                        + "job schedule for makespan and due dates with an improved genetic algorithm and dispatches it through the manufacturing "
                        + "execution system to the stations and AGVs. " + e.en(),
                "1.一种面向离散制造" + line[0] + "的生产调度方法，其特征在于，包括采集设备状态和工单数据、求解作业排程和下发排程步骤。",
                claims("A production scheduling method for a " + line[1] + ", comprising collecting machine states and work orders, solving a "
                                + "job schedule with a genetic algorithm and dispatching it to stations and AGVs.", "The method",
                        List.of("rescheduling is triggered by a machine breakdown", "the chromosome encodes operation order and machine",
                                "the schedule is published over OPC UA"), r),
                description("manufacturing systems", line[1], r),
                List.of("G05B19/418", "G06Q10/06"), List.of("G05B19/41865", "G06Q10/0631", "Y02P90/02"), null,
                List.of("smart-production-systems"));
    }

    private static Text weldingRobot(Rng r) {
        boolean welding = r.chance(0.6);
        String robot = welding ? "焊接机器人" : "搬运机器人";
        String robotEn = welding ? "welding robot" : "handling robot";
        Effect e = effects(List.of(
                welding ? new Effect("提高了焊缝跟踪精度和焊接质量", "improves the seam tracking accuracy and the welding quality")
                        : new Effect("提高了抓取定位精度和搬运效率", "improves the picking accuracy and handling efficiency"),
                new Effect("降低了工人劳动强度", "reduces the labor intensity of workers"),
                new Effect("适应性强，可靠性高", "adapts well and is highly reliable")),
                List.of(), 0, r);
        return new Text(Topic.WELDING_ROBOT.id,
                "一种基于视觉引导的" + robot + "作业方法",
                "Vision-guided operating method for a " + robotEn,
                "本发明公开了一种基于视觉引导的" + robot + "作业方法，由线结构光传感器获取" + (welding ? "焊缝" : "工件") + "三维点云，"
                        + "提取特征点并转换至机器人基坐标系，实时修正机器人作业轨迹。" + e.zh(),
                "A vision-guided operating method for a " + robotEn + " takes a 3D point cloud of the " + (welding ? "weld seam" : "workpiece")
                        + " with a line structured-light sensor, extracts feature points, transforms them into the robot base frame and corrects "
                        + "the robot path in real time. " + e.en(),
                "1.一种基于视觉引导的" + robot + "作业方法，其特征在于，包括获取三维点云、提取特征点、坐标转换和实时修正作业轨迹步骤。",
                claims("A method for operating a " + robotEn + ", comprising acquiring a 3D point cloud with a structured-light sensor, "
                                + "extracting feature points, transforming them into the robot base frame and correcting the robot path.",
                        "The method",
                        List.of("the hand-eye calibration uses a sphere target", "the feature points are fitted by RANSAC",
                                "the correction is sent every 12 ms"), r),
                description("robot applications", robotEn, r),
                welding ? List.of("B23K37/02", "B25J11/00", "B23K9/127") : List.of("B25J9/16", "B65G47/90"),
                welding ? List.of("B23K37/0252", "B25J11/005") : List.of("B25J9/1697", "B65G47/90"), null,
                welding ? List.of("robot-applications", "industrial-robots")
                        : List.of("robot-applications", "industrial-robots", "controllers-sensors"));
    }
}
