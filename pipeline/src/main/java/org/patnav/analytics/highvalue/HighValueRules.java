package org.patnav.analytics.highvalue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.patnav.normalize.RuleFiles;

/**
 * The parameters of the high-value definition in force on a date, from {@code high-value-rules.tsv}
 * (rule, value, effective_from, source): which criteria apply, the maintenance years, the pledge
 * threshold, which offices are not "abroad", which owner countries are not domestic, and how owners
 * place a patent in a region.
 *
 * <p>Serializable: the driver reads the rules (shipped or from {@code --high-value-rules FILE}) and the Spark
 * tasks get them as a value, so no task opens a local path.
 */
public record HighValueRules(Set<HighValueCriterion> criteria, int maintainedYears, BigDecimal pledgeThresholdYuan,
                             Set<String> officesNotAbroad, Set<String> domesticExcludes, RegionRule regionBy)
        implements Serializable {

    /** Which owner's address places a patent in a region. */
    public enum RegionRule {
        /** The first current owner's (the rule CNIPA's regional statistics follow). */
        FIRST_OWNER,
        /** Every current owner's: a patent counts once in each region one of its owners sits in. */
        EVERY_OWNER
    }

    private static final String RESOURCE = "high-value-rules.tsv";
    private static final List<String> RULES = List.of("criteria", "maintained_years", "pledge_threshold",
            "offices_not_abroad", "domestic_excludes", "region_by");

    public HighValueRules {
        criteria = Set.copyOf(criteria);
        officesNotAbroad = Set.copyOf(officesNotAbroad);
        domesticExcludes = Set.copyOf(domesticExcludes);
    }

    /** The shipped rules in force on the date. */
    public static HighValueRules defaults(LocalDate date) {
        return inForce(RESOURCE, RuleFiles.resourceLines(HighValueRules.class, RESOURCE, 4), date);
    }

    /** The rules of a file in the shipped layout, in force on the date. */
    public static HighValueRules read(Path file, LocalDate date) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return inForce(file.toString(), RuleFiles.lines(in, file.toString(), 4), date);
        }
    }

    private static HighValueRules inForce(String name, List<RuleFiles.Line> lines, LocalDate date) {
        Map<String, TreeMap<LocalDate, RuleFiles.Line>> byRule = new LinkedHashMap<>();
        for (RuleFiles.Line line : lines) {
            if (!RULES.contains(line.cell(0))) {
                throw line.error("unknown rule '" + line.cell(0) + "' (expected one of " + RULES + ")");
            }
            byRule.computeIfAbsent(line.cell(0), k -> new TreeMap<>()).put(line.date(2), line);
        }
        Map<String, RuleFiles.Line> current = new LinkedHashMap<>();
        for (String rule : RULES) {
            TreeMap<LocalDate, RuleFiles.Line> versions = byRule.get(rule);
            if (versions == null) {
                throw new IllegalStateException(name + ": no rule '" + rule + "'");
            }
            // Before its first row a rule applies as first written: statistics apply the definition back
            // to their baseline (the plan's 2020 figure predates the 2021 definition).
            Map.Entry<LocalDate, RuleFiles.Line> e = versions.floorEntry(date);
            current.put(rule, (e == null ? versions.firstEntry() : e).getValue());
        }
        RuleFiles.Line criteria = current.get("criteria");
        Set<HighValueCriterion> chosen = EnumSet.noneOf(HighValueCriterion.class);
        for (String id : criteria.cell(1).split(",")) {
            try {
                chosen.add(HighValueCriterion.ofId(id));
            } catch (IllegalArgumentException e) {
                throw criteria.error(e.getMessage());
            }
        }
        RuleFiles.Line region = current.get("region_by");
        RegionRule regionBy;
        try {
            regionBy = RegionRule.valueOf(region.cell(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw region.error("region_by is first_owner or every_owner, not '" + region.cell(1) + "'");
        }
        return new HighValueRules(chosen, current.get("maintained_years").integer(1),
                current.get("pledge_threshold").decimal(1), codes(current.get("offices_not_abroad")),
                codes(current.get("domestic_excludes")), regionBy);
    }

    private static Set<String> codes(RuleFiles.Line line) {
        return Arrays.stream(line.cell(1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** One line per rule, for the methods section and {@code report.json}. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("criteria=" + criteria.stream().sorted().map(HighValueCriterion::id).collect(Collectors.joining(",")));
        out.add("maintained_years=" + maintainedYears);
        out.add("pledge_threshold=" + pledgeThresholdYuan.toPlainString());
        out.add("offices_not_abroad=" + officesNotAbroad.stream().sorted().collect(Collectors.joining(",")));
        out.add("domestic_excludes=" + domesticExcludes.stream().sorted().collect(Collectors.joining(",")));
        out.add("region_by=" + regionBy.name().toLowerCase(java.util.Locale.ROOT));
        return out;
    }
}
