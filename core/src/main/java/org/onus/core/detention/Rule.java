package org.onus.core.detention;

/**
 * The names of the rules that keep the presumption whole, as refusals and docs cite them
 * (docs/ARCHITECTURE.md, "No release without proof").
 */
public enum Rule {
    /** Goods leave detention only through DetentionCase.free, which computes the proof itself. */
    NO_RELEASE_WITHOUT_PROOF,
    /** An upheld protest frees goods only through the same gate; on procedure it reopens review. */
    PROTEST_NEEDS_PROOF,
    /** The approver of a release (or an upheld protest) is neither its proposer nor an acceptor of its evidence. */
    FOUR_EYES_RELEASE,
    /** The authority decides within its time or the goods are deemed excluded; a protest is deemed denied. */
    AUTHORITY_CLOCK
}
