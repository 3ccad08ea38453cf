package org.patnav.samples;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fixed cast of the sample world: places (with their official division codes, all listed in
 * {@code data-samples/divisions}), fictional Chinese and foreign applicants, and name pools. The
 * real institutions named here (three universities and a hospital) appear only as applicants.
 */
final class Catalog {

    private Catalog() {
    }

    /** Where an applicant sits: Bozhou, elsewhere in Anhui, elsewhere in China. */
    enum Area { BOZHOU, ANHUI, CHINA }

    /**
     * A county-level division and how addresses there are written.
     *
     * @param prefix   the address up to the county, as Chinese addresses start
     * @param cityEn   the city as an English-language address gives it
     */
    record Place(String code, Area area, String prefix, String cityEn, List<String> streets) {
    }

    enum OrgKind { COMPANY, UNIVERSITY, INSTITUTE, HOSPITAL }

    /**
     * A Chinese applicant organisation.
     *
     * @param nameEn      the English name the organisation uses abroad and that Google harmonises
     * @param street      the street of its address (a fixed address, so every filing agrees)
     * @param specialties the topics it files in, when it has a topic of the sector and patent type at hand
     */
    record Org(String nameZh, String nameEn, OrgKind kind, Place place, String street, int houseNumber,
               List<Sector> sectors, List<Topic> specialties) {
        String address() {
            return place.prefix() + street + houseNumber + "号";
        }

        /** Its specialties and, outside its sectors, the near-misses beside them. */
        List<Topic> topics() {
            List<Topic> topics = new ArrayList<>(specialties);
            sectors.forEach(s -> topics.addAll(Topic.nearMisses(s)));
            return topics;
        }
    }

    /** A foreign applicant company, filing in its specialties. */
    record ForeignOrg(String name, String country, String city, String state, List<Sector> sectors,
                      List<Topic> specialties, Optional<ChineseFiler> inChina) {
    }

    /**
     * How a foreign company that files at CNIPA is named there: the Chinese name and address CNIPA prints
     * (the address opens with the country, as 日本国… / 大韩民国…), and the share of its applications it files in
     * China. Foreign holders dense in a branch are the navigation's freedom-to-operate risk (GB/T 39551.3).
     */
    record ChineseFiler(String nameZh, String addressZh, double share) {
    }

    /** A person's name in the script of the source and as Latin (pinyin or romanised) parts. */
    record PersonName(String written, String family, String given) {
        /** Family name first, upper case: how Google writes inventors. */
        String upper() {
            return (family + " " + given).toUpperCase(java.util.Locale.ROOT);
        }
    }

