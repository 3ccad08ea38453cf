package org.patnav.ingest.cnexport;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** The rows of one export file after its header, CSV or XLSX alike. */
interface ExportRows extends Closeable {

    /** The header row, when one was found. */
    Optional<ExportHeader> header();

    /** Why no header was found; only asked when {@link #header()} is empty. */
    String noHeaderReason();

    /** The next non-blank data row, or null at the end. Throws when the rest cannot be read. */
    ExportRow next() throws IOException;

    /** Where reading stands, for the message when {@link #next()} fails. */
    String position();
}
