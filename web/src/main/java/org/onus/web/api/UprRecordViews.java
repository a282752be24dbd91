package org.onus.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprHit;
import org.onus.core.upr.UprHits;
import org.onus.core.upr.UprRecord;
import org.onus.core.upr.UprRecordService;

/** The JSON shapes of imported UPR records and of searches over them and the team's own recommendations. */
public final class UprRecordViews {

    private UprRecordViews() {}

    @Schema(requiredProperties = {"created", "updated", "unchanged", "rows"})
    public record ImportView(int created, int updated, int unchanged, int rows) {}

    /**
     * One recommendation found.
     *
     * @param kind OWN (the team's) or IMPORTED (the UN's record)
     * @param status an own recommendation's workflow status; null for a record
     */
    @Schema(requiredProperties = {"kind", "id", "stateUnderReview", "cycle", "session", "text", "themes"})
    public record HitView(
            String kind,
            UUID id,
            String stateUnderReview,
            String recommendingState,
            int cycle,
            int session,
            String reference,
            String text,
            String response,
            String responseWording,
            Integer actionCategory,
            List<String> themes,
            String status) {}

    @Schema(requiredProperties = {"total", "page", "pageSize", "items"})
    public record HitsView(long total, int page, int pageSize, List<HitView> items) {}

    /** An imported record, with where it came from and when it was imported. */
    @Schema(
            requiredProperties = {
                "kind",
                "id",
                "stateUnderReview",
                "cycle",
                "session",
                "text",
                "themes",
                "knownThemes",
                "identityKey",
                "importedAt"
            })
    public record RecordView(
            String kind,
            UUID id,
            String stateUnderReview,
            String recommendingState,
            int cycle,
            int session,
            String reference,
            String text,
            String response,
            String responseWording,
            Integer actionCategory,
            List<String> themes,
            List<String> knownThemes,
            String sourceId,
            String documentSymbol,
            String paragraph,
            String identityKey,
            String importedBy,
            Instant importedAt,
            Instant changedAt) {}

    static ImportView imported(UprRecordService.ImportResult r) {
        return new ImportView(r.created(), r.updated(), r.unchanged(), r.rows());
    }

    static HitView hit(UprHit h) {
        return new HitView(
                h.kind().name(),
                h.id(),
                h.stateUnderReview(),
                h.recommendingState(),
                h.cycle(),
                h.session(),
                h.reference(),
                h.text(),
                h.response() == null ? null : h.response().name(),
                h.responseWording(),
                h.actionCategory(),
                h.themes(),
                h.status());
    }

    static HitsView hits(UprHits hits) {
        return new HitsView(
                hits.total(),
                hits.page(),
                hits.pageSize(),
                hits.items().stream().map(UprRecordViews::hit).toList());
    }

    static RecordView record(UprRecord r) {
        return new RecordView(
                UprHit.Kind.IMPORTED.name(),
                r.id(),
                r.stateUnderReview(),
                r.recommendingState(),
                r.cycle(),
                r.session(),
                r.reference().orElse(null),
                r.text(),
                r.response() == null ? null : r.response().name(),
                r.responseWording(),
                r.actionCategory(),
                r.themes(),
                r.knownThemes().stream().map(Theme::code).toList(),
                r.sourceId(),
                r.documentSymbol(),
                r.paragraph(),
                r.identityKey(),
                r.importedBy(),
                r.importedAt(),
                r.changedAt());
    }
}
