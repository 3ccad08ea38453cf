package org.patnav.ingest;

import org.patnav.model.RejectReason;

/**
 * A record-level problem found while mapping a row of a tabular export: the row becomes one reject with
 * this reason and message. Thrown without a stack trace: it is a verdict on the data, not a fault.
 */
public final class RowProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public final RejectReason reason;

    public RowProblem(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }
}
