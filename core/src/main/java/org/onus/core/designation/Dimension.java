package org.onus.core.designation;

/** The two dimensions that make labour forced in the ILO definition. */
public enum Dimension {
    INVOLUNTARINESS,
    MENACE_OF_PENALTY
}
