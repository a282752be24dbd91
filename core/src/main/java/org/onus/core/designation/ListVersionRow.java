package org.onus.core.designation;

import java.time.Instant;

/**
 * A list version as a list of versions shows it: its number, when and why it was published, and
 * how many designations it lists (counted by the database, without reading the version's entries).
 */
public record ListVersionRow(int number, Instant publishedAt, String change, int designations) {}
