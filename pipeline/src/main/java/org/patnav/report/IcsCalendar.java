package org.patnav.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar file (RFC 5545) of all-day events, written as it goes: each event is a deadline with a
 * reminder two weeks ahead. Text is escaped (backslash, semicolon, comma, newline) and content lines
 * are folded at 75 octets without splitting a UTF-8 character, so any calendar imports it.
 */
public final class IcsCalendar implements AutoCloseable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Writer out;
    private final String stamp;

    /**
     * @param stamp the DTSTAMP of every event: the date the calendar describes (not the wall clock), so
     *              the same inputs give the same file
     */
    public IcsCalendar(Writer out, String productId, LocalDate stamp) throws IOException {
        this.out = out;
        this.stamp = DAY.format(stamp) + "T000000Z";
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:" + productId);
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
    }

    /** One all-day event on {@code day}, with a display alarm {@code remindDaysBefore} days ahead. */
    public void event(String uid, LocalDate day, String summary, String description, int remindDaysBefore) throws IOException {
        line("BEGIN:VEVENT");
        line("UID:" + escape(uid));
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DAY.format(day));
        line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        line("DESCRIPTION:" + escape(description));
        line("TRANSP:TRANSPARENT");
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line("TRIGGER:-P" + remindDaysBefore + "D");
        line("DESCRIPTION:" + escape(summary));
        line("END:VALARM");
        line("END:VEVENT");
    }

    @Override
    public void close() throws IOException {
        line("END:VCALENDAR");
        out.close();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Writes a content line, folded at 75 octets (RFC 5545 3.1), ended by CRLF. */
    private void line(String content) throws IOException {
        StringBuilder b = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > 75) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.write(b.append("\r\n").toString());
    }
}
