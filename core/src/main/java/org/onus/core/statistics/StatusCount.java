package org.onus.core.statistics;

/**
 * The cases in one exact status.
 *
 * @param status the case status as stored, e.g. {@code REBUTTAL_SUBMITTED}
 * @param group how the public reads it
 */
public record StatusCount(String status, StatusGroup group, Tally tally) {}
