package org.onus.core.upr;

import java.util.Locale;

/**
 * A recommendation as follow-up sees it, own or imported alike: what it says, who made it, what the
 * State answered, and the latest assessment of its implementation (null while none is recorded).
 *
 * @param recommendingState the State that made it; for an own recommendation the State it was
 *     proposed for, or null when the team addressed it to the State under review directly
 * @param responseWording the source's own wording of the response (imported records), or null
 */
public record FollowUpItem(
        FollowUpSubject subject,
        String stateUnderReview,
        int cycle,
        String reference,
        String recommendingState,
        String text,
        StateResponse response,
        String responseWording,
        ImplementationAssessment latest) {

    public static final String NOT_ASSESSED = "Not assessed";

    static FollowUpItem of(Recommendation r, ImplementationAssessment latest) {
        UprReview review = r.review();
        return new FollowUpItem(
                FollowUpSubject.own(r.id()),
                review.stateUnderReview(),
                review.cycle(),
                "Team recommendation, " + review.label() + (r.revision() > 1 ? ", revision " + r.revision() : ""),
                r.proposedFor(),
                r.text(),
                r.response(),
                null,
                latest);
    }

    static FollowUpItem of(UprRecord r, ImplementationAssessment latest) {
        return new FollowUpItem(
                FollowUpSubject.imported(r.id()),
                r.stateUnderReview(),
                r.cycle(),
                r.reference().orElse(UprReview.ordinal(r.session()) + " session"),
                r.recommendingState(),
                r.text(),
                r.response(),
                r.responseWording(),
                latest);
    }

    FollowUpItem withLatest(ImplementationAssessment a) {
        return new FollowUpItem(
                subject, stateUnderReview, cycle, reference, recommendingState, text, response, responseWording, a);
    }

    /** Only what the State supported or noted is followed up. */
    public boolean followable() {
        return response == StateResponse.SUPPORTED || response == StateResponse.NOTED;
    }

    /** "Supported", "Noted", "Other (Supported in part)", or "No response recorded". */
    public String responseLabel() {
        if (response == null) {
            return "No response recorded";
        }
        String label = response.name().charAt(0) + response.name().substring(1).toLowerCase(Locale.ROOT);
        if (responseWording != null
                && !responseWording.isBlank()
                && !responseWording.strip().equalsIgnoreCase(label)) {
            return label + " (" + responseWording.strip() + ")";
        }
        return label;
    }

    /** The latest status's label, or {@value #NOT_ASSESSED}. */
    public String statusLabel() {
        return latest == null ? NOT_ASSESSED : latest.status().label();
    }

    public ImplementationStatus status() {
        return latest == null ? null : latest.status();
    }
}
