package org.onus.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.upr.BriefDocument;
import org.onus.core.upr.BriefSummary;
import org.onus.core.upr.CoSigner;
import org.onus.core.upr.Recommendation;
import org.onus.core.upr.RecommendationAction;
import org.onus.core.upr.RecommendationTemplate;
import org.onus.core.upr.SmartFinding;
import org.onus.core.upr.SubmissionDocument;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprReview;
import org.onus.web.http.PathSegments;

/** The JSON shapes of the UPR workspace (the contract's fields first, then the extras). */
public final class UprViews {

    private UprViews() {}

    @Schema(
            requiredProperties = {
                "id",
                "stateUnderReview",
                "cycle",
                "session",
                "reviewDate",
                "submissionDeadline",
                "submissionType",
                "label",
                "coSigners",
                "briefs"
            })
    public record ReviewView(
            UUID id,
            String stateUnderReview,
            int cycle,
            int session,
            LocalDate reviewDate,
            LocalDate submissionDeadline,
            String submissionType,
            Integer wordLimit,
            String label,

            @Schema(
                    description = "The organisations co-signing the stakeholder submission, in title-page order;"
                            + " contact is internal (never printed) and given to UPR drafters and reviewers only")
            List<CoSignerView> coSigners,

            @Schema(description = "The recommending States whose permanent missions get an advocacy brief")
            List<String> briefs) {}

    @Schema(requiredProperties = {"name"})
    public record CoSignerView(String name, String country, String contact) {}

    @Schema(
            requiredProperties = {
                "state",
                "recommendations",
                "inProgress",
                "earlier",
                "words",
                "wordLimit",
                "overLimit",
                "href"
            })
    public record BriefView(
            String state,

            @Schema(description = "Current (approved) recommendations proposed for the State: what the brief holds")
            int recommendations,

            @Schema(description = "Recommendations proposed for the State still in draft or in review")
            int inProgress,

            @Schema(description = "What the State recommended to the State under review in earlier cycles, as imported")
            int earlier,

            @Schema(description = "The brief's word count, counted as its export counts it")
            int words,

            @Schema(description = "The brief's limit (600 words)")
            int wordLimit,

            @Schema(description = "Over the limit: the export is refused (409) unless draft=true")
            boolean overLimit,

            @Schema(description = "The brief's path; Accept application/pdf or the DOCX type")
            String href) {}

    @Schema(requiredProperties = {"code", "message"})
    public record FindingView(String code, String message) {}

    @Schema(
            name = "RecommendationEvent",
            requiredProperties = {"kind", "at"})
    public record EventView(String kind, String actor, Instant at, String comment) {}

    @Schema(
            requiredProperties = {
                "id",
                "text",
                "themes",
                "actionCategory",
                "citations",
                "legalAnchors",
                "status",
                "smartFindings",
                "reviewId",
                "seriesId",
                "revision",
                "current",
                "lockVersion",
                "events",
                "allowedActions"
            })
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

            @Schema(description = "The recommending State whose advocacy brief carries it, or null")
            String proposedFor,

            String submittedBy,
            String approvedBy,
            Instant approvedAt,
            long lockVersion,
            List<EventView> events,

            @Schema(
                    description = "What the caller may do to this revision now (EDIT, SUBMIT, APPROVE,"
                            + " RETURN, REVISE, RECORD_RESPONSE): exactly the actions the API accepts from them")
            List<String> allowedActions) {}

    @Schema(requiredProperties = {"code", "title", "text", "themes", "actionCategory", "legalAnchors", "citations"})
    public record TemplateView(
            String code,
            String title,
            String text,
            List<String> themes,
            int actionCategory,
            List<String> legalAnchors,
            List<UUID> citations) {}

    @Schema(requiredProperties = {"code", "label"})
    public record ThemeView(String code, String label) {}

    @Schema(requiredProperties = {"words", "overLimit", "recommendations"})
    public record WordCountView(int words, Integer limit, boolean overLimit, int recommendations) {}

    /** @param withContacts whether the reader may see co-signers' contacts (UPR drafters and reviewers) */
    public static ReviewView review(UprReview r, boolean withContacts) {
        return new ReviewView(
                r.id(),
                r.stateUnderReview(),
                r.cycle(),
                r.session(),
                r.reviewDate(),
                r.submissionDeadline(),
                r.submissionType().name(),
                r.wordLimit(),
                r.label(),
                r.coSigners().stream().map(c -> coSigner(c, withContacts)).toList(),
                r.briefs());
    }

    static CoSignerView coSigner(CoSigner c, boolean withContact) {
        return new CoSignerView(c.name(), c.country(), withContact ? c.contact() : null);
    }

    public static BriefView brief(UUID reviewId, BriefSummary b) {
        return new BriefView(
                b.state(),
                b.recommendations(),
                b.inProgress(),
                b.earlier(),
                b.words(),
                BriefDocument.WORD_LIMIT,
                b.overLimit(),
                "/api/v1/upr/reviews/" + reviewId + "/briefs/" + PathSegments.encode(b.state()));
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
                r.proposedFor(),
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
