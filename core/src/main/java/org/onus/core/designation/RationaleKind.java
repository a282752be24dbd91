package org.onus.core.designation;

/** Why the state imposes the labour: to control a population, to develop the economy, or both. */
public enum RationaleKind {
    POLITICAL,
    ECONOMIC,
    BOTH
}