    static final Place QIAOCHENG = new Place("341602", Area.BOZHOU, "安徽省亳州市谯城区", "Bozhou",
            List.of("魏武大道", "药都路", "芍花路", "汤王大道", "亳芜大道"));
    static final Place GUOYANG = new Place("341621", Area.BOZHOU, "安徽省亳州市涡阳县", "Bozhou",
            List.of("老子大道", "星园路", "紫光大道"));
    static final Place MENGCHENG = new Place("341622", Area.BOZHOU, "安徽省亳州市蒙城县", "Bozhou",
            List.of("庄子大道", "漆园路", "经济开发区创新路"));
    static final Place LIXIN = new Place("341623", Area.BOZHOU, "安徽省亳州市利辛县", "Bozhou",
            List.of("人民中路", "工业大道", "向阳路"));
    static final Place SHUSHAN = new Place("340104", Area.ANHUI, "安徽省合肥市蜀山区", "Hefei",
            List.of("长江西路", "黄山路", "望江西路"));
    static final Place BAOHE = new Place("340111", Area.ANHUI, "安徽省合肥市包河区", "Hefei",
            List.of("徽州大道", "屯溪路", "繁华大道"));
    static final Place JIUJIANG = new Place("340207", Area.ANHUI, "安徽省芜湖市鸠江区", "Wuhu",
            List.of("九华北路", "万春东路"));
    static final Place LONGZIHU = new Place("340302", Area.ANHUI, "安徽省蚌埠市龙子湖区", "Bengbu",
            List.of("东海大道", "黄山大道"));
    static final Place YINGZHOU = new Place("341202", Area.ANHUI, "安徽省阜阳市颍州区", "Fuyang",
            List.of("颍州南路", "莲花路"));
    static final Place DONGCHENG = new Place("110101", Area.CHINA, "北京市东城区", "Beijing",
            List.of("东直门内南小街"));
    static final Place HAIDIAN = new Place("110108", Area.CHINA, "北京市海淀区", "Beijing",
            List.of("中关村大街", "学院路", "上地信息路"));
    static final Place PUDONG = new Place("310115", Area.CHINA, "上海市浦东新区", "Shanghai",
            List.of("张江路", "世纪大道", "龙东大道"));
    static final Place NANSHAN = new Place("440305", Area.CHINA, "广东省深圳市南山区", "Shenzhen",
            List.of("深南大道", "科技园南路", "高新中一道"));
    static final Place XIHU = new Place("330106", Area.CHINA, "浙江省杭州市西湖区", "Hangzhou",
            List.of("文三路", "天目山路"));
    static final Place WUHOU = new Place("510107", Area.CHINA, "四川省成都市武侯区", "Chengdu",
            List.of("武侯大道", "人民南路四段"));
    static final Place XUANWU = new Place("320102", Area.CHINA, "江苏省南京市玄武区", "Nanjing",
            List.of("中山路", "珠江路"));
    static final Place HONGSHAN = new Place("420111", Area.CHINA, "湖北省武汉市洪山区", "Wuhan",
            List.of("珞喻路", "光谷大道"));
    static final Place LICHENG = new Place("370112", Area.CHINA, "山东省济南市历城区", "Jinan",
            List.of("工业北路", "华信路"));

    static final List<Place> BOZHOU_PLACES = List.of(QIAOCHENG, GUOYANG, MENGCHENG, LIXIN);
    static final List<Place> ANHUI_PLACES = List.of(SHUSHAN, BAOHE, JIUJIANG, LONGZIHU, YINGZHOU);
    static final List<Place> CHINA_PLACES = List.of(HAIDIAN, PUDONG, NANSHAN, XIHU, WUHOU, XUANWU, HONGSHAN,
            LICHENG);
    static final List<Place> ALL_PLACES = List.of(QIAOCHENG, GUOYANG, MENGCHENG, LIXIN, SHUSHAN, BAOHE, JIUJIANG,
            LONGZIHU, YINGZHOU, DONGCHENG, HAIDIAN, PUDONG, NANSHAN, XIHU, WUHOU, XUANWU, HONGSHAN, LICHENG);

    private static Org org(String zh, String en, OrgKind kind, Place place, String street, int no, List<Sector> sectors,
                           Topic... specialties) {
        return new Org(zh, en, kind, place, street, no, sectors, List.of(specialties));
    }

    private static ForeignOrg foreign(String name, String country, String city, String state, List<Sector> sectors,
                                      Topic... specialties) {
        return new ForeignOrg(name, country, city, state, sectors, List.of(specialties), Optional.empty());
    }

    private static ForeignOrg foreign(String name, ChineseFiler inChina, String country, String city, String state,
                                      List<Sector> sectors, Topic... specialties) {
        return new ForeignOrg(name, country, city, state, sectors, List.of(specialties), Optional.of(inChina));
    }

    private static final List<Sector> TCM = List.of(Sector.TCM);
    private static final List<Sector> EQUIPMENT = List.of(Sector.EQUIPMENT);
    private static final List<Sector> NEW_ENERGY = List.of(Sector.NEW_ENERGY);

