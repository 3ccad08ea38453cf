package org.patnav.ingest.cnexport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.patnav.ingest.Head;
import org.patnav.ingest.IngestContext;
import org.patnav.ingest.RecordStream;
import org.patnav.ingest.SourceEntry;
import org.patnav.ingest.SourceReader;
import org.patnav.ingest.trademark.CnTrademarkExportReader;
import org.patnav.model.Reject;
import org.patnav.model.SourceFormat;

/**
 * Exports of the Chinese patent search platforms (CNIPA 专利检索及分析, incoPat, PatSnap 智慧芽,
 * innojoy, SooPAT, Baiten): one row per document, in CSV (UTF-8 with or without BOM, or
 * GBK/GB18030; comma or tab separated; quoted multi-line cells) or XLSX. Each platform names its
 * columns its own way; {@code cn-export-headers.tsv} maps every known variant to a PatNav field,
 * and the header row, wherever it sits in the first 20 rows, decides which column is which.
 *
 * <p>Publications of a row:
 * <ul>
 *   <li>a {@code 公开（公告）号} column gives one publication, dated by {@code 公开（公告）日};
 *   <li>separate {@code 公开号} and {@code 公告号} columns (the CNIPA layout that lists an
 *       application once) give one publication per non-empty number: the application publication
 *       (A) dated by the publication date, the grant (B/C/U/Y/S/D) dated by the grant date. Both
 *       share the application and every other field of the row.
 * </ul>
 * A CN publication needs a valid application number (check character verified); foreign documents
 * that platforms mix into exports take {@code CC-digits} as application id. The patent type comes
 * from {@code 专利类型}, else the application number's type digit, else the kind code.
 *
 * <p>Legal status is kept as the source wrote it. A status part that {@code cn-legal-status.tsv}
 * names ({@code 未缴年费专利权终止}, {@code 权利转移}, {@code 专利权质押合同登记的生效}) and whose date column is
 * filled also becomes a legal event, attached to the row's latest publication and emitted after the
 * row's publications; a transfer, licence or pledge carries the parties its columns name (转让人 and
 * 受让人, 许可人 and 被许可人, 出质人 and 质权人). Only CN documents get events: the rules are CNIPA's
 * wording. How several dates or names in one cell pair with the parts: {@link CnExportRowMapper}.
 *
 * <p>Rejects are per row (table {@code patents}, the cells joined with " | " as excerpt, locator
 * {@code record N, line L} or {@code sheet NAME row R}); a workbook with no header row on any sheet
 * is one {@code files} reject.
 *
 * <p>Workbooks: the head of a zip cannot show the compressed sheets, so every workbook comes here and
 * its header row decides. A header of a Chinese trademark export (商标名称, 国际分类, 专用权期限 ...; tried
 * first, since it also names 申请号 and 申请人) hands the rows to {@link CnTrademarkExportReader}: its
 * records are format {@code cn-tm-export}. Delimited text is told apart by its head, and trademark CSVs
 * are claimed by that reader before this one is asked.
 */
public final class CnExportReader implements SourceReader {

    /** Recognition sees only the head, not the run's context: it uses the shipped header map. */
    private static final CnExportHeaders SHIPPED_HEADERS = CnExportHeaders.defaults();

    @Override
    public SourceFormat format() {
        return SourceFormat.CN_EXPORT;
    }

    /**
     * Any workbook is taken: the header is looked for when it is opened, and a workbook without one
     * is reported there, more usefully than "unrecognised".
     */
    @Override
    public boolean recognises(Head head) {
        return ExportRows.isWorkbook(head) || CsvExportRows.delimiter(head, SHIPPED_HEADERS).isPresent();
    }

    @Override
    public RecordStream open(SourceEntry entry, IngestContext context) throws IOException {
        InputStream in = entry.requireStream();
        String file = entry.name();
        if (ExportRows.isWorkbook(entry.head())) {
            ExportRows rows = ExportRows.workbook(in, List.of(context.cnTrademarkHeaders(), context.cnHeaders()));
            if (rows.header().isPresent() && rows.header().get().headers() == context.cnTrademarkHeaders()) {
                return CnTrademarkExportReader.records(file, rows, context);
            }
            return patents(file, rows, context);
        }
        return patents(file, ExportRows.csv(entry.head(), in, context.cnHeaders()), context);
    }

    private static RecordStream patents(String file, ExportRows rows, IngestContext context) {
        return new ExportRecords(file, rows, SourceFormat.CN_EXPORT, Reject.TABLE_PATENTS,
                h -> new CnExportRowMapper(file, h, context)::map);
    }
}
