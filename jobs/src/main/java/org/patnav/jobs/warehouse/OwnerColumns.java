package org.patnav.jobs.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Who holds a patent, as a column of the {@code patents} table: the rule of
 * {@link org.patnav.index.PatentDocuments#owners} in Spark form, so the index, the overview and the
 * reports count the same owner.
 */
public final class OwnerColumns {

    private OwnerColumns() {
    }

    /**
     * Every owner (party structs) by the same rule: for a US publication with an assignee, the
     * assignees; otherwise the applicants, else the assignees, else the current owners.
     */
    public static Column allOwners() {
        Column applicants = col("applicants");
        Column assignees = col("assignees");
        return when(col("country").equalTo(lit("US")).and(size(assignees).gt(0)), assignees)
                .when(size(applicants).gt(0), applicants)
                .when(size(assignees).gt(0), assignees)
                .otherwise(col("owners"));
    }

    /**
     * Who holds the patent now, so who pays its fees: the current owners (CN 当前权利人) where the source
     * gives them, else the owners by the rule of {@link #allOwners}.
     */
    public static Column currentOwners() {
        return when(size(col("owners")).gt(0), col("owners")).otherwise(allOwners());
    }

    /**
     * The first owner (a party struct) by the rule of {@link #allOwners}; null when the publication
     * names none.
     */
    public static Column firstOwner() {
        return first(allOwners());
    }

    /**
     * The first element of an array column, null when it is empty: with ANSI mode on (Spark 4's
     * default) {@code element_at} of an empty array is an error, not null.
     */
    public static Column first(Column array) {
        return when(size(array).gt(0), element_at(array, 1));
    }
}
