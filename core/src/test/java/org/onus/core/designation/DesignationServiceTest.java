package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
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
class DesignationServiceTest {

    static final Actor REGULATOR = Actor.of("regulator", "Regulator", Set.of(Role.REGULATOR), null);
    static final Actor SENIOR = Actor.of("senior-regulator", "Senior", Set.of(Role.SENIOR_REGULATOR), null);
    static final Actor DRAFTER_AND_SENIOR =
            Actor.of("regulator", "Regulator", Set.of(Role.REGULATOR, Role.SENIOR_REGULATOR), null);

    final Map<UUID, Designation> stored = new HashMap<>();
    final List<String> told = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    final DesignationService service = new DesignationService();
    boolean lapseReviewOpen;
    Designation d;

    @BeforeEach
    void wire() {
        service.designations = new DesignationRepository() {
            @Override
            public Optional<Designation> find(UUID id) {
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public List<Designation> series(UUID seriesId) {
                return stored.values().stream()
                        .filter(v -> v.seriesId().equals(seriesId))
                        .toList();
            }

            @Override
            public void store(Designation designation) {
                stored.put(designation.id(), designation);
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
        service.process = new DesignationProcess() {
            @Override
            public void submitted(Designation designation, String by) {
                told.add("submitted by " + by);
            }

            @Override
            public void reviewed(UUID id, String reviewer, boolean approved) {
                told.add((approved ? "approved by " : "returned by ") + reviewer);
            }

            @Override
            public void reviewedInForce(UUID id, String by, ReviewDecision decision) {
                told.add(decision + " by " + by);
            }

            @Override
            public void pendingDecided(UUID id, PendingDecision.Kind kind, String by, boolean approved) {
                told.add(kind + (approved ? " approved by " : " refused by ") + by);
            }

            @Override
            public void requireLapseReviewOpen(UUID id) {
                if (!lapseReviewOpen) {
                    throw new ConflictException("No lapse review of this designation is open");
                }
            }

            @Override
            public void lapseReviewed(UUID id, String by, LapseDecision decision) {
                told.add(decision + " by " + by);
            }

            @Override
            public boolean lapseReviewOpen(UUID id) {
                return lapseReviewOpen;
            }
        };
        service.clock = Clock.fixed(DesignationTest.NOW, ZoneOffset.UTC);
        d = Designation.draft(
                DesignationAssembler.terms(DesignationTest.description("2026-12-01"), DesignationTest.REFERENCES),
                "regulator",
                DesignationTest.NOW);
        d.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", DesignationTest.NOW);
        stored.put(d.id(), d);
    }

    @Test
    void theReviewIsRecordedAndThenTellsTheProcessWhoTookIt() {
        service.submit(REGULATOR, d.id());
        service.returnToDrafter(SENIOR, d.id(), "Cite the 2023 project");
        service.submit(REGULATOR, d.id());
        service.approve(SENIOR, d.id());

        assertThat(told)
                .containsExactly(
                        "submitted by regulator",
                        "returned by senior-regulator",
                        "submitted by regulator",
                        "approved by senior-regulator");
        assertThat(audited)
                .containsExactly(
                        "designation.submitted",
                        "designation.returned",
                        "designation.submitted",
                        "designation.approved");
    }

    @Test
    void aRefusedStepNeitherChangesNorRecordsNorMovesTheProcess() {
        service.submit(REGULATOR, d.id());
        told.clear();
        audited.clear();

        assertThatThrownBy(() -> service.approve(DRAFTER_AND_SENIOR, d.id()))
                .as("four eyes")
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> service.confirm(REGULATOR, d.id(), "Still right"))
                .as("not in force")
                .isInstanceOf(ConflictException.class);

        assertThat(told).isEmpty();
        assertThat(audited).isEmpty();
        assertThat(d.status()).isEqualTo(DesignationStatus.IN_REVIEW);
    }

    @Test
    void theLapseReviewIsOfferedAndAcceptedOnlyWhileTheProcessHasItOpen() {
        Designation ending = Designation.draft(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000"),
                                List.of("COTTON"),
                                "Rebuttable presumption",
                                "Cotton picking under labour transfer",
                                List.of(),
                                "2026-12-01",
                                "2027-03-31"),
                        DesignationTest.REFERENCES),
                "regulator",
                DesignationTest.NOW);
        ending.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", DesignationTest.NOW);
        ending.submit("regulator", DesignationTest.NOW);
        ending.approve("senior-regulator", DesignationTest.NOW);
        ending.publish(LocalDate.parse("2026-12-01"), DesignationTest.NOW);
        stored.put(ending.id(), ending);

        assertThat(service.allowedActions(Optional.of(REGULATOR), ending))
                .doesNotContain(DesignationAction.REVIEW_LAPSE);
        assertThatThrownBy(() -> service.reviewLapse(REGULATOR, ending.id(), LapseDecision.LAPSE, null, null))
                .isInstanceOf(ConflictException.class);
        assertThat(ending.lapseDecidedBy()).isNull();

        lapseReviewOpen = true;
        assertThat(service.allowedActions(Optional.of(REGULATOR), ending)).contains(DesignationAction.REVIEW_LAPSE);
        assertThat(service.allowedActions(Optional.of(SENIOR), ending)).doesNotContain(DesignationAction.REVIEW_LAPSE);
        service.reviewLapse(REGULATOR, ending.id(), LapseDecision.LAPSE, null, "Programme ended");
        assertThat(ending.lapseDecidedBy()).isEqualTo("regulator");
        assertThat(told).containsExactly("LAPSE by regulator");
        assertThat(service.allowedActions(Optional.empty(), ending))
                .as("anonymous readers")
                .isEmpty();
    }
}
