package org.onus.core.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file sent with a submission, inspected like library uploads and kept under its SHA-256. */
@Entity
@Table(name = "submission_attachment")
public class SubmissionAttachment {

    @Id
    private UUID id;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SubmissionAttachment() {
        // for JPA
    }

    SubmissionAttachment(String sha256, String fileName, String mediaType, long sizeBytes, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.addedAt = addedAt;
    }

    public UUID id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
