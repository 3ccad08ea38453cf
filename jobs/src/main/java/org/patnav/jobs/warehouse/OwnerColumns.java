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
     * The first owner (a party struct): for a US publication with an assignee, the first assignee, since
     * before 2012 US applicants were the inventors; otherwise the first applicant, then the first
     * assignee, then the first current owner.
     */
    public static Column firstOwner() {
        Column applicants = col("applicants");
        Column assignees = col("assignees");
        Column owners = col("owners");
        return when(col("country").equalTo(lit("US")).and(size(assignees).gt(0)), element_at(assignees, 1))
                .when(size(applicants).gt(0), element_at(applicants, 1))
                .when(size(assignees).gt(0), element_at(assignees, 1))
                .when(size(owners).gt(0), element_at(owners, 1));
    }
}
