package org.patnav.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RFC 5545: CRLF lines, escaped text, lines folded at 75 octets without splitting a character. */
class IcsCalendarTest {

    @Test
    void writesAnAllDayEventWithAnAlarm() throws IOException {
        StringWriter w = new StringWriter();
        try (IcsCalendar ics = new IcsCalendar(w, "-//PatNav//Fee watchlist//EN", LocalDate.of(2026, 11, 24))) {
            ics.event("CN-105756668-B-due@patnav", LocalDate.of(2026, 12, 8), "年费到期：CN-105756668-B",
                    "fee; late, unpaid\nline two", 14);
        }
        assertThat(w.toString()).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PatNav//Fee watchlist//EN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:CN-105756668-B-due@patnav", "DTSTAMP:20261124T000000Z",
                "DTSTART;VALUE=DATE:20261208", "DTEND;VALUE=DATE:20261209", "SUMMARY:年费到期：CN-105756668-B",
                "DESCRIPTION:fee\\; late\\, unpaid\\nline two", "TRANSP:TRANSPARENT", "BEGIN:VALARM", "ACTION:DISPLAY",
                "TRIGGER:-P14D", "DESCRIPTION:年费到期：CN-105756668-B", "END:VALARM", "END:VEVENT", "END:VCALENDAR", ""));
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsBetweenCharacters() throws IOException {
        StringWriter w = new StringWriter();
        try (IcsCalendar ics = new IcsCalendar(w, "-//PatNav//EN", LocalDate.of(2026, 11, 24))) {
            ics.event("u", LocalDate.of(2026, 12, 8), "亳州市中药材产业技术研究院".repeat(4), "d", 7);
        }
        for (String line : w.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String summary = w.toString().substring(w.toString().indexOf("SUMMARY:"));
        String unfolded = summary.substring(0, summary.indexOf("\r\nDESCRIPTION")).replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("SUMMARY:" + "亳州市中药材产业技术研究院".repeat(4));
    }
}