    static final Org AHUCM = org("安徽中医药大学", "Anhui University of Chinese Medicine", OrgKind.UNIVERSITY,
            SHUSHAN, "梅山路", 103, TCM, Topic.TCM_QUALITY, Topic.TCM_EXTRACT, Topic.TCM_SEEDLINGS);
    static final Org HFUT = org("合肥工业大学", "Hefei University of Technology", OrgKind.UNIVERSITY,
            BAOHE, "屯溪路", 193, List.of(Sector.EQUIPMENT, Sector.NEW_ENERGY), Topic.CNC_COMPENSATION, Topic.ROBOT_PLANNING,
            Topic.SMART_LINE, Topic.SERVO_DRIVE, Topic.ADDITIVE_MANUFACTURING, Topic.BATTERY_MANAGEMENT, Topic.MOTOR_CONTROL,
            Topic.DRIVE_MOTOR, Topic.VEHICLE_CONTROL);
    static final Org USTC = org("中国科学技术大学", "University of Science and Technology of China",
            OrgKind.UNIVERSITY, BAOHE, "金寨路", 96, List.of(Sector.NEW_ENERGY, Sector.EQUIPMENT), Topic.SOLID_ELECTROLYTE,
            Topic.FUEL_CELL, Topic.ELECTROLYSER, Topic.PV_CELL, Topic.CATHODE_MATERIAL, Topic.ROBOT_PLANNING, Topic.AM_POWDER);
    static final Org BOZHOU_HOSPITAL = org("亳州市人民医院", "Bozhou People's Hospital", OrgKind.HOSPITAL,
            QIAOCHENG, "汤王大道", 616, TCM, Topic.TCM_COMPOSITION, Topic.TCM_PREPARATION);
    static final Org BOZHOU_TCM_INSTITUTE = org("亳州市中药材产业技术研究院",
            "Bozhou Institute of Chinese Herbal Medicine Industry Technology", OrgKind.INSTITUTE,
            QIAOCHENG, "药都路", 58, TCM, Topic.TCM_CULTIVATION, Topic.TCM_SEEDLINGS, Topic.TCM_PREPARATION, Topic.TCM_EXTRACT,
            Topic.TCM_RESIDUE_FERTILISER, Topic.TCM_HARVEST);
    /**
     * Co-applicants of Chinese companies outside Anhui (the Anhui universities partner with Anhui's): a
     * national TCM research institute in Beijing and a university in Wuhan. Real institutions, as applicants only.
     */
    static final Org CACMS_INSTITUTE = org("中国中医科学院中药研究所",
            "Institute of Chinese Materia Medica, China Academy of Chinese Medical Sciences", OrgKind.INSTITUTE,
            DONGCHENG, "东直门内南小街", 16, TCM);
    static final Org HUST = org("华中科技大学", "Huazhong University of Science and Technology", OrgKind.UNIVERSITY,
            HONGSHAN, "珞喻路", 1037, List.of(Sector.EQUIPMENT, Sector.NEW_ENERGY));

