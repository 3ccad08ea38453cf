package org.patnav.navigate;

import org.patnav.model.Classification;
import org.patnav.model.PatentType;
import org.patnav.model.Publication;

/**
 * Hand-built publications for sector tests: {@code Pub.of("CN-113000001-A").ipc("A61K36/185").zh("title",
 * "abstract").build()}. Only what the index reads is filled; the first IPC symbol is the main one.
 */
final class Pub {

    private final Publication.Builder b = Publication.builder();

    private Pub(String pubId) {
        String[] parts = pubId.split("-");
        b.pubId = pubId;
        b.country = parts[0];
        b.number = parts[1];
        b.kind = parts[2];
        b.applicationId = parts[0] + "-" + parts[1];
        b.patentType = switch (parts[2].substring(0, 1)) {
            case "U", "Y" -> PatentType.UTILITY_MODEL;
            case "S" -> PatentType.DESIGN;
            default -> PatentType.INVENTION;
        };
    }

    /** A publication whose type follows its kind: U/Y utility model, S design, anything else invention. */
    static Pub of(String pubId) {
        return new Pub(pubId);
    }

    Pub ipc(String... codes) {
        for (String c : codes) {
            b.ipc.add(new Classification(c, b.ipc.isEmpty(), null));
        }
        return this;
    }

    Pub cpc(String... codes) {
        for (String c : codes) {
            b.cpc.add(new Classification(c, b.cpc.isEmpty(), null));
        }
        return this;
    }

    Pub zh(String title, String abstractText) {
        return text("zh", title, abstractText);
    }

    Pub en(String title, String abstractText) {
        return text("en", title, abstractText);
    }

    private Pub text(String lang, String title, String abstractText) {
        b.title.put(lang, title);
        if (abstractText != null) {
            b.abstractText.put(lang, abstractText);
        }
        return this;
    }

    Publication build() {
        return b.build();
    }
}
