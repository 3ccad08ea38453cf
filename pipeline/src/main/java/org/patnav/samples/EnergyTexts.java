package org.patnav.samples;

import static org.patnav.samples.Templates.capitalise;
import static org.patnav.samples.Templates.claims;
import static org.patnav.samples.Templates.description;
import static org.patnav.samples.Templates.effects;

import java.util.List;
import org.patnav.samples.Templates.Effect;
import org.patnav.samples.Templates.Kind;
import org.patnav.samples.Templates.Text;

/**
 * Texts of the new-energy topics, along {@code chains/new-energy.yaml}: battery materials, solar, wind and
 * hydrogen upstream; batteries, motors and their control (the 三电) midstream; vehicles and their thermal
 * management, charging and swapping, and storage downstream.
 */
final class EnergyTexts {

    private EnergyTexts() {
    }

    private static final String[][] CATHODES = {{"高镍三元", "high-nickel ternary"},
        {"磷酸锰铁锂", "lithium manganese iron phosphate"}, {"富锂锰基", "lithium-rich manganese-based"}};
    private static final String[][] DOPANTS = {{"铝", "aluminum"}, {"镁", "magnesium"}, {"钛", "titanium"},
        {"锆", "zirconium"}};

    static Text write(Topic topic, Kind kind, Rng r) {
        return switch (topic) {
            case CATHODE_MATERIAL -> cathode(r);
            case SOLID_ELECTROLYTE -> solidElectrolyte(r);
            case PV_CELL -> pvCell(r);
            case PV_BRACKET -> Templates.device(topic.id, "一种光伏组件安装支架", "Mounting bracket for photovoltaic modules",
                    List.of("H02S20/30"), List.of("H02S20/30", "Y02E10/50"), "立柱、可调斜梁和压块",
                    "posts, an adjustable inclined beam and clamping blocks",
                    new Effect("安装角度可调，抗风性能好", "allows the tilt angle to be adjusted and resists wind"),
                    List.of("photovoltaics"), r);
            case WIND_TURBINE -> wind(kind, r);
            case ELECTROLYSER -> electrolyser(r);
            case HYDROGEN_STORAGE -> hydrogenStorage(kind, r);
            case FUEL_CELL -> fuelCell(r);
            case BATTERY_PACK -> batteryPack(r);
            case BATTERY_MANAGEMENT -> batteryManagement(r);
            case DRIVE_MOTOR -> driveMotor(kind, r);
            case MOTOR_CONTROL -> motorControl(r);
            case VEHICLE_CONTROL -> r.chance(0.5) ? hybridControl(r) : regenerativeBraking(r);
            case THERMAL_MANAGEMENT -> thermal(kind, r);
            case CHARGING_CONTROL -> chargingControl(r);
            case CHARGING_PILE -> Templates.device(topic.id, "一种电动汽车充电桩", "Charging pile for electric vehicles",
                    List.of("B60L53/31"), List.of("B60L53/31", "Y02T90/12"), "桩体、充电枪、液冷线缆和散热风道",
                    "a pile body, a charging gun, a liquid-cooled cable and a cooling air duct",
                    r.pick(List.of(new Effect("散热效果好，充电功率高", "dissipates heat well and allows a high charging power"),
                            new Effect("支持快速充电，安全可靠", "supports fast charging and is safe and reliable"))),
                    List.of("charging-swapping"), r);
            case BATTERY_SWAP -> batterySwap(kind, r);
            case GRID_STORAGE -> gridStorage(r);
            case CHARGER_DESIGN -> Templates.design(topic.id, "电动汽车充电桩", "Charging pile for electric vehicles", "用于为电动汽车充电",
                    "13-03", List.of("charging-swapping"));
            default -> throw new IllegalArgumentException(topic.id + " is not a new-energy topic");
        };
    }

    // ---- upstream: battery materials, solar, wind, hydrogen -------------------------------------------

    private static Text cathode(Rng r) {
        String[] cathode = r.pick(CATHODES);
        String[] dopant = r.pick(DOPANTS);
        Effect e = effects(List.of(
                new Effect(dopant[0] + "掺杂稳定了材料的层状结构，所制锂离子电池循环" + r.between(800, 2000) + "次后容量保持率高于90%",
                        "stabilizes the layered structure, and lithium-ion batteries made with the material keep more than 90% of their "
                                + "capacity after many cycles"),
                new Effect("提高了材料的比容量和能量密度", "raises the specific capacity and the energy density"),
                new Effect("提高了电池的安全性", "improves the safety of the battery")),
                List.of(new Effect("高镍材料表面残碱高，现有包覆工艺难以提高循环性能", "high-nickel materials carry much residual alkali "
                        + "and existing coatings fail to improve the cycle performance")), 0.25, r);
        return new Text(Topic.CATHODE_MATERIAL.id,
                "一种" + dopant[0] + "掺杂" + cathode[0] + "正极材料及其制备方法和锂离子电池",
                capitalise(dopant[1]) + "-doped " + cathode[1] + " cathode material, preparation method thereof and lithium-ion battery",
                "本发明公开了一种" + dopant[0] + "掺杂" + cathode[0] + "正极材料及其制备方法，通过共沉淀法制备前驱体，再与锂源和" + dopant[0]
                        + "源混合烧结得到正极材料。" + e.zh(),
                "The invention discloses a " + dopant[1] + "-doped " + cathode[1] + " cathode material and its preparation: a precursor made by "
                        + "co-precipitation is mixed with a lithium source and a " + dopant[1] + " source and sintered. " + e.en(),
                "1.一种" + dopant[0] + "掺杂" + cathode[0] + "正极材料的制备方法，其特征在于，包括：共沉淀制备前驱体；将前驱体与锂源、" + dopant[0]
                        + "源混合后烧结。",
                claims("A method for preparing a " + dopant[1] + "-doped " + cathode[1] + " cathode material, comprising: preparing a precursor "
                                + "by co-precipitation; mixing the precursor with a lithium source and a " + dopant[1] + " source; and sintering the mixture.",
                        "The method",
                        List.of("the sintering temperature is 750 to 900 degrees Celsius", "the doping amount is 0.1 to 2 mol%",
                                "a lithium-ion battery comprises the cathode material"), r),
                description("lithium-ion battery", cathode[1], r),
                List.of("H01M4/525", "H01M4/505", "H01M10/0525"), List.of("H01M4/525", "H01M10/0525", "Y02E60/10"), null,
                List.of("battery-materials", "batteries"));
    }