    /** Applicant organisations by the area they sit in. */
    static final List<Org> BOZHOU_ORGS = List.of(
            org("亳州市华佗中药饮片有限公司", "Bozhou Huatuo Herbal Pieces Co., Ltd.", OrgKind.COMPANY,
                    QIAOCHENG, "魏武大道", 188, TCM, Topic.TCM_PROCESSING, Topic.TCM_SLICER, Topic.TCM_DRYER, Topic.TCM_HARVEST,
                    Topic.TCM_PACKAGE, Topic.TCM_GRANULES),
            org("亳州药都本草科技有限公司", "Bozhou Yaodu Bencao Technology Co., Ltd.", OrgKind.COMPANY,
                    QIAOCHENG, "药都路", 266, TCM, Topic.TCM_EXTRACT, Topic.TCM_HEALTH_FOOD, Topic.TCM_GRANULES),
            org("安徽芍都药业股份有限公司", "Anhui Shaodu Pharmaceutical Co., Ltd.", OrgKind.COMPANY,
                    QIAOCHENG, "芍花路", 9, TCM, Topic.TCM_COMPOSITION, Topic.TCM_PREPARATION, Topic.TCM_EXTRACT,
                    Topic.TCM_FORMULATION_MACHINE, Topic.TCM_EXTRACTOR),
            BOZHOU_HOSPITAL,
            BOZHOU_TCM_INSTITUTE,
            org("亳州谯城智能装备制造有限公司", "Bozhou Qiaocheng Intelligent Equipment Manufacturing Co., Ltd.",
                    OrgKind.COMPANY, QIAOCHENG, "亳芜大道", 1201, List.of(Sector.EQUIPMENT, Sector.TCM), Topic.SMART_LINE,
                    Topic.GRIPPER, Topic.WELDING_ROBOT, Topic.FIXTURE, Topic.TCM_SLICER, Topic.TCM_DRYER, Topic.TCM_EXTRACTOR,
                    Topic.TCM_FORMULATION_MACHINE),
            org("亳州市新源光伏科技有限公司", "Bozhou Xinyuan Photovoltaic Technology Co., Ltd.", OrgKind.COMPANY,
                    QIAOCHENG, "汤王大道", 77, NEW_ENERGY, Topic.PV_CELL, Topic.PV_BRACKET, Topic.GRID_STORAGE),
            // A maker of farm machinery that builds harvesters and dryers for the county's herb growers.
            org("涡阳县天静农业机械有限公司", "Guoyang Tianjing Agricultural Machinery Co., Ltd.", OrgKind.COMPANY,
                    GUOYANG, "星园路", 15, List.of(Sector.EQUIPMENT, Sector.TCM), Topic.TCM_HARVEST, Topic.TCM_DRYER,
                    Topic.TCM_SEEDLINGS, Topic.GRIPPER, Topic.WELDING_ROBOT, Topic.FIXTURE),
            org("安徽涡阳聚能新材料有限公司", "Anhui Guoyang Juneng New Materials Co., Ltd.", OrgKind.COMPANY,
                    GUOYANG, "紫光大道", 300, NEW_ENERGY, Topic.CATHODE_MATERIAL, Topic.SOLID_ELECTROLYTE),
            org("蒙城县庄周中药材种植专业合作社", "Mengcheng Zhuangzhou Herbal Planting Cooperative",
                    OrgKind.COMPANY, MENGCHENG, "漆园路", 6, TCM, Topic.TCM_CULTIVATION, Topic.TCM_SEEDLINGS, Topic.TCM_HARVEST,
                    Topic.TCM_RESIDUE_FERTILISER),
            org("安徽蒙城锐进机器人有限公司", "Anhui Mengcheng Ruijin Robotics Co., Ltd.", OrgKind.COMPANY,
                    MENGCHENG, "经济开发区创新路", 18, EQUIPMENT, Topic.ROBOT_PLANNING, Topic.GRIPPER, Topic.WELDING_ROBOT,
                    Topic.SERVO_DRIVE, Topic.PRECISION_REDUCER, Topic.ROBOT_DESIGN),
            org("利辛县润禾中药饮片厂", "Lixin Runhe Herbal Pieces Factory", OrgKind.COMPANY,
                    LIXIN, "向阳路", 42, TCM, Topic.TCM_PROCESSING, Topic.TCM_SLICER, Topic.TCM_DRYER, Topic.TCM_PACKAGE),
            org("安徽利辛恒力电池科技有限公司", "Anhui Lixin Hengli Battery Technology Co., Ltd.", OrgKind.COMPANY,
                    LIXIN, "工业大道", 88, NEW_ENERGY, Topic.BATTERY_PACK, Topic.BATTERY_MANAGEMENT, Topic.THERMAL_MANAGEMENT,
                    Topic.CATHODE_MATERIAL, Topic.CHARGING_PILE, Topic.BATTERY_SWAP));

