package org.patnav.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Titles, abstracts, claims and classifications of sample documents, written for a {@link Topic}: the
 * topic's texts live in {@link TcmTexts}, {@link EquipmentTexts}, {@link EnergyTexts} and
 * {@link OtherTexts}, each with IPC/CPC symbols that fit it, and each text names the branches of its
 * sector's industry chain it truly belongs to (the ground truth of the chain assignment), whatever the
 * shipped chain queries make of it. The "other" sector holds ordinary technology plus near-misses:
 * documents that share a class or a word with a target sector without belonging to it (an A61K chemical
 * drug with no herbal wording, a household robot, a battery-powered toy).
 *
 * <p>Abstracts state technical effects the way CN abstracts do (有益效果, in varied wording); some open
 * with the prior art's shortcoming in a negated clause (难以提高提取率, fails to reduce the energy
 * consumption), which states no effect of the invention.
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
     * @param branches    the chain branches the document belongs to, {@code branch} or {@code branch/sub-branch}
     *                    ids of its sector's chain; empty for documents outside the three sectors
     */
    record Text(String variant, String titleZh, String titleEn, String abstractZh, String abstractEn,
                String claimZh, List<String> claimsEn, List<String> descriptionEn, List<String> ipc,
                List<String> cpc, String locarno, List<String> branches) {
    }

    /** An effect stated in both languages: a clause of the abstract. */
    record Effect(String zh, String en) {
    }

    /**
     * CPC symbols that only add information: the Y section and the 2000-series indexing codes
     * ({@code A61K2236/00}, {@code G05B2219/40519}).
     */
    static boolean isAdditional(String code) {
        String mainGroup = code.substring(4, code.indexOf('/'));
        return code.startsWith("Y") || mainGroup.length() == 4 && mainGroup.startsWith("2");
    }

    static Text generate(Topic topic, Kind kind, Rng r) {
        if (!topic.kinds.contains(kind)) {
            throw new IllegalArgumentException(topic.id + " has no " + kind + " text");
        }
        return switch (topic.sector) {
            case TCM -> TcmTexts.write(topic, kind, r);
            case EQUIPMENT -> EquipmentTexts.write(topic, kind, r);
            case NEW_ENERGY -> EnergyTexts.write(topic, kind, r);
            case OTHER -> OtherTexts.write(topic, kind, r);
        };
    }

    /**
     * The effects clause of an abstract: one or two effects drawn from the topic's, in Chinese and
     * English, and with {@code negatedChance} a shortcoming of the prior art put before it.
     */
    static Effect effects(List<Effect> effects, List<Effect> shortcomings, double negatedChance, Rng r) {
        int first = r.nextInt(effects.size());
        Effect a = effects.get(first);
        String zh = a.zh();
        String en = a.en();
        if (effects.size() > 1 && r.chance(0.5)) {
            Effect b = effects.get((first + 1 + r.nextInt(effects.size() - 1)) % effects.size());
            zh = zh + "，" + b.zh();
            en = en + "; " + b.en();
        }
        if (!shortcomings.isEmpty() && r.chance(negatedChance)) {
            Effect s = r.pick(shortcomings);
            zh = s.zh() + "。本发明" + zh;
            en = s.en() + ". The invention " + en;
        } else {
            zh = "本发明" + zh;
            en = "The invention " + en;
        }
        return new Effect(zh + "。", en + ".");
    }

    /**
     * A utility-model device: a structure of named parts, in the sector's classes.
     *
     * @param effect a clause without subject: 加工效率高，药材损耗小 / has a high processing efficiency
     */
    static Text device(String variant, String titleZh, String titleEn, List<String> ipc, List<String> cpc,
                       String partsZh, String partsEn, Effect effect, List<String> branches, Rng r) {
        String title = titleZh.startsWith("一种") ? titleZh : "一种" + titleZh;
        String subject = title.substring(2);
        return new Text(variant, title, titleEn,
                "本实用新型公开了" + title + "，包括" + partsZh + "。本实用新型结构简单，" + effect.zh() + "。",
                "The utility model discloses a " + lower(titleEn) + " comprising " + partsEn + ". It is simple in structure and "
                        + effect.en() + ".",
                "1." + title + "，其特征在于，包括" + partsZh + "。",
                claims("A " + lower(titleEn) + ", comprising " + partsEn + ".", "The " + lower(titleEn),
                        List.of("the parts are connected by bolts", "a protective cover is provided", "the frame is made of aluminum alloy"), r),
                description("machinery", subject, r), ipc, cpc, null, branches);
    }

    /** A design: CNIPA publishes a brief explanation (简要说明) in place of an abstract, and no claims. */
    static Text design(String variant, String productZh, String productEn, String useZh, String locarno,
                       List<String> branches) {
        String brief = "1．本外观设计产品的名称：" + productZh + "。2．本外观设计产品的用途：" + useZh
                + "。3．本外观设计产品的设计要点：在于形状。4．最能表明设计要点的图片或照片：立体图。";
        return new Text(variant, productZh, productEn, brief, "Design of a " + lower(productEn) + ".", "", List.of(),
                List.of(), List.of(), List.of(), locarno, branches);
    }

    static String lower(String title) {
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Claim 1 and two to four dependent claims drawn from the features. */
    static List<String> claims(String first, String subject, List<String> features, Rng r) {
        List<String> claims = new ArrayList<>();
        claims.add(first);
        int extra = r.between(2, features.size());
        for (int i = 0; i < extra; i++) {
            claims.add(subject + " of claim " + (i == 0 ? 1 : r.between(1, i + 1)) + ", wherein " + features.get(i) + ".");
        }
        return List.copyOf(claims);
    }

    /** A short description: field, background and summary paragraphs, as a grant's description opens. */
    static List<String> description(String field, String topic, Rng r) {
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
