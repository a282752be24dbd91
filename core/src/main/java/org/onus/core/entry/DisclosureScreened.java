package org.onus.core.entry;

import java.util.Objects;

/**
 * An entry's disclosure was screened (filed, refined, or again for a new list version): fired synchronously inside the same
 * transaction, so checks that hang on the disclosure (the mass balance) are stored with it or not
 * at all.
 */
public record DisclosureScreened(Entry entry) {
    public DisclosureScreened {
        Objects.requireNonNull(entry, "entry");
    }
}