    static final List<Org> ANHUI_ORGS = List.of(
            AHUCM, HFUT, USTC,
            org("合肥锐能新能源科技有限公司", "Hefei Ruineng New Energy Technology Co., Ltd.", OrgKind.COMPANY,
                    SHUSHAN, "望江西路", 800, NEW_ENERGY, Topic.BATTERY_MANAGEMENT, Topic.CHARGING_CONTROL, Topic.GRID_STORAGE,
                    Topic.CATHODE_MATERIAL, Topic.BATTERY_PACK),
            org("合肥智擎机器人科技有限公司", "Hefei Zhiqing Robot Technology Co., Ltd.", OrgKind.COMPANY,
                    BAOHE, "繁华大道", 1566, EQUIPMENT, Topic.ROBOT_PLANNING, Topic.GRIPPER, Topic.PRECISION_REDUCER,
                    Topic.WELDING_ROBOT, Topic.ROBOT_DESIGN),
            org("芜湖云擎数控机床有限公司", "Wuhu Yunqing CNC Machine Tool Co., Ltd.", OrgKind.COMPANY,
                    JIUJIANG, "万春东路", 21, EQUIPMENT, Topic.CNC_COMPENSATION, Topic.FIXTURE, Topic.SERVO_DRIVE),
            org("芜湖江晟新能源汽车部件有限公司", "Wuhu Jiangsheng New Energy Vehicle Parts Co., Ltd.",
                    OrgKind.COMPANY, JIUJIANG, "九华北路", 156, List.of(Sector.NEW_ENERGY, Sector.EQUIPMENT), Topic.DRIVE_MOTOR,
                    Topic.MOTOR_CONTROL, Topic.THERMAL_MANAGEMENT, Topic.VEHICLE_CONTROL, Topic.FIXTURE,
                    Topic.ADDITIVE_MANUFACTURING),
            org("蚌埠玻光新能源材料有限公司", "Bengbu Boguang New Energy Materials Co., Ltd.", OrgKind.COMPANY,
                    LONGZIHU, "东海大道", 4399, NEW_ENERGY, Topic.PV_CELL, Topic.PV_BRACKET),
            org("阜阳市康源中药饮片有限公司", "Fuyang Kangyuan Herbal Pieces Co., Ltd.", OrgKind.COMPANY,
                    YINGZHOU, "莲花路", 333, TCM, Topic.TCM_PROCESSING, Topic.TCM_SLICER, Topic.TCM_DRYER));

