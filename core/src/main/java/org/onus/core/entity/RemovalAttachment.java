package org.onus.core.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file sent with a removal request, inspected like evidence library uploads and kept under its SHA-256. */
@Embeddable
public class RemovalAttachment {

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected RemovalAttachment() {
        // for JPA
    }

    public RemovalAttachment(String sha256, String fileName, String mediaType, long sizeBytes) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
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
}
