package org.onus.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.evidence.EvidenceItem;

/**
 * An evidence item as the API shows it.
 *
 * @param sha256 of the stored file; absent for records without a file
 * @param content where to download the file; absent for records without a file
 */
@Schema(requiredProperties = {"id", "type", "title", "source", "accessClass", "createdAt", "createdBy"})
public record EvidenceView(
        UUID id,
        String type,
        String title,
        String source,
        String url,
        LocalDate date,
        String language,
        String summary,
        List<String> tags,
        String accessClass,
        String sha256,
        String fileName,
        String mediaType,
        Long sizeBytes,
        String content,
        Instant createdAt,
        String createdBy) {

    public static EvidenceView of(EvidenceItem item) {
        return new EvidenceView(
                item.id(),
                item.type().name(),
                item.title(),
                item.source(),
                item.url().orElse(null),
                item.documentDate(),
                item.language(),
                item.summary(),
                item.tags(),
                item.accessClass().name(),
                item.sha256(),
                item.fileName(),
                item.mediaType(),
                item.sizeBytes(),
                item.hasFile() ? "/api/v1/evidence/" + item.id() + "/content" : null,
                item.createdAt(),
                item.createdBy());
    }
}
