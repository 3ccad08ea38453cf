package org.patnav.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A trademark application or registration (a row of the {@code trademarks} table).
 *
 * @param id                 {@code CC-APPLICATIONNUMBER}: the office and its application (serial) number,
 *                           which a mark keeps from filing to expiry ({@code US-74631225})
 * @param registrationNumber null until registered
 * @param markText           the word element; null for a figurative mark without words
 * @param owners             the current owners (for USPTO records, the parties of the latest ownership
 *                           stage: a subsequent owner after registration replaces the original registrant)
 * @param niceClasses        Nice classes 1-45 of the goods and services, ascending
 * @param renewalDate        the latest renewal, null if never renewed
 * @param statusCode         the office's status code ({@code 800}) or status text ({@code 已注册})
 * @param statusText         the office's description of the status
 * @param expiryDate         the last day of the current registration term (by {@code trademark-terms.tsv})
 * @param live               live (pending or registered) or dead, by {@code trademark-status.tsv}; null
 *                           when the status is not in that table
 */
public record Trademark(String id, String office, String applicationNumber, String registrationNumber, String markText,
                        List<Party> owners, List<Integer> niceClasses, LocalDate filingDate, LocalDate registrationDate,
                        LocalDate renewalDate, LocalDate expiryDate, String statusCode, String statusText,
                        LocalDate statusDate, Boolean live, SourceRef source, List<SourceRef> mergedFrom) {

    public Trademark {
        owners = List.copyOf(owners);
        niceClasses = List.copyOf(niceClasses);
        mergedFrom = List.copyOf(mergedFrom);
    }
}
