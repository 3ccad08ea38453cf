package org.patnav.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.Query;
import org.patnav.normalize.ApplicantNames;
import org.patnav.normalize.ClassificationCodes;

/**
 * Lucene's classic query syntax over PatNav's fields, with what patent analysts type made to work:
 * dates and years as ranges ({@code filing_date:[2015-01-01 TO 2024-12-31]}, {@code year:[2015 TO 2020]},
 * {@code grant_date:2019}); classification symbols with their slash and in any spacing
 * ({@code ipc:A61K36/18}, {@code ipc:"A61K 36/18"}, {@code cpc:h01m10*}); applicant names normalised the
 * way the ingest normalised them ({@code applicant:"Huawei Technologies Co., Ltd."} finds 华为技术有限公司,
 * {@code inventor:"John Smith"} finds JOHN SMITH).
 * A query without field names searches title, abstract and claims.
 */
public final class PatentQueryParser extends MultiFieldQueryParser {

    /**
     * The slash inside a symbol ({@code A61K36/18}, {@code 36/18*}), which the classic syntax would read
     * as the start of a regexp. Matched wherever it stands, not only right after {@code ipc:}, so a
     * group ({@code ipc:(A61K36/18 OR A61K36/185)}) works too. A regexp opens with a slash after a
     * colon, space or bracket and closes with one before a space or bracket, so a slash between a
     * letter or digit and a digit is always a symbol's.
     */
    private static final Pattern SYMBOL_SLASH = Pattern.compile("(?<=[\\p{L}\\p{N}])/(?=[\\p{N}*?])");

    private final ApplicantNames names;

    public PatentQueryParser(ApplicantNames names) {
        // Unfielded terms (and the "text" field) search title, abstract and claims.
        super(IndexFields.TEXT_FIELDS, PatentAnalyzers.perField());
        this.names = names;
        setDefaultOperator(Operator.AND);
        // Leading wildcards are allowed on keyword fields only through the prefix syntax; a bare
        // leading wildcard would scan the whole term dictionary of a large index.
        setAllowLeadingWildcard(false);
    }

    /** Parses a user's query. The message of a failure names the column where parsing stopped. */
    public Query parseUserQuery(String query) throws ParseException {
        return parse(escapeSymbolSlashes(query));
    }

    static String escapeSymbolSlashes(String query) {
        return SYMBOL_SLASH.matcher(query).replaceAll(Matcher.quoteReplacement("\\/"));
    }

    /** {@code text:...} is the unfielded form written out. */
    private static String unalias(String field) {
        return IndexFields.TEXT.equals(field) ? null : field;
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        String f = unalias(field);
        // Quoted values of code, date and name fields are one value, not a phrase: "A61K 36/18".
        if (f != null && !IndexFields.TEXTS.contains(f)) {
            return getFieldQuery(f, text, true);
        }
        return super.getFieldQuery(f, text, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(unalias(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(unalias(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(unalias(field), termStr, minSimilarity);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        field = unalias(field);
        if (field == null) {
            return super.getFieldQuery(null, text, quoted);
        }
        if (IndexFields.DATES.contains(field)) {
            int[] range = dayRange(field, text);
            return IntPoint.newRangeQuery(field, range[0], range[1]);
        }
        if (field.equals(IndexFields.YEAR)) {
            int year = year(text);
            return IntPoint.newExactQuery(field, year);
        }
        if (IndexFields.CODES.contains(field)) {
            String code = ClassificationCodes.normalise(text).toOptional()
                    .orElse(text.strip().toUpperCase(Locale.ROOT));
            return super.getFieldQuery(field, code, quoted);
        }
        if (field.equals(IndexFields.APPLICANT) || field.equals(IndexFields.INVENTOR)) {
            String name = names.normalise(text);
            return super.getFieldQuery(field, name == null ? text : name, quoted);
        }
        return super.getFieldQuery(field, text, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        field = unalias(field);
        if (field != null && IndexFields.DATES.contains(field)) {
            int lo = part1 == null ? Integer.MIN_VALUE : dayRange(field, part1)[startInclusive ? 0 : 1] + (startInclusive ? 0 : 1);
            int hi = part2 == null ? Integer.MAX_VALUE : dayRange(field, part2)[endInclusive ? 1 : 0] - (endInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(field, lo, hi);
        }
        if (IndexFields.YEAR.equals(field)) {
            int lo = part1 == null ? Integer.MIN_VALUE : year(part1) + (startInclusive ? 0 : 1);
            int hi = part2 == null ? Integer.MAX_VALUE : year(part2) - (endInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(field, lo, hi);
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    /** A day, a month ({@code 2019-05}) or a year ({@code 2019}) as an inclusive range of epoch days. */
    private static int[] dayRange(String field, String text) throws ParseException {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(t), 1, 1);
                return new int[] {(int) start.toEpochDay(), (int) start.plusYears(1).minusDays(1).toEpochDay()};
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                LocalDate start = LocalDate.parse(t + "-01");
                return new int[] {(int) start.toEpochDay(), (int) start.plusMonths(1).minusDays(1).toEpochDay()};
            }
            int day = (int) LocalDate.parse(t).toEpochDay();
            return new int[] {day, day};
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ParseException(field + ": '" + text + "' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    private static int year(String text) throws ParseException {
        String t = text.strip();
        if (!t.matches("\\d{4}")) {
            throw new ParseException("year: '" + text + "' is not a year (use YYYY)");
        }
        return Integer.parseInt(t);
    }
}
