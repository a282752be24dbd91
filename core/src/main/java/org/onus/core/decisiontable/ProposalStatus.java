package org.onus.core.decisiontable;

/** Where a proposed table version stands. */
public enum ProposalStatus {
    PROPOSED,
    APPROVED,
    REJECTED
}
