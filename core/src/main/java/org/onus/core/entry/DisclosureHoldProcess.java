package org.onus.core.entry;

/**
 * The clock of an entry held for its disclosure, run by the process engine ({@code
 * disclosure-hold.bpmn} in workflows). Told in the transaction that holds or screens the entry, so
 * there is never a held entry without a running clock.
 */
public interface DisclosureHoldProcess {

    /** The entry is now held: its clock starts, to its disclosure deadline. */
    void held(Entry entry);

    /** A held entry was screened again: a running clock learns how it came out (none running: nothing happens). */
    void screenedAgain(Entry entry);
}
