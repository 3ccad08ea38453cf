package org.patnav.model;

import java.time.LocalDate;

/** A priority claim: the earlier application this one claims, by country, number and date. */
public record Priority(String country, String number, LocalDate date) {
}
