package org.onus.core.massbalance;

/** What a stage of a conversion chain is counted in: mass (kilograms) or pieces. */
public enum StageUnit {
    KG("kg"),
    PIECE("pieces");

    private final String symbol;

    StageUnit(String symbol) {
        this.symbol = symbol;
    }

    /** How the unit is written in the arithmetic shown to officers. */
    public String symbol() {
        return symbol;
    }
}
