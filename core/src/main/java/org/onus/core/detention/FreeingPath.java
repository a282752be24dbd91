package org.onus.core.detention;

/**
 * The ways a decision to free detained goods can arise. Each one only <em>proposes</em>: the goods
 * leave detention in {@link DetentionCase#free}, which computes the proof itself.
 */
public enum FreeingPath {
    /** An officer releases on the NOT_APPLICABLE route. */
    OFFICER_RELEASE,
    /** A supervisor approved an officer's EXCEPTION-route release (four eyes). */
    APPROVED_RELEASE,
    /** A supervisor upheld a protest on its merits: the importer's proof is now complete. */
    PROTEST_ON_MERITS
}
