package org.patnav.ingest;

import java.util.List;
import java.util.Optional;
import org.patnav.ingest.cnexport.CnExportReader;
import org.patnav.ingest.google.GooglePublicationsReader;
import org.patnav.ingest.maintfee.MaintFeeDescReader;
import org.patnav.ingest.maintfee.MaintFeeEventsReader;
import org.patnav.ingest.patentsview.PatentsViewReader;
import org.patnav.ingest.trademark.CaseFileReader;
import org.patnav.ingest.trademark.CnTrademarkExportReader;
import org.patnav.ingest.trademark.TsdrXmlReader;
import org.patnav.ingest.uspto.UsptoXmlReader;

/** Every format PatNav reads, in the order formats are tried on an entry's head. */
public final class Readers {

    private static final List<SourceReader> ALL = List.of(
            new UsptoXmlReader(),
            // before the patent exports: a trademark export header also names 申请号, 申请日期 and 申请人
            new CnTrademarkExportReader(),
            new CnExportReader(),
            new GooglePublicationsReader(),
            new MaintFeeEventsReader(),
            new MaintFeeDescReader(),
            new PatentsViewReader(),
            new TsdrXmlReader(),
            new CaseFileReader());

    private Readers() {
    }

    public static List<SourceReader> all() {
        return ALL;
    }

    /** The reader whose format the head shows, if any. */
    public static Optional<SourceReader> detect(Head head) {
        return ALL.stream().filter(r -> r.recognises(head)).findFirst();
    }
}