    static final List<Org> CHINA_ORGS = List.of(
            org("北京华研智控科技有限公司", "Beijing Huayan Intelligent Control Technology Co., Ltd.",
                    OrgKind.COMPANY, HAIDIAN, "上地信息路", 12, List.of(Sector.EQUIPMENT, Sector.OTHER), Topic.SMART_LINE,
                    Topic.CNC_COMPENSATION, Topic.SERVO_DRIVE, Topic.AEROSPACE),
            org("北京本草源生物医药研究院有限公司", "Beijing Bencaoyuan Biomedical Research Institute Co., Ltd.",
                    OrgKind.COMPANY, HAIDIAN, "学院路", 37, TCM, Topic.TCM_QUALITY, Topic.TCM_GRANULES),
            org("上海浦芯储能技术有限公司", "Shanghai Puxin Energy Storage Technology Co., Ltd.", OrgKind.COMPANY,
                    PUDONG, "张江路", 665, NEW_ENERGY, Topic.GRID_STORAGE, Topic.BATTERY_MANAGEMENT, Topic.BATTERY_PACK,
                    Topic.HYDROGEN_STORAGE),
            org("上海瑞衡机器人有限公司", "Shanghai Ruiheng Robotics Co., Ltd.", OrgKind.COMPANY,
                    PUDONG, "龙东大道", 3000, EQUIPMENT, Topic.ROBOT_PLANNING, Topic.PRECISION_REDUCER, Topic.SERVO_DRIVE,
                    Topic.GRIPPER, Topic.WELDING_ROBOT, Topic.ROBOT_DESIGN),
            org("深圳市驰电新能源有限公司", "Shenzhen Chidian New Energy Co., Ltd.", OrgKind.COMPANY,
                    NANSHAN, "科技园南路", 9, NEW_ENERGY, Topic.CHARGING_CONTROL, Topic.CHARGING_PILE, Topic.BATTERY_SWAP,
                    Topic.VEHICLE_CONTROL, Topic.CHARGER_DESIGN),
            org("深圳市极数科技有限公司", "Shenzhen Jishu Technology Co., Ltd.", OrgKind.COMPANY,
                    NANSHAN, "高新中一道", 16, List.of(Sector.OTHER)),
            org("杭州青木中药科技有限公司", "Hangzhou Qingmu Chinese Medicine Technology Co., Ltd.",
                    OrgKind.COMPANY, XIHU, "文三路", 90, TCM, Topic.TCM_COSMETIC, Topic.TCM_HEALTH_FOOD, Topic.TCM_QUALITY),
            org("杭州西湖智造装备有限公司", "Hangzhou Xihu Intelligent Manufacturing Equipment Co., Ltd.",
                    OrgKind.COMPANY, XIHU, "天目山路", 181, EQUIPMENT, Topic.ADDITIVE_MANUFACTURING, Topic.AM_POWDER,
                    Topic.AEROSPACE, Topic.SMART_LINE),
            org("成都蜀草堂药业有限公司", "Chengdu Shucaotang Pharmaceutical Co., Ltd.", OrgKind.COMPANY,
                    WUHOU, "武侯大道", 77, TCM, Topic.TCM_VETERINARY, Topic.TCM_CULTIVATION),
            org("成都锦城光伏科技有限公司", "Chengdu Jincheng Photovoltaic Technology Co., Ltd.", OrgKind.COMPANY,
                    WUHOU, "人民南路四段", 11, NEW_ENERGY, Topic.PV_CELL, Topic.PV_BRACKET, Topic.GRID_STORAGE),
            org("南京金陵精密机械有限公司", "Nanjing Jinling Precision Machinery Co., Ltd.", OrgKind.COMPANY,
                    XUANWU, "珠江路", 88, EQUIPMENT, Topic.PRECISION_REDUCER, Topic.RAIL, Topic.CNC_COMPENSATION, Topic.FIXTURE),
            org("武汉光谷风电科技有限公司", "Wuhan Guanggu Wind Power Technology Co., Ltd.", OrgKind.COMPANY,
                    HONGSHAN, "光谷大道", 61, NEW_ENERGY, Topic.WIND_TURBINE),
            org("济南泉城农机装备有限公司", "Jinan Quancheng Agricultural Equipment Co., Ltd.", OrgKind.COMPANY,
                    LICHENG, "工业北路", 218, List.of(Sector.OTHER, Sector.EQUIPMENT), Topic.RAIL, Topic.OFFSHORE, Topic.FIXTURE,
                    Topic.SEEDER, Topic.NM_VEGETABLE));

    /** The organisation of a Chinese name, if the catalogue has it. */
    static Optional<Org> byName(String nameZh) {
        return Stream.of(BOZHOU_ORGS, ANHUI_ORGS, CHINA_ORGS, List.of(CACMS_INSTITUTE, HUST)).flatMap(List::stream)
                .filter(o -> o.nameZh().equals(nameZh)).findFirst();
    }

    /** Chinese companies that also file in the US, under their English names. */
    static final List<Org> US_FILERS = List.of(
            BOZHOU_ORGS.get(0), BOZHOU_ORGS.get(2), ANHUI_ORGS.get(3), ANHUI_ORGS.get(5), CHINA_ORGS.get(4),
            CHINA_ORGS.get(2));

    /**
     * Chinese companies that extend their Chinese inventions to the US (a US grant claiming the CN application):
     * the US filers, and a Beijing TCM research company whose US filings are all such extensions.
     */
    static final List<Org> FAMILY_FILERS = Stream.concat(US_FILERS.stream(),
            Stream.of(CHINA_ORGS.get(1))).toList();

