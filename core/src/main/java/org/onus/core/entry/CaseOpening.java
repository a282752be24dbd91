package org.onus.core.entry;

import java.util.UUID;

/**
 * What happens when goods are detained: their detention case opens, in the caller's transaction.
 * {@code core.detention} answers it (the case and its process start together), so entries do
 * not depend on cases; cases depend on entries.
 */
public interface CaseOpening {

    /** Opens the case of a detained entry and returns its id. */
    UUID open(Entry entry, String openedBy);
}
