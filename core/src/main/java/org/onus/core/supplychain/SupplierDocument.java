package org.onus.core.supplychain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A document kept once for a supplier (or one of its facilities): a business licence, a
 * production record, a transaction document. The file was inspected like every upload and is
 * kept under its SHA-256, checked again when read.
 */
@Entity
@Table(name = "supplier_document")
public class SupplierDocument {

    @Id
    private UUID id;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SupplierDocument() {
        // for JPA
    }

    SupplierDocument(
            UUID facilityId,
            String title,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.facilityId = facilityId;
        this.title = title;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID id() {
        return id;
    }

    /** The facility the document is about, or null for the supplier as a whole. */
    public UUID facilityId() {
        return facilityId;
    }

    public String title() {
        return title;
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

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
