package org.onus.workflows.disclosure;

/** Names disclosure-hold.bpmn and its callers share. */
public final class DisclosureHold {

    public static final String KEY = "disclosure-hold";

    public static final String VAR_ENTRY_ID = "entryId";
    /** The last day to refine, ISO (2026-12-07); the timer fires when the next day begins. */
    public static final String VAR_DEADLINE = "disclosureDeadline";
    /** The entry's status after screening again: CLEARED, DETAINED or DISCLOSURE_REQUIRED. */
    public static final String VAR_ENTRY_STATUS = "entryStatus";

    public static final String VAR_HELD = "held";

    public static final String MESSAGE_REFINED = "DisclosureRefined";

    public static final String TIMER_DEADLINE = "Timer_DisclosureDeadline";

    private DisclosureHold() {}
}
