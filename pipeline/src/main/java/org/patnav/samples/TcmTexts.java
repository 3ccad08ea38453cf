package org.patnav.samples;

import static org.patnav.samples.Templates.capitalise;
import static org.patnav.samples.Templates.claims;
import static org.patnav.samples.Templates.description;
import static org.patnav.samples.Templates.effects;

import java.util.ArrayList;
import java.util.List;
import org.patnav.samples.Templates.Effect;
import org.patnav.samples.Templates.Kind;
import org.patnav.samples.Templates.Text;

/**
 * Texts of the TCM topics, along the chain of {@code chains/tcm.yaml}: growing medicinal plants,
 * harvesting and processing at origin, 炮制 and decoction pieces, extraction, medicines and their dosage
 * forms, dispensing granules, quality control, pharmaceutical machinery, health foods and cosmetics,
 * veterinary and agricultural uses. Branch ids in the texts are that chain's.
 */
final class TcmTexts {

    private TcmTexts() {
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

    /** Crops of Bozhou's growers and their roots or flowers as harvested (the 药材). */
    private static final Herb[] CROPS = {HERBS[0], HERBS[1], HERBS[3], HERBS[4], HERBS[5], HERBS[6], HERBS[11],
        new Herb("白术", "largehead atractylodes rhizome", "A61K36/28")};

    /** Plants raised from tissue culture or cuttings. */
    private static final Herb[] PROPAGATED = {new Herb("半夏", "pinellia", "A61K36/888"),
        new Herb("石斛", "dendrobium", "A61K36/898"), new Herb("白及", "bletilla", "A61K36/898"), HERBS[3]};

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
        new Form("片剂", "tablets", "A61K9/20"),
        new Form("滴丸", "dripping pills", "A61K9/20"),
        new Form("缓释片", "sustained-release tablets", "A61K9/22")};

    static Text write(Topic topic, Kind kind, Rng r) {
        return switch (topic) {
            case TCM_CULTIVATION -> cultivation(r);
            case TCM_SEEDLINGS -> kind == Kind.UTILITY_MODEL ? seedlingTray(r) : seedlings(r);
            case TCM_HARVEST -> kind == Kind.UTILITY_MODEL ? originWasher(r) : r.chance(0.5) ? harvester(kind, r) : originProcessing(r);
            case TCM_PROCESSING -> processing(r);
            case TCM_EXTRACT -> extract(r);
            case TCM_COMPOSITION -> composition(r);
            case TCM_PREPARATION -> preparation(r);
            case TCM_GRANULES -> granules(r);
            case TCM_QUALITY -> r.chance(0.7) ? fingerprint(r) : dnaBarcode(r);
            case TCM_SLICER -> slicer(kind, r);
            case TCM_DRYER -> dryer(kind, r);
            case TCM_EXTRACTOR -> extractor(kind, r);
            case TCM_FORMULATION_MACHINE -> formulationMachine(r);
            case TCM_HEALTH_FOOD -> healthFood(r);
            case TCM_COSMETIC -> cosmetic(r);
            case TCM_VETERINARY -> r.chance(0.65) ? veterinaryFormula(r) : feedAdditive(r);
            case TCM_RESIDUE_FERTILISER -> residueFertiliser(r);
            case TCM_PACKAGE -> {
                Herb h = r.pick(HERBS);
                yield Templates.design(topic.id, "包装盒（" + h.zh() + "饮片）", "Packaging box for " + h.en() + " pieces",
                        "用于盛放" + h.zh() + "饮片", "09-03", List.of("processing-decoction-pieces"));
            }
            default -> throw new IllegalArgumentException(topic.id + " is not a TCM topic");
        };
    }

    // ---- upstream: growing, propagation, harvest and processing at origin -----------------------------

    private static Text cultivation(Rng r) {
        Herb c = r.pick(CROPS);
        String[] method = r.pick(new String[][] {{"规范化种植方法", "standardized cultivation method"},
            {"高产栽培方法", "high-yield cultivation method"}, {"林下生态种植方法", "ecological under-forest cultivation method"}});
        Effect e = effects(List.of(
                new Effect("降低了药材的农药残留和重金属含量", "reduces the pesticide residues and heavy metals in the medicinal material"),
                new Effect("提高了药材的有效成分含量", "improves the content of active ingredients in the medicinal material"),
                new Effect("种植成本低", "has a low cost"),
                new Effect("药材品质好，适合规模化种植", "gives medicinal material of good quality and suits large-scale planting")),
                List.of(new Effect("常规种植方式化肥和化学农药用量大，难以降低农药残留", "conventional planting uses much chemical fertilizer "
                        + "and pesticide and fails to reduce pesticide residues")), 0.3, r);
        return new Text(Topic.TCM_CULTIVATION.id,
                "一种中药材" + c.zh() + "的" + method[0],
                capitalise(method[1]) + " for the medicinal material " + c.en(),
                "本发明公开了一种中药材" + c.zh() + "的" + method[0] + "，包括选地整地、施足基肥、种苗处理、适时栽种、田间管理和适时采收步骤，"
                        + "基肥以腐熟农家肥和生物有机肥为主，病虫害采用物理诱杀与生物农药相结合的绿色防控措施。" + e.zh(),
                "The invention discloses a " + method[1] + " for the medicinal material " + c.en() + ", comprising site selection and land "
                        + "preparation, base fertilization, seedling treatment, planting, field management and harvesting; the base fertilizer is "
                        + "mainly composted manure and bio-organic fertilizer, and pests are controlled by physical trapping and biopesticides. "
                        + e.en(),
                "1.一种中药材" + c.zh() + "的" + method[0] + "，其特征在于，包括以下步骤：选地整地；施基肥；种苗处理；栽种；田间管理；采收。",
                claims("A method for cultivating the medicinal material " + c.en() + ", comprising the steps of preparing the land, applying a "
                                + "base fertilizer, treating the seedlings, planting, managing the field and harvesting.",
                        "The method",
                        List.of("the base fertilizer is 2000 to 3000 kg of bio-organic fertilizer per mu",
                                "yellow sticky boards are hung at 20 to 30 per mu", "harvesting takes place in the third autumn after planting"), r),
                description("medicinal plant cultivation", c.en(), r),
                List.of("A01G22/00", "A01C21/00", "A01G7/06"), List.of("A01G22/00", "A01C21/00"), null,
                List.of("cultivation"));
    }

