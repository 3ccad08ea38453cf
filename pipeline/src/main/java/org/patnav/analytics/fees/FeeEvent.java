package org.patnav.analytics.fees;

import java.time.LocalDate;

/**
 * An event of the {@code events} table as the fee engine needs it.
 *
 * @param category     an {@code EventCategory} id ({@code fee_paid}, {@code lapse}, {@code restoration}, ...)
 * @param feeYear      the fee the event concerns (US 4 / 8 / 12), when stated
 * @param entityStatus the US entity size the event sets or states, when it does
 */
public record FeeEvent(String category, String code, LocalDate date, Integer feeYear, String entityStatus) {
}
