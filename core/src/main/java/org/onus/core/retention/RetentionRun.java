package org.onus.core.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One run of one retention rule, kept for operators: when, by whom, the cutoff, what it removed. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    public enum Outcome {
        COMPLETED,
        FAILED
    }

    @Id
    private UUID id;

    @Column(name = "rule_name", nullable = false, length = 100)
    private String rule;

    @Column(name = "period", nullable = false, length = 40)
    private String period;

    @Column(name = "cutoff", nullable = false)
    private Instant cutoff;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "triggered_by", nullable = false)
    private String triggeredBy;

    @Column(name = "outcome", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    @Column(name = "removed", nullable = false)
    private int removed;

    /** {@code kind=count} pairs separated by commas, in name order. */
    @Column(name = "counts", length = 2000)
    private String counts;

    /** The ids of the records removed, separated by commas. */
    @Column(name = "removed_ids", length = 100000)
    private String removedIds;

    @Column(name = "error", length = 2000)
    private String error;

    protected RetentionRun() {}

    static RetentionRun completed(
            String rule, RetentionPeriod period, Instant startedAt, Instant finishedAt, String by, Removal removal) {
        RetentionRun r = new RetentionRun();
        r.id = UUID.randomUUID();
        r.rule = rule;
        r.period = period.text();
        r.cutoff = removal.cutoff();
        r.startedAt = startedAt;
        r.finishedAt = finishedAt;
        r.triggeredBy = by;
        r.outcome = Outcome.COMPLETED;
        r.removed = removal.removed();
        List<String> parts = new ArrayList<>();
        removal.counts().forEach((k, v) -> parts.add(k + "=" + v));
        r.counts = String.join(",", parts);
        String ids = String.join(",", removal.ids());
        // The audit event keeps every id; the run record keeps as many as its column holds.
        r.removedIds = ids.length() <= 100000 ? ids : ids.substring(0, ids.lastIndexOf(',', 99990)) + ",...";
        return r;
    }

    static RetentionRun failed(
            String rule,
            String period,
            Instant cutoff,
            Instant startedAt,
            Instant finishedAt,
            String by,
            String error) {
        RetentionRun r = new RetentionRun();
        r.id = UUID.randomUUID();
        r.rule = rule;
        r.period = period;
        r.cutoff = cutoff;
        r.startedAt = startedAt;
        r.finishedAt = finishedAt;
        r.triggeredBy = by;
        r.outcome = Outcome.FAILED;
        r.removed = 0;
        r.counts = "";
        r.removedIds = "";
        r.error = error.length() > 2000 ? error.substring(0, 2000) : error;
        return r;
    }

    public UUID id() {
        return id;
    }

    public String rule() {
        return rule;
    }

    public String period() {
        return period;
    }

    public Instant cutoff() {
        return cutoff;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int removed() {
        return removed;
    }

    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (counts != null && !counts.isBlank()) {
            for (String part : counts.split(",")) {
                int eq = part.indexOf('=');
                out.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return out;
    }

    public List<String> removedIds() {
        return removedIds == null || removedIds.isBlank() ? List.of() : Arrays.asList(removedIds.split(","));
    }

    public String error() {
        return error;
    }
}
