package org.patnav.ingest.trademark;

import java.io.IOException;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.ingest.cnexport.CnExportHeaders;
import org.patnav.ingest.cnexport.ExportRecords;
import org.patnav.ingest.cnexport.ExportRows;
import org.patnav.model.Reject;
import org.patnav.model.SourceFormat;

/**
 * Chinese trademark exports (中国商标网 searches, 企查查 / 天眼查 and IP-management tools): one row per mark,
 * in CSV (UTF-8 with or without BOM, GB18030; comma or tab separated) or XLSX, read by the same file
 * layer as the patent exports. The header variants are data ({@code cn-trademark-headers.tsv}); the
 * header row, wherever it sits in the first 20 rows, decides which column is which. Workbooks reach this
 * reader through {@link org.patnav.ingest.cnexport.CnExportReader}, which opens every workbook and hands
 * over those whose header is a trademark header.
 *
 * <p>A row is one mark, {@code CN-<number>}. CNIPA gives each class of an application its own number,
 * so an export that lists a mark once per class lists distinct marks, and they stay distinct; the same
 * number in two rows is the same mark seen twice (merged like any other sighting).
 * <ul>
 *   <li>Number: 申请号 / 申请/注册号 / 商标号, else 注册号 (CNIPA registers a mark under its application
 *       number); digits, or a letter and digits for Madrid marks. None: {@code MISSING_FIELD}; anything
 *       else {@code INVALID_NUMBER}. The registration number is the 注册号 column, else the number once a
 *       registration date is given.</li>
 *   <li>Classes: {@code 29}, {@code 第29类}, {@code 29类 食品}, several separated; a number outside 1-45
 *       rejects the row ({@code INVALID_NUMBER}).</li>
 *   <li>Owners: 申请人 (several separated by ；;、) and 共同申请人, normalised like patent applicants; the
 *       address columns describe the first of each, and give the country (HK, MO, TW kept apart) and the
 *       administrative-division code.</li>
 *   <li>Dates in any form the patent exports use ({@code 2013年05月21日}, {@code 2013-05-21},
 *       {@code 2013.05.21}, real date cells); one that does not parse rejects the row
 *       ({@code INVALID_DATE}), as does a registration before the filing or a term that ends before it
 *       starts ({@code INCONSISTENT_DATES}).</li>
 *   <li>Expiry: the end of 专用权期限 (or 有效期截止日) when the export states it; else computed from the
 *       registration by {@code trademark-terms.tsv}. A term starting more than a year after the
 *       registration is a renewed term: its start is the renewal date.</li>
 *   <li>Status (商标状态 / 当前状态) kept as written; live or dead by {@code trademark-status.tsv}, null when
 *       the wording is not in it.</li>
 * </ul>
 */
public final class CnTrademarkExportReader implements SourceReader {

    /** Recognition sees only the head, not the run's context: it uses the shipped header map. */
    private static final CnExportHeaders SHIPPED_HEADERS = CnExportHeaders.trademarks();

    @Override
    public SourceFormat format() {
        return SourceFormat.CN_TM_EXPORT;
    }

    @Override
    public boolean recognises(Head head) {
        return ExportRows.hasCsvHeader(head, SHIPPED_HEADERS);
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        return records(entry.name(), ExportRows.csv(entry.head(), entry.requireStream(), context.cnTrademarkHeaders()),
                context);
    }

    /** The marks of an export whose header is a trademark header, CSV or workbook. */
    public static RecordStream records(String file, ExportRows rows, IngestContext context) {
        return new ExportRecords(file, rows, SourceFormat.CN_TM_EXPORT, Reject.TABLE_TRADEMARKS,
                h -> new CnTrademarkRowMapper(file, h, context)::map);
    }
}
