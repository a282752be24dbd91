package org.onus.core.rebuttal;

/**
 * The trace-chain decision table: which documents a {@code TRACE:<i>} requirement needs for an
 * input of a sector. Implemented by the process engine's decision service (workflows), so
 * regulators tighten the rule per sector in the table, not in code. Looked up once, when the
 * rebuttal is filed, and stored with the requirement.
 */
public interface TraceChainTable {

    /** The sector code the table is asked about for an input in no known sector. */
    String NO_SECTOR = "OTHER";

    /**
     * @param sectorCode the input's sector (by its HS code's longest prefix), or {@link #NO_SECTOR}
     * @throws IllegalStateException if the table has no rule for it or gives an invalid chain
     */
    TraceChain chainFor(String sectorCode);
}
