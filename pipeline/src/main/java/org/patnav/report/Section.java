package org.patnav.report;

import java.util.List;

/**
 * One section of a report: a heading, the one-sentence findings computed from its tables, its charts
 * (each drawn from one of the tables) and the tables themselves.
 */
public record Section(String id, String title, List<String> findings, List<Chart> charts, List<Table> tables) {

    public Section {
        findings = List.copyOf(findings);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        for (Chart c : charts) {
            if (tables.stream().noneMatch(t -> t.id().equals(c.tableId()))) {
                throw new IllegalArgumentException("section " + id + ": chart " + c.id() + " draws table "
                        + c.tableId() + ", which is not in the section");
            }
        }
    }
}
