package org.patnav.ingest.maintfee;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.Ingested;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.model.LegalEvent;
import org.patnav.model.RejectReason;
import org.patnav.model.SourceFormat;
import org.patnav.model.SourceRef;
import org.patnav.normalize.Parsed;
import org.patnav.normalize.PatentDates;
import org.patnav.normalize.PublicationNumber;

/**
 * The USPTO Patent Grant Maintenance Fee Events file ({@code MaintFeeEvents_yyyymmdd.txt}): one
 * fixed-width line per fee event, cumulative since 1981. The layout (the width of the patent
 * number, see {@link EventsLayout}) is taken from the file's first event line and every line is read
 * by those columns, so a line of another generation shows up as a reject instead of as shifted
 * fields. Each line is one {@link LegalEvent}; its meaning comes from PatNav's code table, and its
 * description is left to the job, which joins the Desc file read by {@link MaintFeeDescReader}.
 */
public final class MaintFeeEventsReader implements SourceReader {

    /** Zero padding, then a utility number or a reissue's "RE" (or another letter prefix) and digits. */
    private static final Pattern PATENT = Pattern.compile("^[0 ]*([A-Z]{1,2}[0-9]+|[1-9][0-9]*)$");

    private static final String WIDTHS = EventsLayout.SUPPORTED.stream()
            .map(l -> Integer.toString(l.patentWidth())).collect(Collectors.joining(", "));

    @Override
    public SourceFormat format() {
        return SourceFormat.USPTO_MAINTFEE;
    }

    @Override
    public boolean recognises(Head head) {
        return EventsLayout.detect(head.firstLine()).isPresent();
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        return new Events(entry.name(), entry.requireStream(), context.maintFeeCodes());
    }

    private static final class Events extends LineRecords {
        private final MaintFeeCodes codes;
        private EventsLayout layout;

        Events(String file, InputStream in, MaintFeeCodes codes) {
            // The file is ASCII; Latin-1 maps each byte to one character, so a stray byte can never
            // shift the fixed columns.
            super(file, in, StandardCharsets.ISO_8859_1);
            this.codes = codes;
        }

        @Override
        Ingested parse(String line, SourceRef source) {
            if (layout == null) {
                Optional<EventsLayout> detected = EventsLayout.detect(line);
                if (detected.isEmpty()) {
                    return reject(source, RejectReason.MALFORMED_RECORD,
                            "not a maintenance-fee event line in any known layout (patent number of "
                                    + WIDTHS + " characters)", line);
                }
                layout = detected.get();
            }
            if (!layout.fits(line)) {
                return reject(source, RejectReason.MALFORMED_RECORD, "line does not fit the layout of this file ("
                        + layout.patentWidth() + "-character patent number, " + layout.length()
                        + " characters a line)", line);
            }
            return event(line, source);
        }

        private Ingested event(String line, SourceRef source) {
            String patentField = layout.patent(line).strip();
            if (patentField.isEmpty()) {
                return reject(source, RejectReason.MISSING_FIELD, "no patent number", line);
            }
            Matcher patent = PATENT.matcher(patentField);
            Parsed<PublicationNumber> number = patent.matches()
                    ? PublicationNumber.of("US", patent.group(1), null)
                    : Parsed.invalid("not a patent number: " + patentField);
            if (number instanceof Parsed.Invalid<PublicationNumber> invalid) {
                return reject(source, RejectReason.INVALID_NUMBER, invalid.reason(), line);
            }
            String application = layout.application(line);
            if (!application.isBlank() && !EventsLayout.isEightDigits(application)) {
                return reject(source, RejectReason.INVALID_NUMBER,
                        "application number is not 8 digits: '" + application + "'", line);
            }
            char flag = layout.entityFlag(line);
            if ("YNM- ".indexOf(flag) < 0) {
                return reject(source, RejectReason.MALFORMED_RECORD,
                        "small-entity flag is '" + flag + "', not Y, N, M, - or blank", line);
            }
            Parsed<LocalDate> filing = PatentDates.parse(layout.filingDate(line));
            Parsed<LocalDate> grant = PatentDates.parse(layout.grantDate(line));
            Parsed<LocalDate> eventDate = PatentDates.parse(layout.eventDate(line));
            for (var date : List.of(new NamedDate("filing date", filing), new NamedDate("grant date", grant),
                    new NamedDate("event entry date", eventDate))) {
                if (date.value() instanceof Parsed.Invalid<LocalDate> invalid) {
                    return reject(source, RejectReason.INVALID_DATE, date.name() + ": " + invalid.reason(), line);
                }
            }
            if (!(eventDate instanceof Parsed.Value<LocalDate>)) {
                return reject(source, RejectReason.MISSING_FIELD, "no event entry date", line);
            }
            String code = layout.code(line);
            if (code.isEmpty()) {
                return reject(source, RejectReason.MISSING_FIELD, "no event code", line);
            }
            Optional<MaintFeeCodes.Code> known = codes.get(code);
            if (known.isEmpty()) {
                return reject(source, RejectReason.UNKNOWN_CODE,
                        "event code '" + code + "' is not in PatNav's maintenance-fee code table", line);
            }
            MaintFeeCodes.Code meaning = known.get();
            String entity = meaning.entityStatus() != null ? meaning.entityStatus() : entityOfFlag(flag);
            return new Ingested.EventRecord(new LegalEvent("US", null, number.orNull().patentKey(),
                    application.isBlank() ? null : "US-" + application, eventDate.orNull(), code,
                    meaning.category(), null, meaning.feeYear(), entity, null, null, filing.orNull(),
                    grant.orNull(), source, List.of(), List.of(), List.of()));
        }

        /**
         * The flag is the owner's entity status as the file was written, not at the event, so it
         * stands in only for codes that imply no entity size.
         */
        private static String entityOfFlag(char flag) {
            return switch (flag) {
                case 'Y' -> "small";
                case 'N' -> "large";
                case 'M' -> "micro";
                default -> null;
            };
        }
    }

    private record NamedDate(String name, Parsed<LocalDate> value) {
    }
}