    private static Text solidElectrolyte(Rng r) {
        Effect e = effects(List.of(
                new Effect("室温离子电导率达到" + r.between(3, 12) + "mS/cm，与锂金属负极界面稳定", "reaches an ionic conductivity of several "
                        + "mS/cm at room temperature with a stable interface to lithium metal anodes"),
                new Effect("提高了全固态电池的能量密度和安全性", "raises the energy density and the safety of all-solid-state batteries"),
                new Effect("降低了界面阻抗", "lowers the interface impedance")),
                List.of(new Effect("液态电解液易燃，无法提高电池的安全性", "liquid electrolytes are flammable and cannot make batteries safer")),
                0.3, r);
        return new Text(Topic.SOLID_ELECTROLYTE.id,
                "一种硫化物固态电解质及全固态锂电池",
                "Sulfide solid electrolyte and all-solid-state lithium battery",
                "本发明公开了一种硫化物固态电解质，其化学式为Li6PS5Cl1-xBrx，采用球磨与低温退火制备，可用于全固态锂电池。" + e.zh(),
                "The invention discloses a sulfide solid electrolyte of formula Li6PS5Cl(1-x)Br(x), made by ball milling and low-temperature "
                        + "annealing, for all-solid-state lithium batteries. " + e.en(),
                "1.一种硫化物固态电解质，其特征在于，化学式为Li6PS5Cl1-xBrx，其中0<x<1。",
                claims("A sulfide solid electrolyte having the formula Li6PS5Cl(1-x)Br(x), wherein 0 < x < 1.",
                        "The sulfide solid electrolyte",
                        List.of("it is prepared by ball milling followed by annealing at 300 to 450 degrees Celsius",
                                "its ionic conductivity at room temperature is at least 3 mS/cm",
                                "an all-solid-state lithium battery comprises the sulfide solid electrolyte"), r),
                description("solid-state battery", "sulfide electrolytes", r),
                List.of("H01M10/0562", "H01M10/052"), List.of("H01M10/0562", "H01M2300/0068", "Y02E60/10"), null,
                List.of("battery-materials", "batteries"));
    }

    private static Text pvCell(Rng r) {
        String[] cell = r.pick(new String[][] {{"TOPCon", "TOPCon", "H01L31/0216"}, {"异质结", "heterojunction", "H01L31/0747"},
            {"钙钛矿/晶硅叠层", "perovskite/silicon tandem", "H01L31/078"}});
        Effect e = effects(List.of(
                new Effect("提高了电池的光电转换效率", "improves the photoelectric conversion efficiency of the cell"),
                new Effect("工艺步骤少，降低了制造成本", "needs fewer steps and lowers the manufacturing cost"),
                new Effect("钝化效果好，组件衰减小，使用寿命长", "passivates well, degrades little and lasts long")),
                List.of(new Effect("现有PERC电池受背面复合限制，难以提高转换效率", "PERC cells are limited by rear recombination and "
                        + "cannot raise the conversion efficiency further")), 0.3, r);
        return new Text(Topic.PV_CELL.id,
                "一种" + cell[0] + "太阳能电池及其制备方法",
                capitalise(cell[1]) + " solar cell and preparation method thereof",
                "本发明公开了一种" + cell[0] + "太阳能电池的制备方法，包括制绒、" + (cell[0].equals("TOPCon") ? "隧穿氧化层与掺杂多晶硅沉积" : "非晶硅钝化层沉积")
                        + "、透明导电膜沉积和低温银浆金属化步骤。" + e.zh(),
                "The invention discloses a method for making a " + cell[1] + " solar cell, comprising texturing, depositing "
                        + (cell[0].equals("TOPCon") ? "a tunnel oxide and doped polysilicon" : "amorphous silicon passivation layers")
                        + ", depositing a transparent conductive film and low-temperature silver metallization. " + e.en(),
                "1.一种" + cell[0] + "太阳能电池的制备方法，其特征在于，包括制绒、钝化层沉积、透明导电膜沉积和金属化步骤。",
                claims("A method for making a " + cell[1] + " solar cell, comprising texturing a silicon wafer, depositing a passivation layer, "
                                + "depositing a transparent conductive film and metallizing.", "The method",
                        List.of("the wafer is n-type monocrystalline silicon", "the film is indium tin oxide 80 nm thick",
                                "the silver paste cures below 200 degrees Celsius"), r),
                description("photovoltaics", cell[1] + " cells", r),
                List.of("H01L31/18", cell[2]), List.of("H10F71/00", "Y02E10/50", "Y02P70/50"), null,
                List.of("photovoltaics"));
    }