    private static Text seedlings(Rng r) {
        Herb p = r.pick(PROPAGATED);
        Effect e = effects(List.of(
                new Effect("繁殖系数高，种苗成活率高", "has a high multiplication rate and seedling survival rate"),
                new Effect("缩短了育苗周期，降低了种苗成本", "shortens the raising period and reduces the cost of seedlings"),
                new Effect("种苗遗传稳定性好", "gives seedlings of good genetic stability")),
                List.of(), 0, r);
        return new Text(Topic.TCM_SEEDLINGS.id,
                "一种中药材" + p.zh() + "的组培快繁育苗方法",
                "Tissue culture rapid propagation method for seedlings of the medicinal plant " + p.en(),
                "本发明公开了一种中药材" + p.zh() + "的组培快繁育苗方法，以" + p.zh() + "幼嫩块茎或茎段为外植体，经消毒、诱导培养、增殖培养、"
                        + "生根培养和炼苗移栽获得种苗。" + e.zh(),
                "The invention discloses a tissue culture method for raising seedlings of the medicinal plant " + p.en() + ": young tubers or "
                        + "stem segments are sterilized and taken through induction, multiplication and rooting culture, hardened and transplanted. "
                        + e.en(),
                "1.一种中药材" + p.zh() + "的组培快繁育苗方法，其特征在于，包括外植体消毒、诱导培养、增殖培养、生根培养和炼苗移栽步骤。",
                claims("A method for raising seedlings of the medicinal plant " + p.en() + " by tissue culture, comprising sterilizing explants, "
                                + "induction culture, multiplication culture, rooting culture, hardening and transplanting.",
                        "The method",
                        List.of("the multiplication medium is MS with 2.0 mg/L 6-BA and 0.2 mg/L NAA", "rooting takes 25 to 30 days",
                                "hardening lasts 7 days under 60% shade"), r),
                description("plant propagation", p.en(), r),
                List.of("A01H4/00", "A01G2/10"), List.of("A01H4/001", "A01G2/10"), null,
                List.of("cultivation/seedlings"));
    }

    private static Text seedlingTray(Rng r) {
        return Templates.device(Topic.TCM_SEEDLINGS.id, "一种中药材育苗盘", "Seedling tray for medicinal plants",
                List.of("A01G9/029"), List.of("A01G9/0291"), "盘体、育苗穴、底部透气孔和保湿盖",
                "a tray body, seedling cells, ventilation holes in the bottom and a moisture-retaining lid",
                new Effect("出苗整齐，成活率高", "gives even emergence and a high survival rate"), List.of("cultivation/seedlings"), r);
    }

