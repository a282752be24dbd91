package org.onus.core.bulk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onus.core.entry.EntryStatus;

/** A bulk entry upload: what it found in the file and what it filed. */
@Entity
@Table(name = "bulk_job")
public class BulkJob {

    /** Enough to fix a file by; a file with more errors is usually wrong throughout. */
    public static final int MAX_STORED_ERRORS = 1000;

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BulkJobStatus status;

    /** Entries in the file; known once the file has been checked. */
    @Column(name = "total", nullable = false)
    private int total;

    /** Entries checked (while validating) or filed (while filing). */
    @Column(name = "processed", nullable = false)
    private int processed;

    @Column(name = "created_count", nullable = false)
    private int created;

    /** Entries filed before with the same facts: a retried upload. */
    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "detained_count", nullable = false)
    private int detained;

    @Column(name = "cleared_count", nullable = false)
    private int cleared;

    @Column(name = "disclosure_count", nullable = false)
    private int disclosureRequired;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "message", length = 2000)
    private String message;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bulk_job_error", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    private List<BulkJobError> errors = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The node whose thread runs the job; null for jobs from before nodes were recorded. */
    @Column(name = "runner")
    private String runner;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected BulkJob() {
        // for JPA
    }

    BulkJob(UUID id, String organisationCode, String filedBy, String fileName, String runner, Instant at) {
        this.id = id;
        this.runner = runner;
        this.organisationCode = organisationCode;
        this.filedBy = filedBy;
        this.fileName = fileName == null || fileName.isBlank() ? null : truncate(fileName.strip(), 255);
        this.status = BulkJobStatus.QUEUED;
        this.createdAt = at;
    }

    /**
     * Whether the job was left running by a previous life of this node: its thread ended with it.
     * A job another node runs is alive; one from before runners were recorded counts as anyone's.
     */
    boolean interruptedOn(String node) {
        return (status == BulkJobStatus.QUEUED || status == BulkJobStatus.VALIDATING || status == BulkJobStatus.FILING)
                && (runner == null || runner.equals(node));
    }

    void validating() {
        status = BulkJobStatus.VALIDATING;
    }

    void checked(int processed) {
        this.processed = processed;
    }

    void reject(List<BulkCsv.LineError> found, int count, Instant at) {
        status = BulkJobStatus.REJECTED;
        errorCount = count;
        errors.clear();
        found.stream().limit(MAX_STORED_ERRORS).forEach(e -> errors.add(new BulkJobError(e.line(), e.message())));
        message = count == 1
                ? "The file has an error; nothing was filed. Correct it and upload the file again."
                : "The file has " + count + " errors; nothing was filed. Correct them and upload the file again.";
        finishedAt = at;
    }

    void filing(int total) {
        status = BulkJobStatus.FILING;
        this.total = total;
        this.processed = 0;
    }

    /** One batch filed: counts by what screening decided; a retried entry is unchanged. */
    void filed(int created, int unchanged, List<EntryStatus> outcomes) {
        this.created += created;
        this.unchanged += unchanged;
        this.processed += created + unchanged;
        for (EntryStatus s : outcomes) {
            switch (s) {
                case DETAINED -> detained++;
                case CLEARED -> cleared++;
                case DISCLOSURE_REQUIRED -> disclosureRequired++;
            }
        }
    }

    void done(Instant at) {
        status = BulkJobStatus.DONE;
        message = null;
        finishedAt = at;
    }

    void fail(String why, Instant at) {
        status = BulkJobStatus.FAILED;
        message = truncate(why, 2000);
        finishedAt = at;
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String filedBy() {
        return filedBy;
    }

    public String fileName() {
        return fileName;
    }

    public BulkJobStatus status() {
        return status;
    }

    public int total() {
        return total;
    }

    public int processed() {
        return processed;
    }

    public int created() {
        return created;
    }

    public int unchanged() {
        return unchanged;
    }

    public int detained() {
        return detained;
    }

    public int cleared() {
        return cleared;
    }

    public int disclosureRequired() {
        return disclosureRequired;
    }

    public int errorCount() {
        return errorCount;
    }

    /** Errors not kept beyond {@link #MAX_STORED_ERRORS}: "and N more". */
    public int moreErrors() {
        return Math.max(0, errorCount - errors.size());
    }

    public String message() {
        return message;
    }

    public List<BulkJobError> errors() {
        return List.copyOf(errors);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Percent of the entries filed, for a progress bar; checking the file shows as a count instead. */
    public int percent() {
        return switch (status) {
            case QUEUED -> 0;
            case VALIDATING -> 0;
            case FILING -> total == 0 ? 0 : (int) Math.min(100, (100L * processed) / total);
            case REJECTED, DONE, FAILED -> 100;
        };
    }
}