    static final List<ForeignOrg> FOREIGN_ORGS = List.of(
            foreign("Evergreen Battery Systems Inc.", "US", "Austin", "TX", NEW_ENERGY, Topic.CATHODE_MATERIAL,
                    Topic.BATTERY_MANAGEMENT, Topic.THERMAL_MANAGEMENT, Topic.SOLID_ELECTROLYTE),
            foreign("Summit Grid Technologies, Inc.", "US", "Denver", "CO", NEW_ENERGY, Topic.GRID_STORAGE,
                    Topic.CHARGING_CONTROL, Topic.WIND_TURBINE),
            foreign("Northfield Robotics Corporation", "US", "Pittsburgh", "PA", EQUIPMENT, Topic.ROBOT_PLANNING,
                    Topic.SERVO_DRIVE, Topic.WELDING_ROBOT, Topic.AEROSPACE),
            foreign("Cascade Herbal Sciences LLC", "US", "Portland", "OR", TCM, Topic.TCM_HEALTH_FOOD, Topic.TCM_EXTRACT,
                    Topic.TCM_COSMETIC, Topic.TCM_QUALITY),
            foreign("Brightline Data Systems, Inc.", "US", "San Jose", "CA", List.of(Sector.OTHER)),
            foreign("Kanto Precision Machinery Co., Ltd.",
                    new ChineseFiler("关东精密机械株式会社", "日本国爱知县名古屋市港区潮见町37番地", 0.5), "JP", "Nagoya", null, EQUIPMENT, Topic.PRECISION_REDUCER,
                    Topic.CNC_COMPENSATION, Topic.SERVO_DRIVE, Topic.RAIL),
            foreign("Hoshino Energy Devices Corporation", "JP", "Osaka", null, NEW_ENERGY, Topic.FUEL_CELL,
                    Topic.HYDROGEN_STORAGE, Topic.ELECTROLYSER, Topic.SOLID_ELECTROLYTE),
            foreign("Tsubaki Kampo Pharmaceutical Co., Ltd.",
                    new ChineseFiler("椿汉方制药株式会社", "日本国富山县富山市水桥开发12番地", 0.8), "JP", "Toyama", null, TCM, Topic.TCM_QUALITY,
                    Topic.TCM_COMPOSITION, Topic.TCM_GRANULES, Topic.TCM_PREPARATION),
            foreign("Rheinwerk Automation GmbH", "DE", "Stuttgart", null, EQUIPMENT, Topic.SMART_LINE, Topic.ROBOT_PLANNING,
                    Topic.ADDITIVE_MANUFACTURING, Topic.AEROSPACE),
            foreign("Nordsee Energiesysteme AG", "DE", "Hamburg", null, NEW_ENERGY, Topic.WIND_TURBINE, Topic.GRID_STORAGE,
                    Topic.ELECTROLYSER),
            foreign("Kräuterhaus Pharma GmbH", "DE", "München", null, TCM, Topic.TCM_EXTRACT, Topic.TCM_QUALITY,
                    Topic.TCM_VETERINARY, Topic.TCM_COSMETIC),
            foreign("Hanbit Energy Solutions Co., Ltd.",
                    new ChineseFiler("韩光能源解决方案株式会社", "大韩民国大田广域市儒城区大德大路512", 0.8), "KR", "Daejeon", null, NEW_ENERGY, Topic.CATHODE_MATERIAL,
                    Topic.BATTERY_MANAGEMENT, Topic.DRIVE_MOTOR, Topic.MOTOR_CONTROL),
            foreign("Daesung Robotics Co., Ltd.",
                    new ChineseFiler("大成机器人株式会社", "大韩民国庆尚南道昌原市城山区中央大路89", 0.5), "KR", "Changwon", null, EQUIPMENT, Topic.OFFSHORE,
                    Topic.PRECISION_REDUCER, Topic.WELDING_ROBOT, Topic.ROBOT_PLANNING),
            foreign("Jeongwon Bio Co., Ltd.", "KR", "Seoul", null, List.of(Sector.TCM, Sector.OTHER), Topic.TCM_HEALTH_FOOD,
                    Topic.TCM_COSMETIC));

