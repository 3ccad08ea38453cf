package org.patnav.analytics.landscape;

import org.patnav.report.Section;

/**
 * One section of the landscape report: its tables (grouping, measures, filter, ordering), its charts and
 * the rule of its findings, computed from the sector's counting units in {@link LandscapeContext}. Each
 * analysis is declared once, here in {@code pipeline}; the landscape job only gathers the units. Adding an
 * analysis is one class and one line in {@link LandscapeAnalyses#ALL}.
 */
public interface LandscapeAnalysis {

    /** The section id: the report's anchor and the prefix of its data files. */
    String id();

    /** Whether the run's options ask for this section (the company section needs companies). */
    default boolean applies(LandscapeContext c) {
        return true;
    }

    Section build(LandscapeContext c);
}
