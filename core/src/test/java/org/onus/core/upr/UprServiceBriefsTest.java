package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.EvidenceRepository;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.NotFoundException;

/** The service's briefs and coalition: drafters only, audited, and a proposal implies a brief. */
class UprServiceBriefsTest {

    static final Actor DRAFTER = Actor.of("drafter", "Drafter", Set.of(Role.UPR_DRAFTER), null);
    static final Actor AUDITOR = Actor.of("auditor", "Auditor", Set.of(Role.AUDITOR), null);

    final List<Recommendation> stored = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    final UprService service = new UprService();
    final UprReview china = RecommendationTest.china();

    @BeforeEach
    void wire() {
        service.upr = new UprRepository() {
            @Override
            public Optional<UprReview> review(UUID id) {
                return id.equals(china.id()) ? Optional.of(china) : Optional.empty();
            }

            @Override
            public List<Recommendation> recommendations(UUID reviewId) {
                return List.copyOf(stored);
            }

            @Override
            public void store(Recommendation recommendation) {
                stored.add(recommendation);
            }
        };
        service.records = new UprRecordRepository() {
            @Override
            public List<UprRecord> earlierRecommendations(String state, String by, int beforeCycle) {
                return List.of(BriefDocumentTest.record(by, 3, StateResponse.SUPPORTED, null, "Ratify C105."));
            }
        };
        service.evidence = new EvidenceRepository() {
            @Override
            public Optional<org.onus.core.evidence.EvidenceItem> find(UUID id) {
                return Optional.empty();
            }

            @Override
            public long count() {
                return 0;
            }

            @Override
            public void store(org.onus.core.evidence.EvidenceItem item) {}
        };
        service.audit = new AuditTrail() {
            @Override
            public AuditEvent record(
                    Actor actor, String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                audited.add(action);
                return null;
            }
        };
        service.clock = Clock.fixed(RecommendationTest.NOW, ZoneOffset.UTC);
    }

    Recommendation.Draft draft(String proposedFor) {
        return new Recommendation.Draft(
                "China should repeal the quotas by 2026.",
                List.of("FORCED_LABOUR"),
                5,
                List.of(),
                List.of(),
                null,
                proposedFor);
    }

    @Test
    void proposingARecommendationForAStateWithoutABriefAddsItsBrief() {
        Recommendation r = service.draft(DRAFTER, china.id(), draft("Canada"));
        assertThat(r.proposedFor()).isEqualTo("Canada");
        assertThat(china.briefs()).containsExactly("Canada");
        assertThat(audited).containsExactly("upr-review.brief-added", "upr-recommendation.drafted");

        service.draft(DRAFTER, china.id(), draft("CANADA"));
        assertThat(china.briefs()).as("already listed").containsExactly("Canada");
        assertThat(stored.get(1).proposedFor()).isEqualTo("Canada");

        assertThat(service.briefs(AUDITOR, china.id())).singleElement().satisfies(b -> {
            assertThat(b.state()).isEqualTo("Canada");
            assertThat(b.recommendations()).as("none approved yet").isZero();
            assertThat(b.inProgress()).isEqualTo(2);
            assertThat(b.earlier()).isEqualTo(1);
            assertThat(b.overLimit()).isFalse();
        });
    }

    @Test
    void aBriefWithProposalsCannotBeRemovedAndOnlyDraftersChangeTheList() {
        service.draft(DRAFTER, china.id(), draft("Canada"));
        assertThatThrownBy(() -> service.removeBrief(DRAFTER, china.id(), "canada"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 recommendation is proposed for Canada");
        assertThatThrownBy(() -> service.replaceBriefs(DRAFTER, china.id(), List.of("France")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.addBrief(AUDITOR, china.id(), "France"))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> service.coSign(AUDITOR, china.id(), new UprReview.CoSignerInput("A", null, null)))
                .isInstanceOf(ForbiddenActionException.class);

        service.addBrief(DRAFTER, china.id(), "France");
        service.removeBrief(DRAFTER, china.id(), "france");
        service.coSign(DRAFTER, china.id(), new UprReview.CoSignerInput("A", null, null));
        service.withdrawCoSigner(DRAFTER, china.id(), "a");
        assertThat(audited)
                .containsSubsequence(
                        "upr-review.brief-added",
                        "upr-review.brief-removed",
                        "upr-review.co-signed",
                        "upr-review.co-signer-withdrawn");
    }

    @Test
    void aBriefIsOnlyForAListedState() {
        china.addBrief("Germany");
        assertThat(service.brief(AUDITOR, china.id(), "germany").title())
                .isEqualTo("Brief for the Permanent Mission of Germany");
        assertThatThrownBy(() -> service.brief(AUDITOR, china.id(), "France")).isInstanceOf(NotFoundException.class);
    }
}
