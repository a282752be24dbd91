package org.onus.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.entity.RemovalAttachment;
import org.onus.core.entity.RemovalRequest;
import org.onus.core.entity.RemovalRequestService;

/** The JSON shapes of removal requests and their published decisions. */
@RequestScoped
public class EntityRemovalViews {

    @Inject
    RemovalRequestService requests;

    /** A decision on a removal request, as published with the list version. */
    @Schema(
            name = "EntityRemovalDecision",
            requiredProperties = {
                "reference",
                "designationId",
                "designationTitle",
                "producerName",
                "outcome",
                "reason",
                "decidedAt",
                "listVersion"
            })
    public record DecisionView(
            String reference,
            UUID designationId,
            String designationTitle,
            String producerName,
            @Schema(enumeration = {"GRANTED", "DENIED"}) String outcome,
            String reason,
            Instant decidedAt,
            int listVersion) {

        static DecisionView of(RemovalRequest r) {
            return new DecisionView(
                    r.reference(),
                    r.designationId(),
                    r.designationTitle(),
                    r.producerName(),
                    r.status().name(),
                    r.proposalReason(),
                    r.decidedAt(),
                    r.listVersion().orElse(0));
        }
    }

    /** What the requester gets back once: the receipt code to follow the request with. */
    @Schema(
            name = "EntityRemovalReceipt",
            requiredProperties = {"receiptCode", "reference", "status"})
    public record ReceiptView(String receiptCode, String reference, String status) {}

    /** The request as its requester sees it. */
    @Schema(
            name = "EntityRemovalStatus",
            requiredProperties = {"reference", "status", "receivedAt"})
    public record RequesterView(
            String reference,
            String status,
            Instant receivedAt,
            String producerName,
            String designationTitle,
            DecisionView decision) {

        static RequesterView of(RemovalRequest r) {
            return new RequesterView(
                    r.reference(),
                    r.status().name(),
                    r.receivedAt(),
                    r.producerName(),
                    r.designationTitle(),
                    r.status().decided() ? DecisionView.of(r) : null);
        }
    }

    @Schema(
            name = "EntityRemovalAttachment",
            requiredProperties = {"sha256", "fileName", "mediaType", "sizeBytes"})
    public record AttachmentView(String sha256, String fileName, String mediaType, long sizeBytes) {

        static AttachmentView of(RemovalAttachment a) {
            return new AttachmentView(a.sha256(), a.fileName(), a.mediaType(), a.sizeBytes());
        }
    }

    /** A removal request as regulators and auditors see it (the contact for regulators only). */
    @Schema(
            name = "EntityRemovalRequest",
            requiredProperties = {
                "id",
                "reference",
                "status",
                "designationId",
                "designationTitle",
                "producerName",
                "relation",
                "reasons",
                "receivedAt",
                "attachments"
            })
    public record RequestView(
            UUID id,
            String reference,

            @Schema(enumeration = {"RECEIVED", "PROPOSED", "GRANTED", "DENIED"})
            String status,

            UUID designationId,
            String designationTitle,
            String producerName,
            @Schema(enumeration = {"ENTITY", "ON_BEHALF"}) String relation,
            String reasons,
            String contact,
            Instant receivedAt,
            List<AttachmentView> attachments,
            @Schema(enumeration = {"GRANT", "DENY"}) String proposedOutcome,
            String proposalReason,
            String proposedBy,
            Instant proposedAt,
            String decidedBy,
            Instant decidedAt,
            Integer listVersion) {

        static RequestView of(RemovalRequest r, boolean withContact) {
            return new RequestView(
                    r.id(),
                    r.reference(),
                    r.status().name(),
                    r.designationId(),
                    r.designationTitle(),
                    r.producerName(),
                    r.relation().name(),
                    r.reasons(),
                    withContact ? r.contact().orElse(null) : null,
                    r.receivedAt(),
                    r.attachments().stream().map(AttachmentView::of).toList(),
                    r.proposedOutcome().map(Enum::name).orElse(null),
                    r.proposalReason(),
                    r.proposedBy(),
                    r.proposedAt(),
                    r.decidedBy(),
                    r.decidedAt(),
                    r.listVersion().orElse(null));
        }
    }

    /** The decisions published with list versions from..to (inclusive). */
    public List<DecisionView> decisionsIn(int from, int to) {
        if (to < from) {
            return List.of();
        }
        return requests.decisions(from, to).stream().map(DecisionView::of).toList();
    }
}
