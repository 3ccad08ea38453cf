package org.patnav.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.patnav.model.Classification;
import org.patnav.model.Party;
import org.patnav.model.Publication;
import org.patnav.normalize.RegionCode;

/** Turns a publication of the warehouse into its Lucene document (fields: {@link IndexFields}). */
public final class PatentDocuments {

    private static final FacetsConfig FACETS = facetsConfig();

    private PatentDocuments() {
    }

    /** Every facet dimension is multi-valued: a patent has several IPC subclasses and applicants. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : IndexFields.FACETS) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    public static Document toDocument(Publication p) {
        Document d = new Document();
        keyword(d, IndexFields.PUB_ID, p.pubId(), true);
        d.add(new SortedDocValuesField(IndexFields.PUB_ID, new BytesRef(p.pubId())));
        keyword(d, IndexFields.APPLICATION_ID, p.applicationId(), true);
        if (p.applicationId() != null) {
            d.add(new SortedDocValuesField(IndexFields.APPLICATION_ID, new BytesRef(p.applicationId())));
        }
        keyword(d, IndexFields.FAMILY_ID, p.familyId(), false);
        keyword(d, IndexFields.COUNTRY, p.country(), true);
        keyword(d, IndexFields.KIND, p.kind(), false);
        String type = p.patentType() == null ? null : p.patentType().id();
        keyword(d, IndexFields.TYPE, type, false);

        String title = joined(p.title());
        String abstractText = joined(p.abstractText());
        String claims = joined(p.claims());
        text(d, IndexFields.TITLE, title, true);
        text(d, IndexFields.ABSTRACT, abstractText, true);
        text(d, IndexFields.CLAIMS, claims, false);

        Set<String> subclasses = new LinkedHashSet<>();
        for (Classification c : p.ipc()) {
            levels(c.code()).forEach(l -> keyword(d, IndexFields.IPC, l, false));
            if (c.main()) {
                levels(c.code()).forEach(l -> keyword(d, IndexFields.IPC_MAIN, l, false));
            }
            subclasses.add(c.code().length() >= 4 ? c.code().substring(0, 4) : c.code());
        }
        for (Classification c : p.cpc()) {
            levels(c.code()).forEach(l -> keyword(d, IndexFields.CPC, l, false));
        }

        Set<String> owners = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Party party : owners(p)) {
            if (party.name() != null) {
                owners.add(party.name());
            }
            text(d, IndexFields.APPLICANT_TEXT, names(party), false);
            if (party.regionCode() != null) {
                regions.add(party.regionCode());
                // With its city and province, so that a search for a city finds its counties' owners.
                RegionCode.parse(party.regionCode()).lineage().forEach(r -> keyword(d, IndexFields.REGION, r.code(), false));
            }
        }
        owners.forEach(name -> keyword(d, IndexFields.APPLICANT, name, false));
        for (Party inventor : p.inventors()) {
            keyword(d, IndexFields.INVENTOR, inventor.name(), false);
        }
        String first = firstOwner(p);
        if (first != null) {
            d.add(new StoredField(IndexFields.FIRST_APPLICANT, first));
        }

        date(d, IndexFields.FILING_DATE, p.filingDate());
        date(d, IndexFields.PUBLICATION_DATE, p.publicationDate());
        date(d, IndexFields.PRIORITY_DATE, p.priorityDate());
        date(d, IndexFields.GRANT_DATE, p.grantDate());
        if (p.filingDate() != null) {
            d.add(new IntPoint(IndexFields.YEAR, p.filingDate().getYear()));
            d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, Integer.toString(p.filingDate().getYear())));
        }

        subclasses.forEach(s -> d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_IPC, s)));
        owners.forEach(o -> d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_APPLICANT, o)));
        regions.forEach(r -> d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_REGION, r)));
        if (type != null) {
            d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TYPE, type));
        }
        d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_COUNTRY, p.country()));
        try {
            return FACETS.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build facet fields of " + p.pubId(), e);
        }
    }

    /**
     * Who holds the patent: applicants, assignees and current owners; for US publications with an
     * assignee the applicants are left out, because before 2012 US applicants were the inventors.
     */
    public static List<Party> owners(Publication p) {
        boolean usWithAssignee = p.country().equals("US") && !p.assignees().isEmpty();
        return Stream.of(usWithAssignee ? List.<Party>of() : p.applicants(), p.assignees(), p.owners())
                .flatMap(List::stream).toList();
    }

    /** The owner an analyst counts: the first of {@link #owners}. */
    public static String firstOwner(Publication p) {
        return owners(p).stream().map(Party::name).filter(n -> n != null).findFirst().orElse(null);
    }

    /** {@code A61K36/185} → A, A61, A61K, A61K36, A61K36/185. */
    public static List<String> levels(String code) {
        Set<String> out = new LinkedHashSet<>();
        out.add(code.substring(0, 1));
        if (code.length() >= 3) {
            out.add(code.substring(0, 3));
        }
        if (code.length() >= 4) {
            out.add(code.substring(0, 4));
        }
        int slash = code.indexOf('/');
        if (slash > 0) {
            out.add(code.substring(0, slash));
        }
        out.add(code);
        return List.copyOf(out);
    }

    private static String names(Party party) {
        return Stream.of(party.rawName(), party.name()).filter(s -> s != null).distinct()
                .collect(Collectors.joining("\n"));
    }

    /** Chinese first, then English, then the rest: one field analyses every language. */
    private static String joined(Map<String, String> texts) {
        return Stream.concat(Stream.of("zh", "en").filter(texts::containsKey).map(texts::get),
                        texts.entrySet().stream().filter(e -> !e.getKey().equals("zh") && !e.getKey().equals("en"))
                                .map(Map.Entry::getValue))
                .collect(Collectors.joining("\n"));
    }

    private static void keyword(Document d, String field, String value, boolean stored) {
        if (value != null && !value.isEmpty()) {
            String v = IndexFields.UPPER_KEYWORDS.contains(field) ? value.toUpperCase(java.util.Locale.ROOT) : value;
            d.add(new StringField(field, v, stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void text(Document d, String field, String value, boolean stored) {
        if (value != null && !value.isEmpty()) {
            d.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void date(Document d, String field, LocalDate date) {
        if (date != null) {
            int day = (int) date.toEpochDay();
            d.add(new IntPoint(field, day));
            d.add(new NumericDocValuesField(field, day));
            d.add(new StoredField(field, date.toString()));
        }
    }
}
