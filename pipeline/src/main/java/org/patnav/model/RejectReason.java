package org.patnav.model;

/** Why a record (or a whole file) could not be used. Stable codes: reports group by them. */
public enum RejectReason {
    FILE_UNREADABLE,
    UNRECOGNISED_FORMAT,
    UNSUPPORTED_FORMAT,
    NOT_A_PATENT_DOCUMENT,
    MALFORMED_RECORD,
    TRUNCATED,
    BAD_ENCODING,
    MISSING_FIELD,
    INVALID_DATE,
    INCONSISTENT_DATES,
    INVALID_NUMBER,
    BAD_CHECK_DIGIT,
    UNKNOWN_CODE,
    UNMATCHED_ROWS
}