    private static Text wind(Kind kind, Rng r) {
        List<String> branches = List.of("wind-power");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.WIND_TURBINE.id, "一种风力发电机组偏航制动装置", "Yaw brake device for a wind turbine",
                    List.of("F03D7/02", "F03D80/00"), List.of("F03D7/0204", "Y02E10/72"), "制动盘、液压制动钳和摩擦片磨损检测器",
                    "a brake disc, hydraulic calipers and a pad wear detector",
                    new Effect("制动平稳，降低了偏航噪声", "brakes smoothly and reduces yaw noise"), branches, r);
        }
        Effect e = effects(List.of(
                new Effect("降低了叶片和塔筒的疲劳载荷及振动", "reduces the fatigue loads and vibration of the blades and tower"),
                new Effect("提高了机组的发电效率", "improves the power generation efficiency of the turbine"),
                new Effect("延长了变桨轴承的寿命", "extends the life of the pitch bearings")),
                List.of(new Effect("统一变桨控制无法降低风切变引起的不平衡载荷", "collective pitch control cannot reduce the unbalanced "
                        + "loads caused by wind shear")), 0.3, r);
        return new Text(Topic.WIND_TURBINE.id, "一种风力发电机组独立变桨控制方法",
                "Individual pitch control method for a wind turbine",
                "本发明公开了一种风力发电机组独立变桨控制方法，根据叶根载荷传感器信号经坐标变换解耦出倾覆和偏航力矩，分别计算各叶片的附加桨距角叠加于统一变桨指令。"
                        + e.zh(),
                "An individual pitch control method for a wind turbine decouples tilt and yaw moments from blade root load sensors by a coordinate "
                        + "transformation and adds a pitch angle per blade to the collective pitch command. " + e.en(),
                "1.一种风力发电机组独立变桨控制方法，其特征在于，包括采集叶根载荷、坐标变换解耦和计算各叶片附加桨距角步骤。",
                claims("An individual pitch control method for a wind turbine, comprising measuring blade root loads, decoupling tilt and yaw "
                                + "moments by a coordinate transformation and adding a pitch angle per blade.", "The method",
                        List.of("the transformation is the Coleman transformation", "the controller is a PI controller with gain scheduling",
                                "the added angle is limited to 2 degrees"), r),
                description("wind power", "pitch control", r),
                List.of("F03D7/02", "F03D7/04"), List.of("F03D7/0224", "Y02E10/72"), null, branches);
    }

    private static Text electrolyser(Rng r) {
        Effect e = effects(List.of(
                new Effect("降低了析氢过电位和电解能耗", "lowers the hydrogen overpotential and the electrolysis energy consumption"),
                new Effect("电极稳定性好，寿命长", "gives a stable electrode of long life"),
                new Effect("原料廉价，成本低", "uses cheap raw materials at a low cost")),
                List.of(new Effect("贵金属催化剂成本高，难以降低制氢成本", "noble metal catalysts are costly and fail to reduce the cost "
                        + "of hydrogen")), 0.3, r);
        return new Text(Topic.ELECTROLYSER.id, "一种碱性电解水制氢用泡沫镍基析氢电极及其制备方法",
                "Nickel-foam hydrogen evolution electrode for alkaline water electrolysis and preparation method thereof",
                "本发明公开了一种碱性电解水制氢用析氢电极，以泡沫镍为基底，经水热生长NiMo合金纳米阵列并低温磷化制得，用于绿氢制备。" + e.zh(),
                "The invention discloses a hydrogen evolution electrode for alkaline water electrolysis: NiMo nanoarrays are grown "
                        + "hydrothermally on nickel foam and phosphated at low temperature, for green hydrogen production. " + e.en(),
                "1.一种碱性电解水制氢用析氢电极的制备方法，其特征在于，包括在泡沫镍上水热生长NiMo合金纳米阵列和低温磷化步骤。",
                claims("A method for preparing a hydrogen evolution electrode for alkaline water electrolysis, comprising growing NiMo nanoarrays "
                                + "on nickel foam hydrothermally and phosphating them at low temperature.", "The method",
                        List.of("the hydrothermal step runs at 150 degrees Celsius for 6 hours", "the phosphating uses sodium hypophosphite",
                                "the overpotential at 10 mA/cm2 is below 60 mV"), r),
                description("water electrolysis", "hydrogen evolution electrodes", r),
                List.of("C25B1/04", "C25B11/091"), List.of("C25B1/04", "Y02E60/36"), null,
                List.of("hydrogen/hydrogen-production"));
    }

    private static Text hydrogenStorage(Kind kind, Rng r) {
        List<String> branches = List.of("hydrogen/hydrogen-storage");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.HYDROGEN_STORAGE.id, "一种车载储氢瓶组的瓶口阀", "Cylinder valve for vehicle hydrogen storage",
                    List.of("F17C13/04", "F17C1/06"), List.of("F17C13/04", "F17C2221/012"), "阀体、电磁截止阀、温度驱动安全泄放装置和过流保护阀",
                    "a valve body, a solenoid shut-off valve, a thermally activated relief device and an excess-flow valve",
                    new Effect("用于燃料电池汽车，密封可靠，提高了储氢系统的安全性",
                            "serves fuel cell vehicles, seals reliably and makes the hydrogen system safer"), branches, r);
        }
        boolean station = r.chance(0.5);
        Effect e = effects(List.of(
                new Effect("提高了加注速度，降低了能耗", "fills faster and reduces the energy consumption"),
                new Effect("提高了储氢系统的安全性", "makes the hydrogen system safer"),
                new Effect("减轻了储氢瓶重量，提高了储氢密度", "reduces the weight of the cylinder and raises the storage density")),
                List.of(), 0, r);
        if (station) {
            return new Text(Topic.HYDROGEN_STORAGE.id, "一种加氢站的氢气分级加注控制方法",
                    "Cascade filling control method for a hydrogen refueling station",
                    "本发明公开了一种加氢站的氢气分级加注控制方法，根据燃料电池汽车车载储氢瓶的压力和温度，在高、中、低压储氢罐间切换取气并控制加注速率。" + e.zh(),
                    "A cascade filling method for a hydrogen refueling station switches between high, medium and low pressure storage banks and "
                            + "controls the filling rate from the pressure and temperature of the fuel cell vehicle's hydrogen cylinder. " + e.en(),
                    "1.一种加氢站的氢气分级加注控制方法，其特征在于，包括检测车载储氢瓶压力和温度、切换储氢罐取气和控制加注速率步骤。",
                    claims("A method for filling hydrogen at a hydrogen refueling station, comprising measuring the pressure and temperature of "
                                    + "a vehicle cylinder, switching between storage banks and controlling the filling rate.", "The method",
                            List.of("the filling follows SAE J2601", "the hydrogen is precooled to minus 40 degrees Celsius",
                                    "the banks are at 45, 35 and 20 MPa"), r),
                    description("hydrogen refueling", "cascade filling", r),
                    List.of("F17C5/06", "F17C13/02"), List.of("F17C5/06", "F17C2221/012", "Y02E60/32"), null, branches);
        }
        return new Text(Topic.HYDROGEN_STORAGE.id, "一种车载IV型高压储氢气瓶及其制备方法",
                "Type IV high-pressure hydrogen cylinder for vehicles and preparation method thereof",
                "本发明公开了一种车载IV型高压储氢气瓶，包括高密度聚乙烯内胆、碳纤维缠绕层和金属瓶口阀座，用于燃料电池汽车，工作压力70MPa。" + e.zh(),
                "A type IV high-pressure hydrogen cylinder comprises a polyethylene liner, a carbon fiber winding layer and a metal boss, for fuel "
                        + "cell vehicles at 70 MPa. " + e.en(),
                "1.一种车载IV型高压储氢气瓶，其特征在于，包括高密度聚乙烯内胆、碳纤维缠绕层和金属瓶口阀座。",
                claims("A hydrogen cylinder for a vehicle, comprising a polyethylene liner, a carbon fiber winding layer and a metal boss.",
                        "The cylinder",
                        List.of("the working pressure is 70 MPa", "the winding combines hoop and helical layers",
                                "the boss is sealed by two O-rings"), r),
                description("hydrogen storage", "pressure vessels", r),
                List.of("F17C1/06", "F17C1/16"), List.of("F17C1/06", "F17C2221/012", "Y02E60/32"), null, branches);
    }

    private static Text fuelCell(Rng r) {
        Effect e = effects(List.of(
                new Effect("接触电阻低、耐腐蚀", "has a low contact resistance and resists corrosion"),
                new Effect("延长了电堆的使用寿命", "extends the service life of the stack"),
                new Effect("减轻了电堆重量，提高了功率密度", "reduces the stack weight and raises the power density")),
                List.of(new Effect("石墨双极板脆且厚，难以提高功率密度", "graphite bipolar plates are brittle and thick and cannot raise "
                        + "the power density")), 0.3, r);
        return new Text(Topic.FUEL_CELL.id,
                "一种燃料电池金属双极板及其制备方法",
                "Metal bipolar plate for fuel cells and preparation method thereof",
                "本发明公开了一种燃料电池金属双极板，以不锈钢薄板冲压成形流场，表面沉积碳基导电耐蚀涂层，适用于车用质子交换膜燃料电池电堆。" + e.zh(),
                "A metal bipolar plate for fuel cells has a flow field stamped in thin stainless steel sheet and a carbon-based conductive, "
                        + "corrosion-resistant coating, for proton exchange membrane fuel cell stacks of vehicles. " + e.en(),
                "1.一种燃料电池金属双极板，其特征在于，包括冲压成形流场的不锈钢基板和沉积于其表面的碳基涂层。",
                claims("A metal bipolar plate for a fuel cell, comprising a stainless steel substrate with a stamped flow field and a carbon-based "
                                + "coating deposited on its surface.",
                        "The metal bipolar plate",
                        List.of("the substrate is 0.1 mm thick", "the coating is deposited by magnetron sputtering",
                                "a fuel cell stack comprises the metal bipolar plate"), r),
                description("fuel cell", "bipolar plates", r),
                List.of("H01M8/0228", "H01M8/021", "H01M8/1004"), List.of("H01M8/0228", "H01M8/021", "Y02E60/50"), null,
                List.of("hydrogen/fuel-cells"));
    }

    // ---- midstream: batteries, motors, electronic control ---------------------------------------------

    /** A pack housing; whether the cooling plate earns the thermal class decides if the chain sees its thermal management. */
    private static Text batteryPack(Rng r) {
        boolean thermalClass = r.chance(0.5);
        return Templates.device(Topic.BATTERY_PACK.id, "一种电池包箱体", "Battery pack housing",
                thermalClass ? List.of("H01M50/204", "H01M10/6556") : List.of("H01M50/204"),
                List.of("H01M50/204", "Y02E60/10"), "上盖、下箱体、液冷板和防爆阀",
                "an upper cover, a lower box, a liquid cooling plate and an explosion-proof valve",
                r.pick(List.of(new Effect("结构紧凑，热管理效果好", "is compact and manages heat well"),
                        new Effect("重量轻，散热效果好", "is light and dissipates heat well"),
                        new Effect("提高了电池包的安全性", "makes the pack safer"))),
                List.of("batteries", "vehicles-thermal-management/thermal-management"), r);
    }

    private static Text batteryManagement(Rng r) {
        Effect e = effects(List.of(
                new Effect("提高了荷电状态估计精度", "improves the accuracy of the state-of-charge estimate"),
                new Effect("延长了电池组的循环寿命", "extends the cycle life of the pack"),
                new Effect("算法计算量小，可靠性高", "computes little and is reliable")),
                List.of(new Effect("安时积分法误差随时间累积，难以提高估计精度", "coulomb counting accumulates errors over time and "
                        + "cannot improve the accuracy")), 0.35, r);
        return new Text(Topic.BATTERY_MANAGEMENT.id,
                "一种动力电池荷电状态估计方法及电池管理系统",
                "State-of-charge estimation method for power batteries and battery management system",
                "本发明公开了一种动力电池荷电状态估计方法，建立二阶RC等效电路模型，以遗忘因子递推最小二乘法在线辨识模型参数，并采用自适应扩展卡尔曼滤波估计荷电状态。"
                        + e.zh(),
                "A state-of-charge estimation method for power batteries builds a second-order RC equivalent circuit model, identifies its "
                        + "parameters online by recursive least squares with a forgetting factor and estimates the state of charge with an "
                        + "adaptive extended Kalman filter. " + e.en(),
                "1.一种动力电池荷电状态估计方法，其特征在于，包括建立二阶RC等效电路模型、在线辨识模型参数和自适应扩展卡尔曼滤波估计荷电状态步骤。",
                claims("A method for estimating the state of charge of a power battery, comprising building a second-order RC model, identifying "
                                + "its parameters online and estimating the state of charge with an adaptive extended Kalman filter.", "The method",
                        List.of("the forgetting factor is 0.98", "the open-circuit voltage curve is fitted by a polynomial",
                                "cell balancing starts above 20 mV of imbalance"), r),
                description("battery management", "state of charge", r),
                List.of("H01M10/48", "G01R31/367", "B60L58/12"), List.of("H01M10/48", "G01R31/367", "B60L58/12", "Y02E60/10"), null,
                List.of("batteries/battery-management"));
    }

    private static Text driveMotor(Kind kind, Rng r) {
        List<String> branches = List.of("electric-motors");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.DRIVE_MOTOR.id, "一种新能源汽车驱动电机油冷定子", "Oil-cooled stator for the drive motor of a new energy vehicle",
                    List.of("H02K9/19", "H02K1/20"), List.of("H02K9/19", "Y02T10/64"), "定子铁芯、扁线绕组和喷油环",
                    "a stator core, hairpin windings and an oil spray ring",
                    new Effect("散热快，提高了电机功率密度", "cools quickly and raises the power density of the motor"), branches, r);
        }
        Effect e = effects(List.of(
                new Effect("减轻了簧下质量，提高了车辆续航里程", "reduces the unsprung mass and increases the driving range"),
                new Effect("结构紧凑，传动效率高", "is compact and transmits efficiently"),
                new Effect("降低了电机噪声", "reduces the motor noise")),
                List.of(), 0, r);
        return new Text(Topic.DRIVE_MOTOR.id, "一种电动汽车轮毂电机驱动总成",
                "In-wheel motor drive assembly for electric vehicles",
                "本发明公开了一种电动汽车轮毂电机驱动总成，包括外转子永磁电机、行星齿轮减速机构、制动器和轮毂轴承单元，电机集成于车轮内部。" + e.zh(),
                "An in-wheel motor drive assembly for electric vehicles comprises an outer-rotor permanent magnet motor, a planetary reduction gear, "
                        + "a brake and a hub bearing unit, the motor sitting inside the wheel. " + e.en(),
                "1.一种电动汽车轮毂电机驱动总成，其特征在于，包括外转子永磁电机、行星齿轮减速机构、制动器和轮毂轴承单元。",
                claims("An in-wheel motor drive assembly for an electric vehicle, comprising an outer-rotor permanent magnet motor, a planetary "
                                + "reduction gear, a brake and a hub bearing unit.", "The drive assembly",
                        List.of("the reduction ratio is 4.5", "the brake is a drum brake", "the motor is cooled by water"), r),
                description("electric vehicles", "in-wheel motors", r),
                List.of("B60K7/00", "H02K7/116"), List.of("B60K7/0007", "B60K2007/0038"), null, branches);
    }

    private static Text motorControl(Rng r) {
        Effect e = effects(List.of(
                new Effect("降低了转矩脉动和电机噪声", "reduces torque ripple and motor noise"),
                new Effect("提高了电机控制器的效率", "improves the efficiency of the motor controller"),
                new Effect("运行可靠，安全性高", "runs reliably and safely")),
                List.of(new Effect("查表法标定工作量大，且无法抑制弱磁区转矩脉动", "look-up tables take long calibration and cannot "
                        + "suppress torque ripple in field weakening")), 0.3, r);
        return new Text(Topic.MOTOR_CONTROL.id,
                "一种电动汽车驱动电机控制器的转矩控制方法",
                "Torque control method for the motor controller of an electric vehicle",
                "本发明公开了一种电动汽车驱动电机控制器的转矩控制方法，基于最大转矩电流比和弱磁控制生成dq轴电流指令，并以模型预测控制实现电流闭环。" + e.zh(),
                "A torque control method for the motor controller of an electric vehicle generates d-q current commands by maximum torque per "
                        + "ampere and field weakening and closes the current loop by model predictive control. " + e.en(),
                "1.一种电动汽车驱动电机控制器的转矩控制方法，其特征在于，包括生成dq轴电流指令和模型预测电流控制步骤。",
                claims("A torque control method for a motor controller of an electric vehicle, comprising generating d-q axis current commands and "
                                + "controlling the currents by model predictive control.", "The method",
                        List.of("the switching frequency is 10 kHz", "the dead-time is compensated", "the inverter uses SiC MOSFETs"), r),
                description("motor control", "traction inverters", r),
                List.of("B60L15/20", "H02P21/22"), List.of("B60L15/20", "H02P21/22", "Y02T10/64"), null,
                List.of("electronic-control"));
    }

    private static Text hybridControl(Rng r) {
        Effect e = effects(List.of(
                new Effect("降低了整车油耗", "reduces the fuel consumption of the vehicle"),
                new Effect("延长了纯电续航里程", "extends the all-electric driving range")),
                List.of(), 0, r);
        return new Text(Topic.VEHICLE_CONTROL.id,
                "一种插电式混合动力汽车的能量管理方法",
                "Energy management method for plug-in hybrid vehicles",
                "本发明公开了一种插电式混合动力汽车的能量管理方法，根据导航路况预测需求功率，以等效燃油消耗最小为目标在线分配发动机与电机的转矩。" + e.zh(),
                "An energy management method for plug-in hybrid vehicles predicts the power demand from the navigation route and splits the torque "
                        + "between engine and motor online to minimize the equivalent fuel consumption. " + e.en(),
                "1.一种插电式混合动力汽车的能量管理方法，其特征在于，包括预测需求功率和以等效燃油消耗最小为目标分配转矩步骤。",
                claims("An energy management method for a plug-in hybrid vehicle, comprising predicting the power demand and splitting the torque "
                                + "between engine and motor to minimize the equivalent fuel consumption.", "The method",
                        List.of("the equivalence factor adapts to the battery state of charge", "the prediction horizon is 10 s",
                                "the engine runs only above 30 kW"), r),
                description("hybrid vehicles", "energy management", r),
                List.of("B60W20/12", "B60K6/442"), List.of("B60W20/12", "Y02T10/62"), null,
                List.of("vehicles-thermal-management/vehicles", "electronic-control"));
    }

    /**
     * The vehicle control unit's braking logic: vehicle control (电控) by what it does, though its classes
     * (B60L7, B60W30) are not those the chain's electronic-control query names.
     */
    private static Text regenerativeBraking(Rng r) {
        Effect e = effects(List.of(
                new Effect("提高了制动能量回收率，延长了续航里程", "recovers more braking energy and extends the driving range"),
                new Effect("保证了制动安全性和舒适性", "keeps braking safe and comfortable")),
                List.of(new Effect("固定比例的复合制动难以提高能量回收率", "a fixed split between friction and regenerative braking "
                        + "cannot raise the recovered energy")), 0.3, r);
        return new Text(Topic.VEHICLE_CONTROL.id,
                "一种纯电动汽车的制动能量回收控制方法",
                "Braking energy recovery control method for battery electric vehicles",
                "本发明公开了一种纯电动汽车的制动能量回收控制方法，整车控制器根据制动踏板开度、车速和电池荷电状态分配电机再生制动力与液压摩擦制动力。" + e.zh(),
                "A braking energy recovery method for battery electric vehicles has the vehicle control unit split the braking force between "
                        + "regenerative motor braking and hydraulic friction braking by pedal travel, speed and battery state of charge. " + e.en(),
                "1.一种纯电动汽车的制动能量回收控制方法，其特征在于，由整车控制器根据制动踏板开度、车速和电池荷电状态分配再生制动力与摩擦制动力。",
                claims("A braking energy recovery control method for a battery electric vehicle, comprising splitting the braking force between "
                                + "regenerative and friction braking by pedal travel, vehicle speed and battery state of charge.", "The method",
                        List.of("regeneration stops below 5 km/h", "the split follows the ECE R13 braking curve",
                                "regeneration is limited above 95% state of charge"), r),
                description("electric vehicles", "regenerative braking", r),
                List.of("B60L7/18", "B60W30/18"), List.of("B60L7/18", "B60L2240/423", "Y02T10/64"), null,
                List.of("vehicles-thermal-management/vehicles", "electronic-control"));
    }

    private static Text thermal(Kind kind, Rng r) {
        List<String> branches = List.of("vehicles-thermal-management/thermal-management", "batteries");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.THERMAL_MANAGEMENT.id, "一种动力电池液冷板", "Liquid cooling plate for power batteries",
                    List.of("H01M10/6556", "H01M10/613"), List.of("H01M10/6556", "Y02E60/10"), "铝合金冷板、蛇形流道和进出液接头",
                    "an aluminium alloy plate, a serpentine channel and inlet and outlet connectors",
                    new Effect("温度均匀性好，散热效果好", "keeps temperatures even and dissipates heat well"), branches, r);
        }
        boolean heatPump = r.chance(0.4);
        Effect e = effects(List.of(
                new Effect("降低了冬季采暖能耗，提高了续航里程", "reduces the heating energy in winter and increases the driving range"),
                new Effect("电池温差小于3℃，延长了电池寿命", "keeps the cells within 3 degrees Celsius and extends the battery life"),
                new Effect("提高了电池包的安全性", "makes the pack safer")),
                List.of(new Effect("PTC加热能耗高，难以提高冬季续航", "PTC heating uses much energy and cannot keep the winter range up")),
                0.3, r);
        if (heatPump) {
            return new Text(Topic.THERMAL_MANAGEMENT.id, "一种新能源汽车热泵空调与电池热管理集成系统",
                    "Integrated heat pump air conditioning and battery thermal management system for new energy vehicles",
                    "本发明公开了一种新能源汽车热泵空调与电池热管理集成系统，包括电动压缩机、车内外换热器、电池冷却器和八通阀，回收电机余热用于乘员舱采暖。" + e.zh(),
                    "An integrated system for new energy vehicles comprises an electric compressor, interior and exterior heat exchangers, a battery "
                            + "chiller and an eight-way valve, and recovers motor waste heat to heat the cabin. " + e.en(),
                    "1.一种新能源汽车热泵空调与电池热管理集成系统，其特征在于，包括电动压缩机、车内换热器、车外换热器、电池冷却器和八通阀。",
                    claims("A heat pump and battery thermal management system for a new energy vehicle, comprising an electric compressor, "
                                    + "heat exchangers, a battery chiller and an eight-way valve.", "The system",
                            List.of("the refrigerant is R744", "motor waste heat is recovered through the chiller",
                                    "the valve switches between six modes"), r),
                    description("vehicle thermal management", "heat pumps", r),
                    List.of("B60H1/32", "B60H1/00", "H01M10/613"), List.of("B60H1/00392", "Y02T10/88"), null, branches);
        }
        return new Text(Topic.THERMAL_MANAGEMENT.id, "一种动力电池液冷热管理系统及控制方法",
                "Liquid-cooled thermal management system for power batteries and control method",
                "本发明公开了一种动力电池液冷热管理系统，包括液冷板、电子水泵、电池冷却器、PTC加热器和控制器，控制器按电芯温度分区调节冷却液流量。" + e.zh(),
                "A liquid-cooled thermal management system for power batteries comprises cooling plates, an electric pump, a chiller, a PTC heater "
                        + "and a controller that sets the coolant flow by zone from the cell temperatures. " + e.en(),
                "1.一种动力电池液冷热管理系统，其特征在于，包括液冷板、电子水泵、电池冷却器、PTC加热器和分区调节冷却液流量的控制器。",
                claims("A thermal management system for a power battery, comprising cooling plates, an electric pump, a chiller, a heater and a "
                                + "controller that sets the coolant flow by zone.", "The system",
                        List.of("the coolant is 50% glycol", "the target temperature is 25 to 35 degrees Celsius",
                                "the plates are brazed aluminium"), r),
                description("battery thermal management", "liquid cooling", r),
                List.of("H01M10/613", "H01M10/625", "H01M10/6568"), List.of("H01M10/613", "H01M10/625", "Y02E60/10"), null, branches);
    }

    // ---- downstream: charging, swapping, storage ----------------------------------------------------

    private static Text chargingControl(Rng r) {
        Effect e = effects(List.of(
                new Effect("在满足用户需求的同时削峰填谷", "meets user demand while shaving peaks and filling valleys"),
                new Effect("降低了用户充电成本", "reduces the charging cost of users"),
                new Effect("提高了配电变压器的利用率，运行可靠", "improves the utilization of the distribution transformer and runs reliably")),
                List.of(new Effect("无序充电使配电网负荷峰谷差增大，难以提高电能质量", "uncoordinated charging widens the load peaks and "
                        + "fails to improve the power quality")), 0.3, r);
        return new Text(Topic.CHARGING_CONTROL.id,
                "一种电动汽车有序充电控制方法及系统",
                "Ordered charging control method and system for electric vehicles",
                "本发明公开了一种电动汽车有序充电控制方法，根据配电变压器负荷预测、电价和用户出行需求，为充电站内各充电桩分配充电功率，并在负荷高峰时调度储能单元放电。"
                        + e.zh(),
                "An ordered charging control method for electric vehicles allocates charging power to the charging piles of a station from a "
                        + "forecast of distribution transformer load, the electricity price and users' travel needs, and discharges a storage unit at "
                        + "peak load. " + e.en(),
                "1.一种电动汽车有序充电控制方法，其特征在于，包括：预测配电变压器负荷；根据负荷预测、电价和用户需求为各充电桩分配充电功率。",
                claims("An ordered charging control method for electric vehicles, comprising: forecasting a distribution transformer load; and "
                                + "allocating charging power to charging piles according to the load forecast, an electricity price and user demand.",
                        "The method",
                        List.of("the allocation is solved as a mixed-integer linear program every 15 minutes",
                                "a battery energy storage unit is discharged at peak load", "the charging piles communicate over OCPP"), r),
                description("vehicle charging", "charging stations", r),
                List.of("B60L53/62", "H02J7/00", "H02J3/32"), List.of("B60L53/62", "H02J7/00", "Y02T10/70", "Y02T90/12"), null,
                List.of("charging-swapping", "energy-storage"));
    }

    private static Text batterySwap(Kind kind, Rng r) {
        List<String> branches = List.of("charging-swapping/battery-swapping");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.BATTERY_SWAP.id, "一种换电站用电池包快换锁止机构", "Quick-change locking mechanism for battery packs at swapping stations",
                    List.of("B60L53/80", "B60S5/06"), List.of("B60L53/80", "Y02T10/70"), "锁座、锁舌、解锁顶杆和到位检测开关",
                    "a lock seat, a latch, an unlocking pin and an in-position switch",
                    new Effect("锁止可靠，换电时间短", "locks reliably and shortens the swap"), branches, r);
        }
        Effect e = effects(List.of(
                new Effect("单次换电时间小于3分钟，提高了换电效率", "swaps a battery in under three minutes and improves the swapping efficiency"),
                new Effect("定位精度高，运行可靠", "positions precisely and runs reliably")),
                List.of(), 0, r);
        return new Text(Topic.BATTERY_SWAP.id, "一种电动汽车底盘换电站及其换电方法",
                "Chassis battery swapping station for electric vehicles and swapping method",
                "本发明公开了一种电动汽车底盘换电站，包括车辆定位平台、换电机器人、电池仓和充电架，换电机器人自车辆底部拆装电池包。" + e.zh(),
                "A chassis battery swapping station for electric vehicles comprises a vehicle positioning platform, a swapping robot, a battery "
                        + "store and charging racks; the robot removes and fits the pack from below the vehicle. " + e.en(),
                "1.一种电动汽车底盘换电站，其特征在于，包括车辆定位平台、换电机器人、电池仓和充电架。",
                claims("A battery swapping station for electric vehicles, comprising a vehicle positioning platform, a swapping robot, a battery "
                                + "store and charging racks.", "The swapping station",
                        List.of("the platform centres the vehicle by rollers", "the robot locates the pack by vision",
                                "the racks charge at 1C"), r),
                description("battery swapping", "swapping stations", r),
                List.of("B60L53/80", "B60S5/06"), List.of("B60L53/80", "Y02T10/70"), null, branches);
    }

    private static Text gridStorage(Rng r) {
        Effect e = effects(List.of(
                new Effect("实现了削峰填谷，平抑了新能源出力波动", "shaves peaks, fills valleys and smooths the fluctuation of renewable output"),
                new Effect("延长了储能电池寿命，降低了运行成本", "extends the life of the storage batteries and lowers the operating cost"),
                new Effect("提高了电网运行的可靠性", "improves the reliability of the grid")),
                List.of(), 0, r);
        String[] plant = r.pick(new String[][] {{"光储", "solar"}, {"风储", "wind"}});
        return new Text(Topic.GRID_STORAGE.id,
                "一种" + plant[0] + "联合电站储能系统的功率调度方法",
                "Power dispatch method for the storage system of a combined " + plant[1] + " and storage plant",
                "本发明公开了一种联合电站储能系统的功率调度方法，根据新能源出力预测和电网调度指令，以储能电池荷电状态和循环次数为约束滚动优化充放电功率。" + e.zh(),
                "A dispatch method for the storage of a combined renewable and storage plant optimizes charge and discharge power on a rolling "
                        + "horizon from the renewable output forecast and the grid dispatch order, constrained by state of charge and cycles. " + e.en(),
                "1.一种联合电站储能系统的功率调度方法，其特征在于，包括预测新能源出力、接收调度指令和滚动优化储能充放电功率步骤。",
                claims("A power dispatch method for an energy storage system of a combined plant, comprising forecasting the renewable output, "
                                + "receiving a dispatch order and optimizing the storage power on a rolling horizon.", "The method",
                        List.of("the horizon is four hours", "the state of charge is kept between 10% and 90%", "the storage uses LFP cells"), r),
                description("energy storage", "grid integration", r),
                List.of("H02J3/32", "H02J3/38"), List.of("H02J3/32", "H02J3/381", "Y02E70/30"), null,
                List.of("energy-storage"));
    }
}
