package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class RecommendationTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final UUID PUBLIC = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    static final Recommendation.Citable CITABLE = PUBLIC::equals;

    static UprReview china() {
        return UprReview.open(
                new UprReview.Description("China", 4, 45, "2024-01-23", null, "STAKEHOLDER_JOINT", null),
                "upr-drafter",
                NOW);
    }

    static Recommendation.Draft draft(String text) {
        return new Recommendation.Draft(
                text,
                List.of("MINORITIES", "forced labour"),
                5,
                List.of(PUBLIC.toString()),
                List.of("ILO Convention No. 105, Art. 1 (b)", " ILO Convention No. 105, Art. 1 (b) "),
                null);
    }

    static Recommendation drafted() {
        return Recommendation.draft(china(), draft("China should repeal the quotas by 2026"), CITABLE, "drafter", NOW);
    }

    @Test
    void whatSomeoneMayDoIsWhatTheChecksAcceptForTheirRoleTheStatusAndFourEyes() {
        var drafter = org.onus.core.identity.Actor.of(
                "drafter", "drafter", java.util.Set.of(org.onus.core.identity.Role.UPR_DRAFTER), null);
        var reviewer = org.onus.core.identity.Actor.of(
                "upr-reviewer", "upr-reviewer", java.util.Set.of(org.onus.core.identity.Role.UPR_REVIEWER), null);
        var drafterAndReviewer = org.onus.core.identity.Actor.of(
                "drafter",
                "drafter",
                java.util.Set.of(org.onus.core.identity.Role.UPR_DRAFTER, org.onus.core.identity.Role.UPR_REVIEWER),
                null);
        Recommendation r = drafted();

        assertThat(r.allowedActions(drafter))
                .containsExactlyInAnyOrder(RecommendationAction.EDIT, RecommendationAction.SUBMIT);
        assertThat(r.allowedActions(reviewer)).isEmpty();

        r.submit("drafter", NOW);
        assertThat(r.allowedActions(drafter)).isEmpty();
        assertThat(r.allowedActions(drafterAndReviewer)).as("four eyes").isEmpty();
        assertThat(r.allowedActions(reviewer))
                .containsExactlyInAnyOrder(RecommendationAction.APPROVE, RecommendationAction.RETURN);
        assertThatThrownBy(() -> r.require(RecommendationAction.APPROVE, drafterAndReviewer))
                .isInstanceOf(ForbiddenActionException.class);

        r.approve("upr-reviewer", NOW);
        assertThat(r.allowedActions(drafter))
                .containsExactlyInAnyOrder(RecommendationAction.REVISE, RecommendationAction.RECORD_RESPONSE);
        assertThatThrownBy(() -> r.require(RecommendationAction.EDIT, drafter)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReviewTakesTheWordLimitOfItsSubmissionTypeUnlessItSetsOne() {
        assertThat(china().wordLimit()).isEqualTo(5630);
        assertThat(UprReview.open(
                                new UprReview.Description(
                                        "China", 4, 45, "2024-01-23", "", "stakeholder_individual", null),
                                "d",
                                NOW)
                        .wordLimit())
                .isEqualTo(2815);
        assertThat(UprReview.open(
                                new UprReview.Description("China", 4, 45, "2024-01-23", null, "STATE", 1000), "d", NOW)
                        .wordLimit())
                .isEqualTo(1000);
        assertThat(china().label()).isEqualTo("China, 4th cycle, 45th session");
        assertThatThrownBy(() -> UprReview.open(
                        new UprReview.Description(" ", 0, null, "23/01/2024", "2024-02-01", "OTHER", -1), "d", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactlyInAnyOrder(
                                        "stateUnderReview",
                                        "cycle",
                                        "session",
                                        "reviewDate",
                                        "submissionType",
                                        "wordLimit"));
    }

    @Test
    void aDraftIsValidatedThemesInTaxonomyOrderAnchorsWithoutDuplicates() {
        Recommendation r = drafted();
        assertThat(r.status()).isEqualTo(RecommendationStatus.DRAFT);
        assertThat(r.themes()).containsExactly(Theme.FORCED_LABOUR, Theme.MINORITIES);
        assertThat(r.primaryTheme()).isEqualTo(Theme.FORCED_LABOUR);
        assertThat(r.legalAnchors()).containsExactly("ILO Convention No. 105, Art. 1 (b)");
        assertThat(r.smartFindings()).isEmpty();

        assertThatThrownBy(() -> Recommendation.draft(
                        china(),
                        new Recommendation.Draft(
                                "",
                                List.of("HAPPINESS"),
                                9,
                                List.of("nope", UUID.randomUUID().toString()),
                                null,
                                null),
                        CITABLE,
                        "d",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactlyInAnyOrder(
                                        "text", "themes", "actionCategory", "citations", "citations"));
    }

    @Test
    void weakTextIsSavedWithFindingsNeverRefused() {
        Recommendation r =
                Recommendation.draft(china(), draft("Continue efforts to protect workers"), CITABLE, "d", NOW);
        assertThat(r.smartFindings()).extracting(SmartFinding::code).contains("VAGUE_VERB", "NO_TIME_FRAME");
    }

    @Test
    void nobodyWhoDraftedEditedOrSubmittedMayReviewIt() {
        Recommendation r = drafted();
        r.edit(draft("China should repeal the quotas by 2027"), CITABLE, "editor", NOW);
        r.submit("submitter", NOW);
        for (String contributor : List.of("drafter", "editor", "submitter")) {
            assertThatThrownBy(() -> r.approve(contributor, NOW)).isInstanceOf(ForbiddenActionException.class);
            assertThatThrownBy(() -> r.returnToDrafter(contributor, "no", NOW))
                    .isInstanceOf(ForbiddenActionException.class);
        }
        r.approve("reviewer", NOW);
        assertThat(r.status()).isEqualTo(RecommendationStatus.APPROVED);
        assertThat(r.current()).isTrue();
        assertThat(r.events())
                .extracting(RecommendationEvent::kind)
                .containsExactly(
                        RecommendationEvent.Kind.DRAFTED,
                        RecommendationEvent.Kind.EDITED,
                        RecommendationEvent.Kind.SUBMITTED,
                        RecommendationEvent.Kind.APPROVED);
    }

    @Test
    void returnedWithACommentGoesBackToDraft() {
        Recommendation r = drafted();
        r.submit("drafter", NOW);
        assertThatThrownBy(() -> r.returnToDrafter("reviewer", " ", NOW)).isInstanceOf(InvalidInputException.class);
        r.returnToDrafter("reviewer", "Name the quotas", NOW);
        assertThat(r.status()).isEqualTo(RecommendationStatus.DRAFT);
        assertThat(r.events().get(r.events().size() - 1).comment()).isEqualTo("Name the quotas");
    }

    @Test
    void approvedIsLockedAndChangesNeedANewRevisionThatReplacesItOnlyOnceApproved() {
        Recommendation r = drafted();
        r.submit("drafter", NOW);
        assertThatThrownBy(() -> r.edit(draft("x by 2026"), CITABLE, "drafter", NOW))
                .as("in review")
                .isInstanceOf(ConflictException.class);
        r.approve("reviewer", NOW);
        assertThatThrownBy(() -> r.edit(draft("x by 2026"), CITABLE, "drafter", NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("locked");

        Recommendation next = r.revise("drafter", NOW);
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.seriesId()).isEqualTo(r.seriesId());
        assertThat(next.revisionOf()).isEqualTo(r.id());
        assertThat(next.text()).isEqualTo(r.text());
        assertThat(r.current()).as("still the approved text").isTrue();

        next.edit(draft("China should repeal the quotas by 2025"), CITABLE, "drafter", NOW);
        next.submit("drafter", NOW);
        assertThatThrownBy(() -> next.approve("drafter", NOW)).isInstanceOf(ForbiddenActionException.class);
        next.approve("reviewer", NOW);
        r.supersededBy(next, NOW);
        assertThat(r.current()).isFalse();
        assertThat(next.current()).isTrue();
        assertThatThrownBy(() -> r.revise("drafter", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theStatesResponseIsRecordedOnlyOnAnApprovedRecommendation() {
        Recommendation r = drafted();
        assertThatThrownBy(() -> r.recordResponse(StateResponse.NOTED, null, "d", NOW))
                .isInstanceOf(ConflictException.class);
        r.submit("drafter", NOW);
        r.approve("reviewer", NOW);
        assertThatThrownBy(() -> r.recordResponse(null, " ", "d", NOW)).isInstanceOf(InvalidInputException.class);
        r.recordResponse(StateResponse.NOTED, "Rejected as interference in internal affairs", "d", NOW);
        assertThat(r.response()).isEqualTo(StateResponse.NOTED);
        assertThat(r.followUp()).startsWith("Rejected");
    }
}
