package org.patnav.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A legal or fee event (a row of the {@code events} table). Events attach to a patent by
 * {@code patentKey} ({@code CC-NUMBER} of the granted publication, kind dropped: the USPTO
 * maintenance-fee file gives no kind code) and by {@code applicationId}; {@code pubId} is set when
 * the source names the exact publication.
 *
 * @param code        the office's own code or text ({@code M1551}, {@code EXP.}, {@code 未缴年费专利权终止})
 * @param feeYear     the fee year the event is about (US 4/8/12; CN patent year), when stated
 * @param entityStatus US entity size at the time of the event (large / small / micro), when stated
 * @param filingDate  the application filing date, as the event source states it
 * @param grantDate   the grant date, as the event source states it
 * @param mergedFrom  identical events seen again (cumulative weekly files repeat every event)
 * @param fromParties who transfers, licenses or pledges the right (转让人, 许可人, 出质人), when the source names them
 * @param toParties   who receives it (受让人, 被许可人, 质权人), when the source names them
 */
public record LegalEvent(
        String country,
        String pubId,
        String patentKey,
        String applicationId,
        LocalDate eventDate,
        String code,
        EventCategory category,
        String description,
        Integer feeYear,
        String entityStatus,
        BigDecimal amount,
        String currency,
        LocalDate filingDate,
        LocalDate grantDate,
        SourceRef source,
        List<SourceRef> mergedFrom,
        List<Party> fromParties,
        List<Party> toParties) {

    public LegalEvent {
        mergedFrom = List.copyOf(mergedFrom);
        fromParties = List.copyOf(fromParties);
        toParties = List.copyOf(toParties);
    }

    /** The identity two sightings of one event share; the dedupe key of the events table. */
    public String eventKey() {
        String subject = patentKey != null ? patentKey : (pubId != null ? pubId : applicationId);
        return subject + "|" + eventDate + "|" + code;
    }

    /** The same event with the office's description of its code (from a code-table file). */
    public LegalEvent withDescription(String text) {
        return new LegalEvent(country, pubId, patentKey, applicationId, eventDate, code, category,
                text, feeYear, entityStatus, amount, currency, filingDate, grantDate, source, mergedFrom,
                fromParties, toParties);
    }

    public LegalEvent withMergedFrom(List<SourceRef> others) {
        return new LegalEvent(country, pubId, patentKey, applicationId, eventDate, code, category,
                description, feeYear, entityStatus, amount, currency, filingDate, grantDate, source,
                others, fromParties, toParties);
    }
}
