package org.onus.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.upr.FollowUpItem;
import org.onus.core.upr.FollowUpOverview;
import org.onus.core.upr.ImplementationAssessment;

/** The JSON shapes of follow-up between cycles. */
public final class UprFollowUpViews {

    private UprFollowUpViews() {}

    @Schema(
            name = "ImplementationAssessment",
            requiredProperties = {
                "id",
                "subjectKind",
                "subjectId",
                "status",
                "statusLabel",
                "assessedOn",
                "evidenceIds",
                "recordedBy",
                "recordedAt"
            })
    public record AssessmentView(
            UUID id,

            @Schema(description = "OWN (a team recommendation) or IMPORTED (a UN record)")
            String subjectKind,

            UUID subjectId,

            @Schema(description = "NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED or FULLY_IMPLEMENTED")
            String status,

            String statusLabel,
            LocalDate assessedOn,
            String note,
            List<UUID> evidenceIds,
            String recordedBy,
            Instant recordedAt) {}

    @Schema(requiredProperties = {"kind", "id", "stateUnderReview", "cycle", "text", "followable"})
    public record SubjectView(
            String kind,
            UUID id,
            String stateUnderReview,
            int cycle,
            String reference,
            String recommendingState,
            String text,
            String response,
            String responseWording,

            @Schema(description = "Whether the State supported or noted it: only then can it be assessed")
            boolean followable,

            AssessmentView latest) {}

    @Schema(requiredProperties = {"subject", "assessments"})
    public record HistoryView(SubjectView subject, List<AssessmentView> assessments) {}

    @Schema(requiredProperties = {"kind", "id", "text", "status", "statusLabel"})
    public record OverviewItemView(
            String kind,
            UUID id,
            String reference,
            String recommendingState,
            String text,
            String response,
            String responseWording,

            @Schema(description = "The latest status, or null while none is recorded")
            String status,

            String statusLabel,
            LocalDate assessedOn) {}

    @Schema(
            requiredProperties = {
                "stateUnderReview",
                "cycle",
                "total",
                "countsByStatus",
                "countsByResponse",
                "recommendations"
            })
    public record OverviewView(
            String stateUnderReview,
            int cycle,
            int total,

            @Schema(
                    description = "NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED, FULLY_IMPLEMENTED and NOT_ASSESSED,"
                            + " each with its count (zero included)")
            Map<String, Long> countsByStatus,

            @Schema(description = "SUPPORTED and NOTED, each with its count")
            Map<String, Long> countsByResponse,

            List<OverviewItemView> recommendations) {}

    public static AssessmentView assessment(ImplementationAssessment a) {
        return a == null
                ? null
                : new AssessmentView(
                        a.id(),
                        a.subject().kind().name(),
                        a.subject().id(),
                        a.status().name(),
                        a.status().label(),
                        a.assessedOn(),
                        a.note(),
                        a.evidenceIds(),
                        a.recordedBy(),
                        a.recordedAt());
    }

    public static SubjectView subject(FollowUpItem i) {
        return new SubjectView(
                i.subject().kind().name(),
                i.subject().id(),
                i.stateUnderReview(),
                i.cycle(),
                i.reference(),
                i.recommendingState(),
                i.text(),
                i.response() == null ? null : i.response().name(),
                i.responseWording(),
                i.followable(),
                assessment(i.latest()));
    }

    public static HistoryView history(FollowUpItem subject, List<ImplementationAssessment> assessments) {
        return new HistoryView(
                subject(subject),
                assessments.stream().map(UprFollowUpViews::assessment).toList());
    }

    public static OverviewView overview(FollowUpOverview o) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        o.countsByStatus().forEach((s, n) -> byStatus.put(s.name(), n));
        byStatus.put("NOT_ASSESSED", o.notAssessed());
        Map<String, Long> byResponse = new LinkedHashMap<>();
        o.countsByResponse().forEach((r, n) -> byResponse.put(r.name(), n));
        return new OverviewView(
                o.stateUnderReview(),
                o.cycle(),
                o.items().size(),
                byStatus,
                byResponse,
                o.items().stream()
                        .map(i -> new OverviewItemView(
                                i.subject().kind().name(),
                                i.subject().id(),
                                i.reference(),
                                i.recommendingState(),
                                i.text(),
                                i.response().name(),
                                i.responseWording(),
                                i.status() == null ? null : i.status().name(),
                                i.statusLabel(),
                                i.latest() == null ? null : i.latest().assessedOn()))
                        .toList());
    }
}
