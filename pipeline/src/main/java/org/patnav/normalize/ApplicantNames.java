package org.patnav.normalize;

import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.patnav.model.Party;
import org.patnav.model.PartyType;

/**
 * Applicant, assignee and inventor names: the normalised name used for grouping, and the party type.
 *
 * <p>Chinese names are folded to half-width with spaces removed ({@code 亳州市华佗中药有限公司（普通合伙）}
 * and {@code 亳州市华佗中药有限公司(普通合伙)} are one name). Latin names are upper-cased, accents and
 * punctuation dropped and legal forms abbreviated ({@code Huawei Technologies Co., Ltd.} becomes
 * {@code HUAWEI TECH CO LTD}). A name listed in the alias table (any spelling, any language) is
 * replaced by its canonical name, so {@code HUAWEI TECH CO LTD} groups under {@code 华为技术有限公司}.
 * All three tables are data: {@code party-types.tsv}, {@code name-abbreviations.tsv},
 * {@code applicant-aliases.tsv}.
 */
public final class ApplicantNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");
    /**
     * Two or three single letters each closed by a dot, nothing between them: the way legal forms
     * are written (L.P., S.A., N.V., S.p.A., L.L.C.). Initials with spaces ("A. G.") are left alone.
     */
    private static final Pattern DOTTED_LEGAL_FORM = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(?:\\p{L}\\.){2,3}(?![\\p{L}\\p{N}])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> KEY_STOP_WORDS = Set.of("OF", "THE", "AND", "&", "FOR", "DE");

    private record TypeRule(PartyType type, boolean wholeWord, String pattern) implements Serializable {
    }

    private final List<TypeRule> typeRules;
    private final Map<String, String> abbreviations;
    private final int maxAbbreviationWords;
    private final Map<String, String> aliasesByKey;

    private ApplicantNames(List<TypeRule> typeRules, Map<String, String> abbreviations,
                           Map<String, String> aliasesByKey) {
        this.typeRules = typeRules;
        this.abbreviations = abbreviations;
        this.maxAbbreviationWords = abbreviations.keySet().stream()
                .mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.aliasesByKey = aliasesByKey;
    }

    /** The shipped tables. */
    public static ApplicantNames defaults() {
        return build(RuleFiles.resource(ApplicantNames.class, "applicant-aliases.tsv"));
    }

    /** The shipped tables plus a user's alias file (its lines win over the shipped ones). */
    public static ApplicantNames withAliases(Path aliasFile) {
        return withAliases(RuleFiles.file(aliasFile));
    }

    /** The shipped tables plus alias lines read elsewhere (variant, canonical name). */
    public static ApplicantNames withAliases(List<String[]> extraAliases) {
        List<String[]> aliases = new ArrayList<>(RuleFiles.resource(ApplicantNames.class, "applicant-aliases.tsv"));
        aliases.addAll(extraAliases);
        return build(aliases);
    }

    private static ApplicantNames build(List<String[]> aliasRows) {
        List<TypeRule> rules = new ArrayList<>();
        for (String[] row : RuleFiles.resource(ApplicantNames.class, "party-types.tsv")) {
            if (row.length < 3) {
                throw new IllegalStateException("party-types.tsv: expected type, match, pattern: " + Arrays.toString(row));
            }
            boolean word = switch (row[1]) {
                case "word" -> true;
                case "contains" -> false;
                default -> throw new IllegalStateException("party-types.tsv: unknown match kind " + row[1]);
            };
            rules.add(new TypeRule(PartyType.fromId(row[0]), word, row[2]));
        }
        Map<String, String> abbreviations = new HashMap<>();
        RuleFiles.resource(ApplicantNames.class, "name-abbreviations.tsv")
                .forEach(r -> abbreviations.put(r[0], r[1]));
        ApplicantNames withoutAliases = new ApplicantNames(rules, abbreviations, Map.of());
        Map<String, String> aliases = new HashMap<>();
        for (String[] row : aliasRows) {
            String canonical = withoutAliases.clean(row[1]);
            aliases.put(withoutAliases.key(withoutAliases.clean(row[0])), canonical);
            aliases.put(withoutAliases.key(canonical), canonical);
        }
        return new ApplicantNames(rules, abbreviations, aliases);
    }

    /** The normalised name: cleaned, then resolved through the alias table. Null for a blank name. */
    public String normalise(String raw) {
        String cleaned = clean(raw);
        if (cleaned == null) {
            return null;
        }
        return aliasesByKey.getOrDefault(key(cleaned), cleaned);
    }

    /** Cleaning without aliases: width, case, punctuation and legal-form folding. */
    String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (ChineseText.containsHan(raw)) {
            String s = ChineseText.compact(raw).toUpperCase(Locale.ROOT);
            return stripTrailingPunctuation(s);
        }
        String s = Normalizer.normalize(ChineseText.toHalfWidth(raw), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
        // Join dotted legal forms before punctuation goes, so "Dell Products L.P." meets the
        // LP of other sources and the company rules, instead of becoming the initials "L P".
        s = DOTTED_LEGAL_FORM.matcher(s).replaceAll(m -> m.group().replace(".", "") + " ");
        String[] words = NON_WORD.matcher(s).replaceAll(" ").strip().split(" ");
        StringBuilder out = new StringBuilder(s.length());
        int i = words.length > 1 && words[0].equals("THE") ? 1 : 0;
        while (i < words.length) {
            if (words[i].isEmpty()) {
                i++;
                continue;
            }
            // Longest legal form starting at this word wins ("KABUSHIKI KAISHA" before a one-word form).
            int taken = 1;
            String replacement = words[i];
            for (int n = Math.min(maxAbbreviationWords, words.length - i); n >= 1; n--) {
                String form = n == 1 ? words[i] : String.join(" ", Arrays.copyOfRange(words, i, i + n));
                String shortForm = abbreviations.get(form);
                if (shortForm != null) {
                    replacement = shortForm;
                    taken = n;
                    break;
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(replacement);
            i += taken;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Matching key of a cleaned name: Latin words without "of/the/and", in sorted order. */
    String key(String cleaned) {
        if (ChineseText.containsHan(cleaned)) {
            return cleaned;
        }
        return Arrays.stream(cleaned.split(" "))
                .filter(w -> !w.isEmpty() && !KEY_STOP_WORDS.contains(w))
                .sorted()
                .reduce((a, b) -> a + " " + b)
                .orElse(cleaned);
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ".,;:、。，；".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * The party type of a normalised name by the first matching rule; a name no rule matches is an
     * individual when it looks like a person's name (2-4 Han characters, or at most four Latin words),
     * else a company.
     */
    public PartyType classify(String normalisedName) {
        if (normalisedName == null) {
            return null;
        }
        String padded = " " + normalisedName + " ";
        for (TypeRule rule : typeRules) {
            boolean hit = rule.wholeWord()
                    ? padded.contains(" " + rule.pattern() + " ")
                    : normalisedName.contains(rule.pattern());
            if (hit) {
                return rule.type();
            }
        }
        if (ChineseText.containsHan(normalisedName)) {
            int len = normalisedName.codePointCount(0, normalisedName.length());
            return len >= 2 && len <= 4 ? PartyType.INDIVIDUAL : PartyType.COMPANY;
        }
        return normalisedName.split(" ").length <= 4 ? PartyType.INDIVIDUAL : PartyType.COMPANY;
    }

    /**
     * A party from a raw name. {@code knownType} is what the source states (an XML
     * first-name/last-name pair is a person), or null to classify by name.
     */
    public Party party(String rawName, PartyType knownType, String country, String address,
                       String regionCode) {
        String name = normalise(rawName);
        PartyType type = knownType != null ? knownType : classify(name);
        return new Party(rawName, name, type, country, address, regionCode);
    }
}
