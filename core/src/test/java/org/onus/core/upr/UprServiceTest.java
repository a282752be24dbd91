package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;

/** The service is the one way in: it asks the aggregate, records the change, then tells the process. */
class UprServiceTest {

    static final Actor DRAFTER = Actor.of("drafter", "Drafter", Set.of(Role.UPR_DRAFTER), null);
    static final Actor REVIEWER = Actor.of("upr-reviewer", "Reviewer", Set.of(Role.UPR_REVIEWER), null);
    static final Actor BOTH = Actor.of("drafter", "Drafter", Set.of(Role.UPR_DRAFTER, Role.UPR_REVIEWER), null);

    final Map<UUID, Recommendation> stored = new HashMap<>();
    final List<String> told = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    final UprService service = new UprService();
    Recommendation r;

    @BeforeEach
    void wire() {
        service.upr = new UprRepository() {
            @Override
            public Optional<Recommendation> recommendation(UUID id) {
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public List<Recommendation> series(UUID seriesId) {
                return stored.values().stream()
                        .filter(v -> v.seriesId().equals(seriesId))
                        .toList();
            }

            @Override
            public void store(Recommendation recommendation) {
                stored.put(recommendation.id(), recommendation);
            }
        };
        service.audit = new AuditTrail() {
            @Override
            public AuditEvent record(
                    Actor actor, String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                audited.add(action);
                return null;
            }
        };
        service.process = new RecommendationProcess() {
            @Override
            public void submitted(UUID id, String by) {
                told.add("submitted by " + by);
            }

            @Override
            public void reviewed(UUID id, String reviewer, boolean approved) {
                told.add((approved ? "approved by " : "returned by ") + reviewer);
            }
        };
        service.clock = Clock.fixed(RecommendationTest.NOW, ZoneOffset.UTC);
        r = RecommendationTest.drafted();
        stored.put(r.id(), r);
    }

    @Test
    void eachReviewStepIsRecordedAndThenTellsTheProcessWhoTookIt() {
        service.submit(DRAFTER, r.id());
        service.returnToDrafter(REVIEWER, r.id(), "Name the policy");
        service.submit(DRAFTER, r.id());
        service.approve(REVIEWER, r.id());

        assertThat(told)
                .containsExactly(
                        "submitted by drafter",
                        "returned by upr-reviewer",
                        "submitted by drafter",
                        "approved by upr-reviewer");
        assertThat(audited)
                .containsExactly(
                        "upr-recommendation.submitted",
                        "upr-recommendation.returned",
                        "upr-recommendation.submitted",
                        "upr-recommendation.approved");
    }

    @Test
    void aRefusedStepNeitherChangesNorRecordsNorMovesTheProcess() {
        service.submit(DRAFTER, r.id());
        told.clear();
        audited.clear();

        assertThatThrownBy(() -> service.approve(BOTH, r.id()))
                .as("four eyes")
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> service.edit(DRAFTER, r.id(), null, RecommendationTest.draft("New text")))
                .as("in review")
                .isInstanceOf(ConflictException.class);

        assertThat(told).isEmpty();
        assertThat(audited).isEmpty();
        assertThat(r.status()).isEqualTo(RecommendationStatus.IN_REVIEW);
    }

    @Test
    void whatTheServiceOffersIsWhatItAccepts() {
        service.submit(DRAFTER, r.id());
        service.approve(REVIEWER, r.id());
        assertThat(service.allowedActions(DRAFTER, r))
                .containsExactlyInAnyOrder(RecommendationAction.REVISE, RecommendationAction.RECORD_RESPONSE);

        Recommendation next = service.revise(DRAFTER, r.id());
        assertThat(service.allowedActions(DRAFTER, r))
                .as("one open revision at a time")
                .containsExactly(RecommendationAction.RECORD_RESPONSE);
        assertThatThrownBy(() -> service.revise(DRAFTER, r.id())).isInstanceOf(ConflictException.class);
        assertThat(service.allowedActions(DRAFTER, next))
                .containsExactlyInAnyOrder(RecommendationAction.EDIT, RecommendationAction.SUBMIT);
    }
}
