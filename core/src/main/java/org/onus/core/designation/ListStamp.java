package org.onus.core.designation;

import java.time.Instant;

/**
 * A list version's number and publication time, without what it lists: what a validator, a
 * heading or a feed needs of the latest version. Reading the version itself reads every row it
 * lists, 10,000 of them at an authority's scale (issue 14).
 */
public record ListStamp(int number, Instant publishedAt) {}
