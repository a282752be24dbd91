package org.onus.core.designation;

/**
 * Fired inside the transaction that made a new list version, so that observers (notifications,
 * the screening index) act on exactly the changes that commit.
 */
public record DesignationListChanged(int number, String change) {}
