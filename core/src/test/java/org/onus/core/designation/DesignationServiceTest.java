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
    final List<DesignationListVersion> listVersions = new ArrayList<>();
    final List<DesignationListChanged> listChanges = new ArrayList<>();
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

            @Override
            public List<Designation> withStatus(java.util.Collection<DesignationStatus> statuses) {
                return stored.values().stream()
                        .filter(v -> statuses.contains(v.status()))
                        .toList();
            }

            @Override
            public int latestListNumber() {
                return listVersions.size();
            }

            @Override
            public long storeChange(DesignationListVersion version, java.util.Collection<Designation> changed) {
                listVersions.add(version);
                return stored.values().stream()
                        .filter(d -> d.status() == DesignationStatus.PUBLISHED)
                        .count();
            }
        };
        service.listChanged = new ListChangedEvents();
        service.audit = new AuditTrail() {
            @Override
            public AuditEvent record(
                    Actor actor, String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                audited.add(action);
                return null;
            }

            @Override
            public AuditEvent recordSystem(
                    String action, String entityType, String entityId, Snapshot before, Snapshot after) {
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

    /** The process's publication timer, run twice: one publication, one list version, one event. */
    @Test
    void aPublicationRunAgainPublishesNothingMore() {
        d.submit("regulator", DesignationTest.NOW);
        d.approve("senior-regulator", DesignationTest.NOW);
        service.clock = Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

        DesignationService.Publication first = service.publish(d.id());
        DesignationService.Publication again = service.publish(d.id());

        assertThat(first.listVersion()).isNotNull();
        assertThat(again.listVersion()).isNull();
        assertThat(again.superseded()).isNull();
        assertThat(d.status()).isEqualTo(DesignationStatus.PUBLISHED);
        assertThat(audited).containsExactly("designation.published", "designation-list.published");
        assertThat(listVersions).hasSize(1);
        assertThat(listChanges).hasSize(1);
        assertThat(d.events().stream().filter(e -> e.kind() == DesignationEvent.Kind.PUBLISHED))
                .hasSize(1);
    }

    /** The process's lapse timer, run twice: one lapse, one list version, one event. */
    @Test
    void aLapseRunAgainRecordsNothingMore() {
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
        ending.decideLapse("regulator", "Programme ended", DesignationTest.NOW);
        stored.put(ending.id(), ending);
        service.clock = Clock.fixed(java.time.Instant.parse("2027-04-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(service.lapse(ending.id())).isPresent();
        assertThat(service.lapse(ending.id())).isEmpty();

        assertThat(ending.status()).isEqualTo(DesignationStatus.LAPSED);
        assertThat(audited).containsExactly("designation.lapsed", "designation-list.published");
        assertThat(listVersions).hasSize(1);
        assertThat(listChanges).hasSize(1);
    }

    /**
     * Approving the next version cuts the version on the list short: screening answers for later
     * arrivals change, so the list moves to a new version (which every node's index follows).
     */
    @Test
    void approvingTheNextVersionEndsTheOneOnTheListInANewListVersion() {
        d.submit("regulator", DesignationTest.NOW);
        d.approve("senior-regulator", DesignationTest.NOW);
        service.clock = Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        service.publish(d.id());
        Designation next = d.amend("regulator", DesignationTest.NOW);
        next.redescribe(
                DesignationAssembler.terms(DesignationTest.description("2027-02-01"), DesignationTest.REFERENCES),
                "regulator",
                DesignationTest.NOW);
        next.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", DesignationTest.NOW);
        next.submit("regulator", DesignationTest.NOW);
        stored.put(next.id(), next);

        service.approve(SENIOR, next.id());

        assertThat(d.effectiveTo()).isEqualTo(LocalDate.parse("2027-01-31"));
        assertThat(listVersions).hasSize(2);
        assertThat(listVersions.get(1).change())
                .isEqualTo("Version 1 of Xinjiang cotton now ends on 2027-01-31: version 2 is approved to take"
                        + " effect on 2027-02-01");
        assertThat(listChanges).hasSize(2);
    }

    /** Records what the service fires; nothing observes it here. */
    final class ListChangedEvents implements jakarta.enterprise.event.Event<DesignationListChanged> {

        @Override
        public void fire(DesignationListChanged event) {
            listChanges.add(event);
        }

        @Override
        public <U extends DesignationListChanged> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DesignationListChanged> java.util.concurrent.CompletionStage<U> fireAsync(
                U event, jakarta.enterprise.event.NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<DesignationListChanged> select(
                java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DesignationListChanged> jakarta.enterprise.event.Event<U> select(
                Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DesignationListChanged> jakarta.enterprise.event.Event<U> select(
                jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