    /**
     * What the focus region never files, though the nation and the world do: quality control, cosmetics and
     * veterinary uses of TCM, aerospace, rail, offshore and additive manufacturing, wind, hydrogen and the
     * vehicle's motors and their control. They are the navigation's gaps (GB/T 39551.3: strong nationally,
     * absent locally); applicants in Bozhou draw every other topic.
     */
    static final Set<Topic> BOZHOU_GAPS = EnumSet.of(Topic.TCM_QUALITY, Topic.TCM_COSMETIC, Topic.TCM_VETERINARY,
            Topic.AEROSPACE, Topic.RAIL, Topic.OFFSHORE, Topic.ADDITIVE_MANUFACTURING, Topic.AM_POWDER, Topic.WIND_TURBINE,
            Topic.ELECTROLYSER, Topic.HYDROGEN_STORAGE, Topic.FUEL_CELL, Topic.DRIVE_MOTOR, Topic.MOTOR_CONTROL,
            Topic.VEHICLE_CONTROL);

    /** Chinese family names and given-name characters with their pinyin. */
    static final String[][] CN_FAMILY = {
        {"张", "Zhang"}, {"王", "Wang"}, {"李", "Li"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"},
        {"赵", "Zhao"}, {"黄", "Huang"}, {"周", "Zhou"}, {"吴", "Wu"}, {"徐", "Xu"}, {"孙", "Sun"},
        {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"高", "Gao"},
        {"林", "Lin"}, {"罗", "Luo"}, {"汤", "Tang"}, {"曹", "Cao"}};
    static final String[][] CN_GIVEN = {
        {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"},
        {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
        {"杰", "jie"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"}, {"霞", "xia"},
        {"平", "ping"}, {"刚", "gang"}, {"英", "ying"}, {"华", "hua"}, {"玉", "yu"}, {"建", "jian"},
        {"国", "guo"}, {"文", "wen"}, {"辉", "hui"}, {"鹏", "peng"}, {"飞", "fei"}, {"晨", "chen"},
        {"宇", "yu"}, {"芍", "shao"}, {"菊", "ju"}, {"松", "song"}};

    /** Given and family names per country of foreign inventors. */
    static final String[][] US_GIVEN_FAMILY = {
        {"James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emily", "Daniel", "Grace"},
        {"Smith", "Johnson", "Carter", "Nguyen", "Patel", "Miller", "Brooks", "Hayes", "Lopez", "Reed"}};
    static final String[][] JP_GIVEN_FAMILY = {
        {"Hiroshi", "Yuki", "Takashi", "Akiko", "Kenji", "Naoko", "Daisuke", "Emi"},
        {"Tanaka", "Suzuki", "Sato", "Yamamoto", "Kobayashi", "Ito", "Nakamura", "Hoshino"}};
    static final String[][] DE_GIVEN_FAMILY = {
        {"Lukas", "Anna", "Felix", "Julia", "Jonas", "Lena", "Matthias", "Sophie"},
        {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"}};
    static final String[][] KR_GIVEN_FAMILY = {
        {"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Yu-na"},
        {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"}};

    /** Cities where foreign inventors live, per country, with the US state. */
    static final String[][] US_CITIES = {{"Austin", "TX"}, {"Denver", "CO"}, {"Pittsburgh", "PA"},
        {"Portland", "OR"}, {"San Jose", "CA"}, {"Boston", "MA"}, {"Raleigh", "NC"}};
    static final String[] JP_CITIES = {"Nagoya", "Osaka", "Toyama", "Kyoto", "Yokohama"};
    static final String[] DE_CITIES = {"Stuttgart", "Hamburg", "München", "Karlsruhe", "Dresden"};
    static final String[] KR_CITIES = {"Daejeon", "Changwon", "Seoul", "Suwon", "Busan"};
}
