package org.onus.core.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention settings, checked as a whole: every bad value is named with its variable, so one
 * start-up failure tells the operator everything to fix.
 *
 * @param closedCases how long a closed detention case keeps its documents and personal data
 * @param submissions how long a closed public submission and its attachments are kept
 * @param addressHashes how long the salted hash of a submitter's address is kept (at most 24 hours)
 * @param hour the hour of the day (UTC, 0–23) the daily run starts
 * @param scheduled whether the daily run is scheduled on this node (runs on demand either way)
 */
public record RetentionConfig(
        RetentionPeriod closedCases,
        RetentionPeriod submissions,
        RetentionPeriod addressHashes,
        int hour,
        boolean scheduled) {

    /** The limit: an address is never traceable from Onus's records after a day. */
    public static final Duration ADDRESS_HASH_LIMIT = Duration.ofHours(24);

    public static final String CLOSED_CASES = "ONUS_RETENTION_CLOSED_CASES";
    public static final String SUBMISSIONS = "ONUS_RETENTION_SUBMISSIONS";
    public static final String ADDRESS_HASHES = "ONUS_RETENTION_ADDRESS_HASHES";
    public static final String HOUR = "ONUS_RETENTION_HOUR";
    public static final String SCHEDULED = "ONUS_RETENTION_SCHEDULED";

    /**
     * Reads the raw values (as configured) and checks them.
     *
     * @throws IllegalArgumentException naming every variable whose value is wrong, and why
     */
    public static RetentionConfig of(
            String closedCases, String submissions, String addressHashes, String hour, String scheduled) {
        List<String> problems = new ArrayList<>();
        RetentionPeriod cases = period(CLOSED_CASES, closedCases, problems);
        RetentionPeriod subs = period(SUBMISSIONS, submissions, problems);
        RetentionPeriod hashes = period(ADDRESS_HASHES, addressHashes, problems);
        if (hashes != null && hashes.longerThan(ADDRESS_HASH_LIMIT, Instant.parse("2000-01-01T00:00:00Z"))) {
            problems.add(ADDRESS_HASHES + "=" + addressHashes
                    + " is longer than 24 hours; address hashes may be kept for at most PT24H");
            hashes = null;
        }
        int h = -1;
        try {
            h = Integer.parseInt(hour == null ? "" : hour.trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (h < 0 || h > 23) {
            problems.add(HOUR + "=" + hour + " is not an hour of the day; give a whole number from 0 to 23 (UTC)");
        }
        String s = scheduled == null ? "" : scheduled.trim().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            problems.add(SCHEDULED + "=" + scheduled + " must be true or false");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Retention is misconfigured: " + String.join("; ", problems));
        }
        return new RetentionConfig(cases, subs, hashes, h, s.equals("true"));
    }

    private static RetentionPeriod period(String variable, String value, List<String> problems) {
        try {
            return RetentionPeriod.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(variable + " " + e.getMessage());
            return null;
        }
    }
}
