package org.onus.core.upr;

/** What the State under review answered to a recommendation, in the Working Group's terms. */
public enum StateResponse {
    SUPPORTED,
    NOTED
}
