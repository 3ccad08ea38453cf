package org.patnav.index;

import java.util.List;
import java.util.Set;

/**
 * The fields of a PatNav index, as analysts name them in queries ({@code ./patnav search --help} and
 * the README list them). One Lucene document per publication.
 */
public final class IndexFields {

    /** Exact identifiers (upper case): {@code CN-101481674-B}, {@code CN-200910095505}. */
    public static final String PUB_ID = "pub_id";
    public static final String APPLICATION_ID = "application_id";
    public static final String FAMILY_ID = "family_id";
    /** Office (CN, US, ...), kind code (A, B, B2, U, ...), patent type (invention, utility_model, design, ...). */
    public static final String COUNTRY = "country";
    public static final String KIND = "kind";
    public static final String TYPE = "type";

    /** Texts in every language, Chinese and English analysed together (see {@link PatentAnalyzers}). */
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    public static final String CLAIMS = "claims";
    /**
     * Title, abstract and claims together: the field of a query without a field name. Not indexed on
     * its own (that would analyse every text twice); the query parser expands it to the three fields.
     */
    public static final String TEXT = "text";
    public static final String[] TEXT_FIELDS = {TITLE, ABSTRACT, CLAIMS};

    /**
     * IPC and CPC symbols at every level: {@code A61K36/185} is indexed as A, A61, A61K, A61K36 and
     * A61K36/185, so {@code ipc:A61K}, {@code ipc:A61K36} and {@code ipc:A61K36*} all work.
     */
    public static final String IPC = "ipc";
    public static final String CPC = "cpc";
    /** The main IPC symbol only, at every level. */
    public static final String IPC_MAIN = "ipc_main";

    /** Normalised names of applicants, assignees and current owners, exact ({@code applicant:华为技术有限公司}). */
    public static final String APPLICANT = "applicant";
    /** The same names as searchable words ({@code applicant_text:华为}, {@code applicant_text:huawei}). */
    public static final String APPLICANT_TEXT = "applicant_text";
    public static final String INVENTOR = "inventor";
    /** Administrative-division codes of the parties at every level: 340000, 341600, 341602. */
    public static final String REGION = "region";

    /** Dates as points ({@code filing_date:[2015-01-01 TO 2024-12-31]}), stored as ISO text. */
    public static final String FILING_DATE = "filing_date";
    public static final String PUBLICATION_DATE = "publication_date";
    public static final String PRIORITY_DATE = "priority_date";
    public static final String GRANT_DATE = "grant_date";
    /** Filing year as a point ({@code year:[2015 TO 2020]}). */
    public static final String YEAR = "year";

    /** Stored for display: the owner an analyst counts ({@link PatentDocuments#firstOwner}). */
    public static final String FIRST_APPLICANT = "first_applicant";

    public static final List<String> DATES = List.of(FILING_DATE, PUBLICATION_DATE, PRIORITY_DATE, GRANT_DATE);
    public static final Set<String> TEXTS = Set.of(TITLE, ABSTRACT, CLAIMS, TEXT, APPLICANT_TEXT);
    public static final Set<String> CODES = Set.of(IPC, CPC, IPC_MAIN);
    /**
     * Exact keyword fields compared in upper case. Names are upper case already (ApplicantNames writes
     * them so); listing them here folds a prefix query too ({@code inventor:john*}), which the parser
     * does not pass through the name normaliser.
     */
    public static final Set<String> UPPER_KEYWORDS = Set.of(PUB_ID, APPLICATION_ID, FAMILY_ID, COUNTRY, KIND, IPC,
            CPC, IPC_MAIN, APPLICANT, INVENTOR);

    /** Facet dimensions: IPC subclass, applicant (normalised), filing year, region (most specific code), type, country. */
    public static final String FACET_IPC = "ipc";
    public static final String FACET_APPLICANT = "applicant";
    public static final String FACET_YEAR = "year";
    public static final String FACET_REGION = "region";
    public static final String FACET_TYPE = "type";
    public static final String FACET_COUNTRY = "country";
    public static final List<String> FACETS = List.of(FACET_IPC, FACET_APPLICANT, FACET_YEAR, FACET_REGION,
            FACET_TYPE, FACET_COUNTRY);

    private IndexFields() {
    }
}
