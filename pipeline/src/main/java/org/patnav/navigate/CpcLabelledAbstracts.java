package org.patnav.navigate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.patnav.model.PatentType;
import org.patnav.model.Publication;
import org.patnav.normalize.ChineseText;
import org.patnav.normalize.PublicationNumber;

/**
 * A labelled set of Chinese abstracts with their CPC symbols, in the layout of the public CN G06F
 * classification dataset ({@code sample_train.csv}: columns publication_number, text, labels,
 * n_labels; UTF-8 with a byte-order mark; padding rows without a number at the end). {@code text} is
 * "Title: …\nKeywords: …\nAbstract: …" or "title [SEP] keywords [SEP] abstract"; labels is a JSON
 * array of CPC symbols. Real CPC labels score keyword sector definitions and the Chinese analyzers.
 */
public final class CpcLabelledAbstracts {

    /** One labelled publication: its PatNav pub id, Chinese title and abstract, CPC labels. */
    public record Row(String pubId, String title, String abstractText, List<String> labels) {

        public boolean hasLabelStartingWith(String prefix) {
            return labels.stream().anyMatch(l -> l.startsWith(prefix));
        }

        /** A CN publication with the title and abstract only: the labels are the truth, not an input. */
        public Publication toPublication() {
            Publication.Builder b = Publication.builder();
            String[] parts = pubId.split("-");
            b.pubId = pubId;
            b.country = parts[0];
            b.number = parts[1];
            b.kind = parts[2];
            b.applicationId = parts[0] + "-" + parts[1];
            b.patentType = PatentType.INVENTION;
            b.title.put("zh", title);
            b.abstractText.put("zh", abstractText);
            return b.build();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private CpcLabelledAbstracts() {
    }

    public static List<Row> read(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String number = r.get("publication_number").strip();
                if (number.isEmpty()) {
                    continue;
                }
                String pubId = PublicationNumber.parse(number).toOptional()
                        .orElseThrow(() -> new IOException(csv + " line " + r.getRecordNumber() + ": bad number " + number))
                        .pubId();
                String text = ChineseText.toHalfWidth(r.get("text"));
                String title;
                String abstractText;
                if (text.contains("[SEP]")) {
                    String[] parts = text.split("\\[SEP]");
                    title = parts[0].strip();
                    abstractText = parts[parts.length - 1].strip();
                } else if (text.contains("Title:") && text.contains("Abstract:")) {
                    int t = text.indexOf("Title:") + "Title:".length();
                    int nl = text.indexOf('\n', t);
                    title = text.substring(t, nl < 0 ? text.length() : nl).strip();
                    abstractText = text.substring(text.indexOf("Abstract:") + "Abstract:".length()).strip();
                } else {
                    throw new IOException(csv + " line " + r.getRecordNumber() + ": text has neither [SEP] nor Title:/Abstract:");
                }
                List<String> labels = JSON.readValue(r.get("labels"), new TypeReference<List<String>>() { });
                rows.add(new Row(pubId, title, abstractText, labels));
            }
        }
        return rows;
    }
}
