package org.patnav.jobs.spark;

/** Where a job reports the stage it is in: one line per stage, for a person watching the run. */
@FunctionalInterface
public interface Progress {

    void stage(String message);

    Progress SILENT = message -> { };
}
