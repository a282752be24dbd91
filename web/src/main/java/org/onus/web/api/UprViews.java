package org.onus.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.upr.Recommendation;
import org.onus.core.upr.RecommendationAction;
import org.onus.core.upr.RecommendationTemplate;
import org.onus.core.upr.SmartFinding;
import org.onus.core.upr.SubmissionDocument;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprReview;

/** The JSON shapes of the UPR workspace (the contract's fields first, then the extras). */
public final class UprViews {

    private UprViews() {}

    public record ReviewView(
            UUID id,
            String stateUnderReview,
            int cycle,
            int session,
            LocalDate reviewDate,
            LocalDate submissionDeadline,
            String submissionType,
            Integer wordLimit,
            String label) {}

    public record FindingView(String code, String message) {}

    public record EventView(String kind, String actor, Instant at, String comment) {}

    public record RecommendationView(
            UUID id,
            String text,
            List<String> themes,
            int actionCategory,
            List<UUID> citations,
            List<String> legalAnchors,
            String status,
            List<FindingView> smartFindings,
            String response,
            UUID reviewId,
            UUID seriesId,
            int revision,
            boolean current,
            UUID revisionOf,
            UUID supersededBy,
            String followUp,
            String templateCode,
            String submittedBy,
            String approvedBy,
            Instant approvedAt,
            long lockVersion,
            List<EventView> events,

            @Schema(
                    description = "What the caller may do to this revision now (EDIT, SUBMIT, APPROVE,"
                            + " RETURN, REVISE, RECORD_RESPONSE): exactly the actions the API accepts from them")
            List<String> allowedActions) {}

    public record TemplateView(
            String code,
            String title,
            String text,
            List<String> themes,
            int actionCategory,
            List<String> legalAnchors,
            List<UUID> citations) {}

    public record ThemeView(String code, String label) {}

    public record WordCountView(int words, Integer limit, boolean overLimit, int recommendations) {}

    public static ReviewView review(UprReview r) {
        return new ReviewView(
                r.id(),
                r.stateUnderReview(),
                r.cycle(),
                r.session(),
                r.reviewDate(),
                r.submissionDeadline(),
                r.submissionType().name(),
                r.wordLimit(),
                r.label());
    }

    public static List<FindingView> findings(List<SmartFinding> findings) {
        return findings.stream()
                .map(f -> new FindingView(f.code(), f.message()))
                .toList();
    }

    /** The revision with what the caller may do to it now. */
    public static RecommendationView recommendation(Recommendation r, Set<RecommendationAction> allowed) {
        return new RecommendationView(
                r.id(),
                r.text(),
                r.themes().stream().map(Theme::name).toList(),
                r.actionCategory(),
                r.citations(),
                r.legalAnchors(),
                r.status().name(),
                findings(r.smartFindings()),
                r.response() == null ? null : r.response().name(),
                r.review().id(),
                r.seriesId(),
                r.revision(),
                r.current(),
                r.revisionOf(),
                r.supersededBy(),
                r.followUp(),
                r.templateCode(),
                r.submittedBy(),
                r.approvedBy(),
                r.approvedAt(),
                r.lockVersion(),
                r.events().stream()
                        .map(e -> new EventView(e.kind().name(), e.actor(), e.at(), e.comment()))
                        .toList(),
                allowed.stream().sorted().map(Enum::name).toList());
    }

    public static TemplateView template(RecommendationTemplate t) {
        return new TemplateView(
                t.code(),
                t.title(),
                t.text(),
                t.themes().stream().map(Theme::name).toList(),
                t.actionCategory(),
                t.legalAnchors(),
                t.citations());
    }

    public static WordCountView wordCount(SubmissionDocument d) {
        return new WordCountView(d.wordCount(), d.wordLimit(), d.overLimit(), d.recommendations());
    }
}
