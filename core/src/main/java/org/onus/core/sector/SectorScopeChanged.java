package org.onus.core.sector;

import java.util.List;

/**
 * The goods a sector covers changed. Fired inside the changing transaction, so that the designation
 * list, which screening reads through its sectors, moves to a new version with it or not at all.
 */
public record SectorScopeChanged(String code, List<String> before, List<String> after) {

    public SectorScopeChanged {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