    private static Text harvester(Kind kind, Rng r) {
        Herb c = r.pick(new Herb[] {HERBS[0], HERBS[3], HERBS[6], HERBS[4]});
        Effect effect = new Effect("降低了人工采挖的劳动强度，提高了采收效率，药材破损率低",
                "reduces the labor intensity of digging by hand, improves the harvesting efficiency and damages few roots");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.TCM_HARVEST.id, "一种根茎类中药材收获机", "Harvester for root medicinal materials",
                    List.of("A01D17/00", "A01D33/08"), List.of("A01D17/00"), "机架、挖掘铲、振动筛分输送链和集料箱",
                    "a frame, a digging shovel, a vibrating sieve conveyor chain and a collecting box",
                    new Effect("降低了采挖劳动强度，提高了采收效率", "reduces the labor intensity and improves the harvesting efficiency"),
                    List.of("harvest-primary-processing"), r);
        }
        return new Text(Topic.TCM_HARVEST.id,
                "一种" + c.zh() + "中药材收获机及其收获方法",
                "Harvester for the medicinal material " + c.en() + " and harvesting method",
                "本发明公开了一种" + c.zh() + "中药材收获机，包括机架、仿形挖掘铲、振动分离装置和输送集料装置，挖掘深度可随垄形自动调节，"
                        + "挖出的根茎与土壤经振动分离后输送至集料箱。本发明" + effect.zh() + "。",
                "A harvester for the medicinal material " + c.en() + " comprises a frame, a profiling digging shovel, a vibrating separator and a "
                        + "conveying and collecting device; the digging depth follows the ridge, and roots are shaken free of soil and conveyed to "
                        + "a collecting box. The invention " + effect.en() + ".",
                "1.一种" + c.zh() + "中药材收获机，其特征在于，包括机架、仿形挖掘铲、振动分离装置和输送集料装置。",
                claims("A harvester for the medicinal material " + c.en() + ", comprising a frame, a profiling digging shovel, a vibrating "
                                + "separator and a conveying and collecting device.",
                        "The harvester",
                        List.of("the digging depth is 30 to 45 cm", "the separator is a rod chain driven eccentrically",
                                "the collecting box is tipped hydraulically"), r),
                description("agricultural machinery", "harvesting root medicinal materials", r),
                List.of("A01D17/00", "A01D33/08"), List.of("A01D17/00", "A01D33/08"), null,
                List.of("harvest-primary-processing"));
    }

    private static Text originProcessing(Rng r) {
        Herb c = r.pick(new Herb[] {HERBS[0], HERBS[2], HERBS[3], HERBS[6]});
        Effect e = effects(List.of(
                new Effect("减少了有效成分损失", "reduces the loss of active ingredients"),
                new Effect("缩短了干燥时间，降低了能耗", "shortens the drying time and reduces the energy consumption"),
                new Effect("质量稳定，便于贮藏运输", "gives a stable quality and eases storage and transport")),
                List.of(new Effect("传统晒干方式受天气影响大，无法保证质量稳定", "conventional sun drying depends on the weather and fails "
                        + "to keep a stable quality")), 0.4, r);
        return new Text(Topic.TCM_HARVEST.id,
                "一种" + c.zh() + "药材的产地加工方法",
                "Primary processing method of the medicinal material " + c.en() + " at its place of origin",
                "本发明公开了一种" + c.zh() + "药材的产地加工方法，鲜药材采收后经清洗、分级、趁鲜切制和低温热风干燥制成。" + e.zh(),
                "The invention discloses a method for the primary processing of medicinal " + c.en() + " at its place of origin: the fresh "
                        + "material is washed, graded, cut while fresh and dried in hot air at low temperature. " + e.en(),
                "1.一种" + c.zh() + "药材的产地加工方法，其特征在于，包括清洗、分级、趁鲜切制和低温热风干燥步骤。",
                claims("A method for the primary processing of medicinal " + c.en() + ", comprising washing, grading, cutting while fresh and "
                                + "drying in hot air at low temperature.",
                        "The method",
                        List.of("the cutting takes place within 24 hours of harvest", "the hot air is at 45 to 55 degrees Celsius",
                                "the dried material holds at most 12% water"), r),
                description("primary processing of medicinal materials", c.en(), r),
                List.of(c.ipc()), List.of(c.ipc()), null,
                List.of("harvest-primary-processing"));
    }

    private static Text originWasher(Rng r) {
        return Templates.device(Topic.TCM_HARVEST.id, "一种中药材产地加工用清洗装置",
                "Washing device for the primary processing of medicinal materials",
                List.of("B08B3/02", "A23N12/02"), List.of("B08B3/02"), "清洗槽、毛刷辊、高压喷淋管和沥水输送带",
                "a washing tank, brush rollers, high-pressure spray pipes and a draining conveyor",
                new Effect("清洗效率高，节约用水", "washes efficiently and saves water"), List.of("harvest-primary-processing"), r);
    }

    // ---- midstream: 炮制, extraction, medicines, granules, quality control ------------------------------

    private static Text processing(Rng r) {
        Herb h1 = r.pick(HERBS);
        int a = r.between(10, 30);
        int b = r.between(5, 20);
        String[] way = r.pick(new String[][] {{"炒制", "stir-frying"}, {"酒炙", "stir-frying with wine"}, {"麸炒", "stir-frying with bran"},
            {"蜜炙", "stir-frying with honey"}});
        Effect e = effects(List.of(
                new Effect("所得饮片有效成分含量高，批次间质量稳定", "gives decoction pieces with a high content of active ingredients "
                        + "and a stable quality between batches"),
                new Effect("炮制工艺参数可控，饮片质量可控", "makes the processing parameters and the quality of the pieces controllable"),
                new Effect("减少了炮制过程中有效成分的损失", "reduces the loss of active ingredients during processing"),
                new Effect("降低了饮片的毒副作用", "reduces the toxicity of the pieces")),
                List.of(new Effect("传统" + way[0] + "凭经验控制火候，难以保证饮片质量稳定", "traditional " + way[1]
                        + " is controlled by experience and fails to keep a stable quality of the pieces")), 0.3, r);
        // Processing patents often carry the herb's therapeutic class too: the chain's medicine query takes them.
        List<String> ipc = r.chance(0.3) ? List.of(h1.ipc(), "A61K36/00", "A61P1/00") : List.of(h1.ipc(), "A61K36/00");
        return new Text(Topic.TCM_PROCESSING.id,
                "一种" + h1.zh() + "饮片的炮制方法",
                "Processing method of " + h1.en() + " decoction pieces",
                "本发明公开了一种" + h1.zh() + "饮片的炮制方法，包括净选、润制、切片、" + way[0] + "和干燥步骤，其中" + way[0] + "温度为"
                        + (100 + a * 3) + "℃，时间为" + b + "分钟。" + e.zh(),
                "The invention discloses a processing method of " + h1.en() + " decoction pieces, comprising cleaning, moistening, slicing, "
                        + way[1] + " at " + (100 + a * 3) + " degrees Celsius for " + b + " minutes, and drying. " + e.en(),
                "1.一种" + h1.zh() + "饮片的炮制方法，其特征在于，包括以下步骤：净选、润制、切片、" + way[0] + "、干燥，所述" + way[0] + "温度为"
                        + (100 + a * 3) + "℃。",
                claims("A method for processing " + h1.en() + " decoction pieces, comprising the steps of cleaning, moistening, slicing, "
                                + way[1] + " and drying the herbal material, wherein the temperature is " + (100 + a * 3) + " degrees Celsius.",
                        "The method",
                        List.of("the moistening lasts 4 to 8 hours", "the slices are 2 to 4 mm thick",
                                "the drying is carried out at 50 to 60 degrees Celsius"), r),
                description("herbal processing", h1.en(), r),
                ipc, List.of(h1.ipc()), null,
                List.of("processing-decoction-pieces"));
    }

    private static Text extract(Rng r) {
        Herb h1 = r.pick(HERBS);
        Indication ind = r.pick(INDICATIONS);
        int b = r.between(5, 20);
        Effect e = effects(List.of(
                new Effect("提取率高，工艺简单", "gives a high extraction yield with a simple process"),
                new Effect("提高了有效成分的得率，且易于工业化", "improves the yield of active ingredients and is easy to industrialize"),
                new Effect("所得提取物纯度高，稳定性好", "gives an extract of high purity and good stability"),
                new Effect("节约了乙醇用量，降低了生产成本", "saves ethanol and reduces the production cost")),
                List.of(new Effect("现有水煎煮提取工艺耗时长，难以提高提取率", "the existing water decoction is slow and cannot raise the "
                        + "extraction yield")), 0.35, r);
        return new Text(Topic.TCM_EXTRACT.id,
                "一种" + h1.zh() + "提取物的制备方法及其应用",
                "Method for preparing " + h1.en() + " extract and use thereof",
                "本发明公开了一种" + h1.zh() + "提取物的制备方法，以" + h1.zh() + "中药材为原料，经" + (60 + b) + "%乙醇回流提取、大孔树脂纯化和喷雾干燥制得，"
                        + "所得提取物可用于制备治疗" + ind.zh() + "的药物。" + e.zh(),
                "The invention discloses a method for preparing an extract of " + h1.en() + ": the herbal material is extracted under reflux with "
                        + (60 + b) + "% ethanol, purified on macroporous resin and spray-dried, and the extract can be used to prepare a medicament "
                        + "for " + ind.en() + ". " + e.en(),
                "1.一种" + h1.zh() + "提取物的制备方法，其特征在于，包括：以" + (60 + b) + "%乙醇回流提取，提取液经大孔树脂纯化后喷雾干燥。",
                claims("A method for preparing an extract of " + h1.en() + ", comprising reflux extraction of the herbal material with "
                                + (60 + b) + "% ethanol, purification of the extract on a macroporous resin, and spray drying.",
                        "The method",
                        List.of("the reflux extraction is repeated three times", "the macroporous resin is of type D101",
                                "the extract is used for the preparation of a medicament against " + ind.en()), r),
                description("plant extract", ind.en(), r),
                // An extract sold as a powder is often classed as a dosage form too (A61K9/14), which the chain reads as new.
                r.chance(0.5) ? List.of(h1.ipc(), ind.ipc(), "A61K9/14") : List.of(h1.ipc(), ind.ipc()),
                List.of(h1.ipc(), ind.ipc(), "A61K2236/331"), null,
                List.of("extraction-purification", "proprietary-medicines"));
    }

    private static Text composition(Rng r) {
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
        // Some abstracts mention the 炮制 of their herbs: the chain's processing query takes them too.
        String craft = r.chance(0.5) ? "本发明以亳州道地中药材为原料，采用传统炮制与现代提取相结合的工艺，组方合理。"
                : "本发明以亳州道地中药材为原料，君臣佐使配伍合理。";
        Effect e = effects(List.of(
                new Effect("对" + ind.zh() + "疗效显著，且毒副作用小", "has a significant therapeutic effect on " + ind.en() + " and few side effects"),
                new Effect("药效稳定，复发率低", "has a stable effect and a low relapse rate"),
                new Effect("提高了临床治愈率", "improves the clinical cure rate"),
                new Effect("原料易得，成本低廉", "uses easily available raw materials at a low cost")),
                List.of(new Effect("现有西药治疗" + ind.zh() + "长期服用毒副作用较大", "western drugs for " + ind.en()
                        + " taken over long periods have marked side effects")), 0.2, r);
        return new Text(Topic.TCM_COMPOSITION.id,
                "一种治疗" + ind.zh() + "的中药组合物及其制备方法",
                "Traditional Chinese medicine composition for treating " + ind.en() + " and preparation method thereof",
                "本发明公开了一种治疗" + ind.zh() + "的中药组合物及其制备方法，该中药组合物由以下重量份的原料制成：" + h1.zh() + a
                        + "份、" + h2.zh() + b + "份、" + h3.zh() + c + "份。" + craft + e.zh(),
                "The invention discloses a traditional Chinese medicine composition for treating " + ind.en()
                        + " and a preparation method thereof. The composition is prepared from, by weight, " + a + " parts of "
                        + h1.en() + ", " + b + " parts of " + h2.en() + " and " + c + " parts of " + h3.en()
                        + ", genuine herbal materials from Bozhou. " + e.en(),
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
                List.of(h1.ipc(), ind.ipc(), h2.ipc()), List.of(h1.ipc(), ind.ipc()), null,
                List.of("proprietary-medicines"));
    }

    private static Text preparation(Rng r) {
        Herb h1 = r.pick(HERBS);
        Herb h2 = HERBS[(indexOf(h1) + 1 + r.nextInt(HERBS.length - 1)) % HERBS.length];
        Indication ind = r.pick(INDICATIONS);
        Form f = r.pick(FORMS);
        int a = r.between(10, 30);
        int b = r.between(5, 20);
        Effect e = effects(List.of(
                new Effect("服用方便，起效迅速", "is convenient to take and acts quickly"),
                new Effect("提高了有效成分的生物利用度", "improves the bioavailability of the active ingredients"),
                new Effect("掩盖了药液的苦味，口感好", "masks the bitterness of the decoction and tastes good"),
                new Effect("制剂稳定性好，便于携带", "is stable in storage and easy to carry")),
                List.of(new Effect("传统汤剂需临时煎煮，携带不便", "a traditional decoction must be boiled before each dose and is not "
                        + "easy to carry")), 0.3, r);
        return new Text(Topic.TCM_PREPARATION.id,
                "一种含" + h1.zh() + "的中药" + f.zh() + "及其制备方法",
                "Herbal " + f.en() + " containing " + h1.en() + " and preparation method thereof",
                "本发明公开了一种含" + h1.zh() + "的中药" + f.zh() + "，由" + h1.zh() + "、" + h2.zh() + "经水提醇沉后与药用辅料制成" + f.zh()
                        + "，用于" + ind.zh() + "的辅助治疗。" + e.zh(),
                "The invention discloses herbal " + f.en() + " containing " + h1.en() + ": " + h1.en() + " and " + h2.en()
                        + " are extracted with water, precipitated with ethanol and made into " + f.en()
                        + " with pharmaceutical excipients for the adjuvant treatment of " + ind.en() + ". " + e.en(),
                "1.一种含" + h1.zh() + "的中药" + f.zh() + "，其特征在于，由" + h1.zh() + a + "份、" + h2.zh() + b + "份的水提醇沉物与药用辅料制成。",
                claims("Herbal " + f.en() + " containing " + h1.en() + ", made from the water-extracted and ethanol-precipitated material of "
                                + a + " parts of " + h1.en() + " and " + b + " parts of " + h2.en() + " together with pharmaceutical excipients.",
                        "The herbal " + f.en(),
                        List.of("the excipient is dextrin or lactose", "the ethanol precipitation uses 70% ethanol",
                                "a daily dose corresponds to 9 to 15 g of crude herbs"), r),
                description("herbal dosage form", ind.en(), r),
                List.of(h1.ipc(), f.ipc(), ind.ipc()), List.of(h1.ipc(), f.ipc()), null,
                List.of("proprietary-medicines/novel-dosage-forms"));
    }

    private static Text granules(Rng r) {
        Herb h = r.pick(new Herb[] {HERBS[4], HERBS[6], HERBS[0], HERBS[12], HERBS[13], HERBS[8]});
        Effect e = effects(List.of(
                new Effect("所得配方颗粒质量可控，与传统饮片汤剂一致性好", "gives dispensing granules of controllable quality, consistent "
                        + "with the traditional decoction of the pieces"),
                new Effect("免去了煎煮，服用方便，便于携带", "needs no decocting, is convenient to take and easy to carry"),
                new Effect("提高了颗粒的稳定性，不易吸潮", "improves the stability of the granules, which hardly absorb moisture")),
                List.of(), 0, r);
        return new Text(Topic.TCM_GRANULES.id,
                "一种" + h.zh() + "配方颗粒及其制备方法",
                capitalise(h.en()) + " dispensing granules and preparation method thereof",
                "本发明公开了一种" + h.zh() + "配方颗粒的制备方法，以" + h.zh() + "饮片为原料，经水煎煮、浓缩、干法制粒制成单味中药颗粒，"
                        + "并以标准汤剂的特征图谱和含量测定控制批间一致性。" + e.zh(),
                "The invention discloses a method for preparing " + h.en() + " dispensing granules: decoction pieces of " + h.en() + " are "
                        + "boiled in water, concentrated and dry-granulated into single-herb formula granules, whose consistency between batches "
                        + "is controlled against the characteristic chromatogram and assay of the standard decoction. " + e.en(),
                "1.一种" + h.zh() + "配方颗粒的制备方法，其特征在于，包括水煎煮、浓缩和干法制粒步骤。",
                claims("A method for preparing " + h.en() + " dispensing granules, comprising boiling decoction pieces in water, "
                                + "concentrating the decoction and dry granulation.",
                        "The method",
                        List.of("the pieces are boiled twice for 1 hour each", "the extract is concentrated to a density of 1.05",
                                "the granules pass a 10-mesh sieve"), r),
                description("dispensing granules", h.en(), r),
                List.of(h.ipc(), "A61K9/16"), List.of(h.ipc(), "A61K9/1682"), null,
                List.of("formula-granules"));
    }

    private static Text fingerprint(Rng r) {
        Herb h = r.pick(new Herb[] {HERBS[6], HERBS[4], HERBS[0], HERBS[2], HERBS[8], HERBS[12]});
        String subject = r.chance(0.5) ? h.zh() + "饮片" : "中药材" + h.zh();
        Effect e = effects(List.of(
                new Effect("方法专属性强、重复性好，可全面评价" + h.zh() + "的质量", "is specific and reproducible and evaluates the quality "
                        + "of " + h.en() + " as a whole"),
                new Effect("提高了质量控制的准确性，使产品质量可控", "improves the accuracy of quality control and makes the quality "
                        + "controllable"),
                new Effect("操作简便，分析时间短", "is easy to operate and fast")),
                List.of(new Effect("现有标准仅测定单一成分含量，难以保证质量稳定", "current standards assay one ingredient only and "
                        + "fail to ensure a stable quality")), 0.4, r);
        return new Text(Topic.TCM_QUALITY.id,
                "一种" + subject + "的HPLC指纹图谱构建方法及质量检测方法",
                "Method for building an HPLC fingerprint of the Chinese herbal medicine " + h.en() + " and quality testing method",
                "本发明公开了一种" + subject + "的HPLC指纹图谱构建方法，采用C18色谱柱，以乙腈-0.1%磷酸水溶液梯度洗脱，标定" + r.between(8, 15)
                        + "个共有峰，以相似度评价和多成分含量测定控制药材质量。" + e.zh(),
                "The invention discloses a method for building an HPLC fingerprint of the Chinese herbal medicine " + h.en() + ": a C18 column "
                        + "is eluted with an acetonitrile and 0.1% phosphoric acid gradient, common peaks are marked, and the quality of the "
                        + "medicinal material is controlled by similarity evaluation and a multi-component assay. " + e.en(),
                "1.一种" + subject + "的HPLC指纹图谱构建方法，其特征在于，包括供试品溶液制备、色谱条件设定、共有峰标定和相似度评价步骤。",
                claims("A method for building an HPLC fingerprint of the Chinese herbal medicine " + h.en() + ", comprising preparing a test "
                                + "solution, setting chromatographic conditions, marking common peaks and evaluating similarity.",
                        "The method",
                        List.of("the detection wavelength is 254 nm", "the column temperature is 30 degrees Celsius",
                                "the similarity to the reference fingerprint is at least 0.90"), r),
                description("quality control of herbal medicines", h.en(), r),
                List.of("G01N30/02", "G01N30/88", h.ipc()), List.of("G01N30/02", "G01N2030/8686"), null,
                List.of("quality-control"));
    }

    private static Text dnaBarcode(Rng r) {
        Herb h = r.pick(new Herb[] {HERBS[1], HERBS[0], HERBS[10], HERBS[3]});
        return new Text(Topic.TCM_QUALITY.id,
                "一种基于DNA条形码鉴别中药材" + h.zh() + "及其混伪品的方法",
                "Method for identifying the medicinal material " + h.en() + " and its adulterants by DNA barcoding",
                "本发明公开了一种基于ITS2序列DNA条形码鉴别中药材" + h.zh() + "及其混伪品的方法，提取样品基因组DNA，以通用引物扩增ITS2序列并测序，"
                        + "与参考序列比对判定物种。本发明准确率高，操作简便，适用于药材流通环节的快速鉴别。",
                "A method identifies the medicinal material " + h.en() + " and its adulterants by ITS2 DNA barcoding: genomic DNA is extracted, the "
                        + "ITS2 region amplified with universal primers and sequenced, and the species assigned by comparison with reference "
                        + "sequences. The method is accurate and easy to operate, for quick identification in the herb trade.",
                "1.一种基于DNA条形码鉴别中药材" + h.zh() + "及其混伪品的方法，其特征在于，包括提取基因组DNA、扩增ITS2序列、测序和序列比对步骤。",
                claims("A method for identifying the medicinal material " + h.en() + ", comprising extracting genomic DNA, amplifying the ITS2 "
                                + "region, sequencing and comparing the sequence with reference sequences.",
                        "The method",
                        List.of("the primers are ITS2F and ITS3R", "the annealing temperature is 56 degrees Celsius",
                                "species are assigned by K2P distances"), r),
                description("species identification", h.en(), r),
                List.of("C12Q1/6888", "C12N15/11"), List.of("C12Q1/6888", "C12Q2600/156"), null,
                List.of("quality-control"));
    }

    // ---- midstream: pharmaceutical machinery ----------------------------------------------------------

    private static Text slicer(Kind kind, Rng r) {
        Effect effect = r.pick(List.of(
                new Effect("饮片加工效率高，药材损耗小", "raises the processing efficiency of decoction pieces and reduces the loss of material"),
                new Effect("切片厚度均匀，降低了劳动强度", "cuts slices of even thickness and reduces the labor intensity"),
                new Effect("自动化程度高，运行可靠", "is highly automated and runs reliably")));
        List<String> branches = List.of("processing-decoction-pieces", "pharmaceutical-equipment/material-processing-machinery");
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.TCM_SLICER.id, "一种中药饮片切片装置", "Slicing device for traditional Chinese medicine decoction pieces",
                    List.of("B26D1/29"), List.of("B26D1/29"), "刀架、进料输送带和压料辊", "a blade holder, a feed conveyor and a pressing roller",
                    effect, branches, r);
        }
        return new Text(Topic.TCM_SLICER.id, "一种中药饮片自动切片机及切片方法",
                "Automatic slicing machine for decoction pieces and slicing method",
                "本发明公开了一种中药饮片自动切片机，包括往复式切刀、伺服送料机构、厚度检测传感器和控制器，控制器根据检测厚度实时调整送料速度。本发明"
                        + effect.zh() + "。",
                "An automatic slicing machine for decoction pieces comprises a reciprocating cutter, a servo feeding mechanism, a thickness sensor and "
                        + "a controller that adjusts the feed speed from the measured thickness. The invention " + effect.en() + ".",
                "1.一种中药饮片自动切片机，其特征在于，包括往复式切刀、伺服送料机构、厚度检测传感器和控制器。",
                claims("An automatic slicing machine for decoction pieces, comprising a reciprocating cutter, a servo feeding mechanism, a "
                                + "thickness sensor and a controller.",
                        "The slicing machine",
                        List.of("the cutter strokes 200 times per minute", "the thickness is set between 1 and 5 mm",
                                "the conveyor belt is food-grade polyurethane"), r),
                description("pharmaceutical machinery", "slicing of decoction pieces", r),
                List.of("B26D1/29", "B26D5/08"), List.of("B26D1/29"), null, branches);
    }

    private static Text dryer(Kind kind, Rng r) {
        // A dryer of fresh 药材 works at origin; one of 饮片 works in the pieces factory (the chain's drying
        // query places both at origin).
        boolean fresh = r.chance(0.5);
        String goods = fresh ? "中药材" : "中药饮片";
        String goodsEn = fresh ? "medicinal materials" : "decoction pieces";
        List<String> branches = fresh
                ? List.of("harvest-primary-processing", "pharmaceutical-equipment/material-processing-machinery")
                : List.of("processing-decoction-pieces", "pharmaceutical-equipment/material-processing-machinery");
        Effect effect = r.pick(List.of(
                new Effect("干燥均匀，节能降耗", "dries evenly and saves energy"),
                new Effect("降低了干燥能耗，减少了有效成分损失", "reduces the energy consumption and the loss of active ingredients"),
                new Effect("温湿度控制精度高，药材质量稳定", "controls temperature and humidity precisely for a stable quality")));
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.TCM_DRYER.id, "一种" + goods + "烘干装置", "Drying device for " + goodsEn,
                    List.of("F26B9/06", "F26B21/00"), List.of("F26B9/06"), "烘箱、热风循环风机和多层托盘",
                    "an oven, a hot-air circulation fan and stacked trays", effect, branches, r);
        }
        Effect e = effects(List.of(effect), List.of(new Effect("现有热风烘箱能耗高，难以降低能耗", "conventional hot-air ovens use "
                + "much energy and fail to reduce the energy consumption")), 0.4, r);
        return new Text(Topic.TCM_DRYER.id, "一种" + goods + "热泵低温干燥设备及干燥方法",
                "Heat-pump low-temperature drying equipment for " + goodsEn + " and drying method",
                "本发明公开了一种" + goods + "热泵低温干燥设备，包括干燥室、热泵机组、除湿回热系统和分段温湿度控制器，按物料含水率分阶段调节干燥温度。"
                        + e.zh(),
                "The invention discloses heat-pump drying equipment for " + goodsEn + " at low temperature, comprising a drying chamber, a heat "
                        + "pump unit, a dehumidifying heat-recovery system and a staged temperature and humidity controller that sets the drying "
                        + "temperature by the moisture of the material. " + e.en(),
                "1.一种" + goods + "热泵低温干燥设备，其特征在于，包括干燥室、热泵机组、除湿回热系统和分段温湿度控制器。",
                claims("Heat-pump drying equipment for " + goodsEn + ", comprising a drying chamber, a heat pump unit, a dehumidifying "
                                + "heat-recovery system and a staged temperature and humidity controller.",
                        "The drying equipment",
                        List.of("the drying temperature is 40 to 60 degrees Celsius", "the air speed over the trays is 1.5 m/s",
                                "the chamber holds 12 trolleys"), r),
                description("drying of " + goodsEn, "heat-pump drying", r),
                List.of("F26B23/00", "F26B21/08"), List.of("F26B23/005", "Y02P70/10"), null, branches);
    }

    private static Text extractor(Kind kind, Rng r) {
        List<String> branches = List.of("extraction-purification", "pharmaceutical-equipment/extraction-equipment");
        Effect effect = r.pick(List.of(
                new Effect("提取效率高，溶剂可回收，节约能源", "extracts efficiently, recovers the solvent and saves energy"),
                new Effect("提取浓缩一体完成，占地面积小", "extracts and concentrates in one unit and needs little floor space"),
                new Effect("减少了有效成分的热损失", "reduces the heat loss of active ingredients")));
        if (kind == Kind.UTILITY_MODEL) {
            return Templates.device(Topic.TCM_EXTRACTOR.id, "一种中药材多功能提取浓缩装置",
                    "Multifunctional extraction and concentration device for Chinese herbal medicinal materials",
                    List.of("B01D11/02", "B01D1/00"), List.of("B01D11/0203", "B01D1/0082"), "提取罐、冷凝器、油水分离器和真空浓缩罐",
                    "an extraction tank, a condenser, an oil-water separator and a vacuum concentration tank", effect, branches, r);
        }
        return new Text(Topic.TCM_EXTRACTOR.id, "一种中药材动态逆流提取系统及提取方法",
                "Dynamic countercurrent extraction system for Chinese herbal medicinal materials and extraction method",
                "本发明公开了一种中药材动态逆流提取系统，包括串联的多级提取罐、逆流输液泵、在线浓度检测器和MVR蒸发浓缩器，溶剂与药材逆向流动。本发明"
                        + effect.zh() + "。",
                "A dynamic countercurrent extraction system for Chinese herbal medicinal materials comprises extraction tanks in series, "
                        + "countercurrent pumps, an in-line concentration detector and an MVR evaporator; solvent and material flow in opposite "
                        + "directions. The invention " + effect.en() + ".",
                "1.一种中药材动态逆流提取系统，其特征在于，包括串联的多级提取罐、逆流输液泵、在线浓度检测器和MVR蒸发浓缩器。",
                claims("A countercurrent extraction system for Chinese herbal medicinal materials, comprising extraction tanks in series, "
                                + "countercurrent pumps, an in-line concentration detector and an MVR evaporator.",
                        "The extraction system",
                        List.of("three to five tanks are in series", "the concentration is read by a refractometer",
                                "the evaporator works at 60 degrees Celsius under vacuum"), r),
                description("pharmaceutical machinery", "extraction of medicinal materials", r),
                List.of("B01D11/02", "B01D1/28"), List.of("B01D11/0219", "B01D1/2881"), null, branches);
    }

    /**
     * Machines that make or pack the dosage forms. Titled with 饮片, as such machines are, they are in the
     * tcm sector; the packing machine belongs to the pieces' production, the decocting machine to dispensing.
     */
    private static Text formulationMachine(Rng r) {
        return r.chance(0.5)
                ? Templates.device(Topic.TCM_FORMULATION_MACHINE.id, "一种中药饮片煎煮装置",
                        "Decocting device for traditional Chinese medicine decoction pieces",
                        List.of("A61J3/00", "A47J27/00"), List.of("A61J3/00"), "煎煮罐、温控加热器和过滤网",
                        "a decoction pot, a temperature-controlled heater and a filter screen",
                        new Effect("煎煮温度可控，有效成分煎出率高", "controls the decocting temperature and extracts the active ingredients well"),
                        List.of("pharmaceutical-equipment/formulation-equipment"), r)
                : Templates.device(Topic.TCM_FORMULATION_MACHINE.id, "一种中药饮片自动定量包装机",
                        "Automatic weighing and packing machine for decoction pieces",
                        List.of("B65B1/32", "B65B9/06"), List.of("B65B1/32"), "料斗、组合秤、制袋成型器和热封切断装置",
                        "a hopper, a combination weigher, a bag former and a heat-sealing cutter",
                        new Effect("计量准确，包装效率高", "weighs accurately and packs efficiently"),
                        List.of("processing-decoction-pieces", "pharmaceutical-equipment/formulation-equipment"), r);
    }

    // ---- downstream: health products, veterinary and agricultural uses -------------------------------

    private static Text healthFood(Rng r) {
        Herb h = r.pick(new Herb[] {HERBS[4], HERBS[1], HERBS[8], HERBS[9], HERBS[10], HERBS[12]});
        boolean tea = r.chance(0.4);
        String product = tea ? "代茶饮" : r.pick(new String[] {"压片糖果", "固体饮料", "口服液"});
        String productEn = tea ? "herbal tea" : "health food";
        Effect e = effects(List.of(
                new Effect("具有增强免疫力的作用", "helps to enhance immunity"),
                new Effect("口感好，易于长期食用", "tastes good and suits long-term consumption"),
                new Effect("掩盖了" + h.zh() + "的苦味，改善了口感", "masks the bitterness of " + h.en() + " and improves the taste"),
                new Effect("安全无毒，适合中老年人群", "is safe and non-toxic for middle-aged and elderly people")),
                List.of(), 0, r);
        List<String> ipc = new ArrayList<>(tea ? List.of("A23F3/34", h.ipc()) : List.of("A23L33/105", "A23L2/38", h.ipc()));
        if (r.chance(0.4)) {
            // Health foods may be classed with a therapeutic activity: the chain's medicine query takes them.
            ipc.add("A61P37/04");
        }
        return new Text(Topic.TCM_HEALTH_FOOD.id,
                "一种含" + h.zh() + "的药食同源" + product + "及其制备方法",
                capitalise(productEn) + " of food and medicine homology containing " + h.en() + " and preparation method thereof",
                "本发明公开了一种含" + h.zh() + "的药食同源" + product + "，以" + h.zh() + "、枸杞、大枣等药食同源物品为原料，经提取、调配、"
                        + (tea ? "低温烘焙" : "制粒压片") + "制成。" + e.zh(),
                "The invention discloses a " + productEn + " of food and medicine homology containing " + h.en() + " as a medicinal herb "
                        + "together with wolfberry and jujube, made by extraction, blending and " + (tea ? "low-temperature roasting" : "tabletting")
                        + ". " + e.en(),
                "1.一种含" + h.zh() + "的药食同源" + product + "，其特征在于，由" + h.zh() + "、枸杞和大枣的提取物与辅料制成。",
                claims("A " + productEn + " containing " + h.en() + ", made of extracts of " + h.en() + ", wolfberry and jujube with excipients.",
                        "The " + productEn,
                        List.of("the extracts are obtained with hot water", "xylitol is the sweetener", "each serving holds 3 g of extract"), r),
                description("health foods", h.en(), r),
                List.copyOf(ipc), tea ? List.of("A23F3/34") : List.of("A23L33/105", "A23V2002/00"), null,
                List.of("health-products/foods-and-supplements"));
    }

    private static Text cosmetic(Rng r) {
        Herb h = r.pick(new Herb[] {HERBS[0], HERBS[13], HERBS[3], HERBS[10], new Herb("人参", "ginseng", "A61K36/258")});
        String[] use = r.pick(new String[][] {{"美白", "whitening", "A61Q19/02"}, {"抗皱", "anti-wrinkle", "A61Q19/08"}});
        // Herbs the chain's cosmetic keywords know name the product as TCM; the others only when the abstract says 中药提取物.
        boolean tcmWording = h.zh().equals("白芍") || h.zh().equals("亳白芍") || h.zh().equals("当归") || h.zh().equals("人参")
                || r.chance(0.5);
        String extract = tcmWording ? "中药提取物" : "植物提取物";
        Effect e = effects(List.of(
                new Effect("对皮肤刺激小，安全性高", "irritates the skin little and is safe"),
                new Effect("稳定性好，不易变质", "is stable and does not spoil easily"),
                new Effect(use[0] + "效果显著", "has a marked " + use[1] + " effect")),
                List.of(), 0, r);
        return new Text(Topic.TCM_COSMETIC.id,
                "一种含" + h.zh() + "提取物的" + use[0] + "精华液及其制备方法",
                capitalise(use[1]) + " serum containing " + h.en() + " extract and preparation method thereof",
                "本发明公开了一种含" + h.zh() + "提取物的" + use[0] + "精华液，由" + h.zh() + "等" + extract + "、透明质酸钠、烟酰胺和水相基质制成。"
                        + e.zh(),
                "The invention discloses a " + use[1] + " serum made of " + h.en() + (tcmWording ? " and other herbal extracts" : " and other plant extracts")
                        + ", sodium hyaluronate, niacinamide and an aqueous base. " + e.en(),
                "1.一种" + use[0] + "精华液，其特征在于，由" + h.zh() + "提取物、透明质酸钠、烟酰胺和水相基质制成。",
                claims("A " + use[1] + " serum consisting of " + h.en() + " extract, sodium hyaluronate, niacinamide and an aqueous base.",
                        "The serum",
                        List.of("the extract is 0.5 to 3% by weight", "the serum contains no ethanol", "the pH is 5.5 to 6.5"), r),
                description("cosmetics", use[1] + " care", r),
                List.of("A61K8/9789", use[2], h.ipc()), List.of("A61K8/9789", use[2]), null,
                List.of("health-products/cosmetics"));
    }

    private static Text veterinaryFormula(Rng r) {
        String[][] diseases = {{"仔猪腹泻", "piglet diarrhea", "A61P1/12"}, {"鸡大肠杆菌病", "avian colibacillosis", "A61P31/04"},
            {"奶牛乳房炎", "bovine mastitis", "A61P15/14"}};
        String[] d = r.pick(diseases);
        Herb h1 = HERBS[11];
        Herb h2 = r.pick(new Herb[] {HERBS[12], HERBS[8], HERBS[4]});
        // A formula for animals whose title does not say so: the chain finds it only by its title.
        boolean named = r.chance(0.7);
        String titleZh = named ? "一种防治" + d[0] + "的兽用中药组合物及其制备方法" : "一种清热燥湿的中药组合物及其制备方法";
        String titleEn = named ? "Veterinary herbal composition for preventing and treating " + d[1] + " and preparation method thereof"
                : "Herbal composition for clearing heat and drying dampness and preparation method thereof";
        Effect e = effects(List.of(
                new Effect("无药物残留，不易产生耐药性", "leaves no drug residue and breeds no resistance"),
                new Effect("治愈率高，成本低", "has a high cure rate at a low cost")),
                List.of(), 0, r);
        return new Text(Topic.TCM_VETERINARY.id, titleZh, titleEn,
                "本发明公开了一种中药组合物，由" + h1.zh() + "、" + h2.zh() + "、黄连、白头翁按比例制成，用于防治" + d[0] + "，可替代抗生素使用。" + e.zh(),
                "The invention discloses a herbal composition of " + h1.en() + ", " + h2.en() + ", coptis and pulsatilla for preventing and "
                        + "treating " + d[1] + " in livestock in place of antibiotics. " + e.en(),
                "1.一种中药组合物，其特征在于，由" + h1.zh() + "、" + h2.zh() + "、黄连和白头翁制成。",
                claims("A herbal composition for animals consisting of " + h1.en() + ", " + h2.en() + ", coptis and pulsatilla.",
                        "The composition",
                        List.of("it is given in drinking water", "the daily dose is 0.5 g per kg body weight", "it is made into a powder"), r),
                description("veterinary medicine", d[1], r),
                d[2].equals("A61P31/04") ? List.of(h1.ipc(), d[2]) : List.of(h1.ipc(), d[2], "A61P31/04"),
                List.of(h1.ipc(), d[2]), null,
                List.of("veterinary-agricultural/veterinary-tcm"));
    }

    private static Text feedAdditive(Rng r) {
        String[] animal = r.pick(new String[][] {{"蛋鸡", "laying hens", "A23K50/75"}, {"肉羊", "mutton sheep", "A23K50/10"},
            {"生猪", "pigs", "A23K50/30"}});
        return new Text(Topic.TCM_VETERINARY.id,
                "一种含中草药的" + animal[0] + "饲料添加剂及其制备方法",
                "Feed additive containing Chinese herbal medicine for " + animal[1] + " and preparation method thereof",
                "本发明公开了一种含中草药的" + animal[0] + "饲料添加剂，由黄芪、板蓝根、甘草等中草药粉碎发酵后与载体混合制成，添加于基础日粮中。"
                        + "本发明增强了" + animal[0] + "的免疫力，减少了抗生素的使用。",
                "The invention discloses a feed additive for " + animal[1] + " of Chinese herbal medicine: astragalus, isatis and licorice are "
                        + "ground, fermented and mixed with a carrier, and the additive is added to the basal diet. The invention enhances the "
                        + "immunity of the animals and reduces the use of antibiotics.",
                "1.一种含中草药的" + animal[0] + "饲料添加剂，其特征在于，由发酵中草药粉与载体混合制成。",
                claims("A feed additive for " + animal[1] + ", consisting of a fermented Chinese herbal powder mixed with a carrier.",
                        "The feed additive",
                        List.of("it is added at 0.5 to 1% of the diet", "the fermentation uses Bacillus subtilis", "the carrier is wheat bran"), r),
                description("animal feed", animal[1], r),
                List.of("A23K10/30", animal[2], "A61K36/481"), List.of("A23K10/30", animal[2]), null,
                List.of("veterinary-agricultural/veterinary-tcm"));
    }

    private static Text residueFertiliser(Rng r) {
        Effect e = effects(List.of(
                new Effect("实现了药渣的资源化利用，减少了环境污染", "turns the residue into a resource and reduces environmental pollution"),
                new Effect("肥效持久，成本低", "fertilizes lastingly at a low cost"),
                new Effect("改良土壤，提高了药材品质", "improves the soil and the quality of the medicinal materials grown")),
                List.of(new Effect("中药渣露天堆放易腐败，且难以减少污染", "herb residue piled in the open rots easily and cannot be kept "
                        + "from polluting")), 0.3, r);
        return new Text(Topic.TCM_RESIDUE_FERTILISER.id,
                "一种利用中药材提取残渣制备生物有机肥的方法",
                "Method for preparing bio-organic fertilizer from the extraction residue of medicinal materials",
                "本发明公开了一种利用中药材提取残渣制备生物有机肥的方法，将中药渣脱水后与畜禽粪便、秸秆混合，接种复合微生物菌剂好氧发酵"
                        + r.between(20, 35) + "天制成生物有机肥。" + e.zh(),
                "The invention discloses a method for making bio-organic fertilizer from herb residue left by extraction: the dewatered residue "
                        + "is mixed with manure and straw, inoculated with compound microbes and composted aerobically. " + e.en(),
                "1.一种利用中药材提取残渣制备生物有机肥的方法，其特征在于，包括药渣脱水、混料、接种菌剂和好氧发酵步骤。",
                claims("A method for preparing a bio-organic fertilizer from herb residue, comprising dewatering the residue, mixing it with "
                                + "manure and straw, inoculating compound microbes and composting aerobically.",
                        "The method",
                        List.of("the residue holds 55 to 60% water after dewatering", "the pile is turned every 3 days",
                                "the compost reaches 55 degrees Celsius for at least 5 days"), r),
                description("organic fertilizers", "herb residue", r),
                List.of("C05F11/08", "C05F17/20", "C05F3/00"), List.of("C05F11/08", "Y02W30/40"), null,
                List.of("veterinary-agricultural/agricultural-tcm"));
    }

    private static int indexOf(Herb h) {
        for (int k = 0; k < HERBS.length; k++) {
            if (HERBS[k] == h) {
                return k;
            }
        }
        throw new IllegalArgumentException(h.zh());
    }
}
