package org.patnav.jobs.warehouse;

/**
 * The {@code chains} table navigate writes beside {@code sectors}: one row per application of a sector and
 * branch (or sub-branch) of the sector's industry chain it is placed on, with the clauses that placed it
 * ({@code application_key, sector, segment, branch, sub_branch, matched_clauses, matched_by}); a row with a
 * sub-branch places the application on that sub-branch's branch as well. Published with {@code sectors} in
 * one swap, so the two always describe one run.
 */
public final class ChainMembership {

    public static final String TABLE = "chains";

    private ChainMembership() {
    }
}
