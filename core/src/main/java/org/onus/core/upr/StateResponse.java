package org.onus.core.upr;

/**
 * What the State under review answered to a recommendation, in the Working Group's terms. The
 * team records only {@link #SUPPORTED} or {@link #NOTED} for its own recommendations; {@link
 * #OTHER} is for imported records whose wording fits neither ("supported in part", "already
 * implemented", no clear answer), and the record keeps that wording beside it.
 */
public enum StateResponse {
    SUPPORTED,
    NOTED,
    OTHER
}
