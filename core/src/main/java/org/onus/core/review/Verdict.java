package org.onus.core.review;

/** What the last review decided. */
public enum Verdict {
    APPROVED,
    RETURNED
}
