package org.onus.core.detention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.detention.DetentionCase.AssignmentAction;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;

/**
 * The customs work queue and who works each case, for the pages and the API alike: the queue
 * read in the database, and each assignment step (assign, take, hand back, step aside) asked of
 * the case, audited, in one transaction.
 *
 * <p>The process engine's review task stays offered to the customs-officer group rather than
 * claimed by the assignee: it exists only while a filed rebuttal awaits a decision, whereas a
 * case is assigned from detention to the end, and the decision's rules (four eyes, stepping
 * aside) are held by the case itself, which every path goes through.
 */
@Stateless
public class CaseQueue {

    @Inject
    CaseQueueRepository queue;

    @Inject
    DetentionCaseRepository cases;

    @Inject
    AuditTrail audit;

    @Inject
    org.onus.core.sector.SectorRepository sectors;

    @Inject
    Clock clock;

    /**
     * A page of the queue: customs officers, supervisors and auditors; importers are refused (403).
     *
     * @throws InvalidInputException when the query names a sector that does not exist (400), as the
     *     entries list does, rather than answering an empty queue that looks like a sector without cases
     */
    public QueuePage page(Actor reader, QueueQuery query) {
        requireReader(reader);
        List<String> goods = sectorGoods(query.sector());
        seen(reader);
        return queue.page(query, goods, reader.username(), today());
    }

    /**
     * The HS code prefixes the query's sector matches, resolved here like every other reader of a
     * sector does (through the sector itself), and passed down read so that the database plans the
     * page with the patterns themselves (BENCHMARKS.md, "The work queue's filters on the case").
     * Null when goods are not filtered: no sector asked for, or one that covers all goods.
     */
    private List<String> sectorGoods(String code) {
        if (code == null) {
            return null;
        }
        org.onus.core.sector.Sector sector =
                sectors.find(code).orElseThrow(() -> InvalidInputException.of("sector", "There is no sector " + code));
        return sector.coversAllGoods() ? null : sector.hsPrefixes();
    }

    /** The queue's lines for these cases, for a customs reader; nothing for anyone else. */
    public Map<UUID, QueueRow> rows(Actor reader, List<UUID> caseIds) {
        if (!isReader(reader)) {
            return Map.of();
        }
        return queue.rows(caseIds);
    }

    /** The values the queue's filters offer: the ports, origins and importers of detained entries. */
    public List<String> filterValues(String field) {
        return queue.filterValues(field);
    }

    /** The sectors the queue filters on, by code. */
    public List<org.onus.core.sector.Sector> sectors() {
        return sectors.findAll().stream()
                .sorted(java.util.Comparator.comparing(org.onus.core.sector.Sector::name))
                .toList();
    }

    /** The officers a case can be assigned to: those the portal has seen (see {@link CaseOfficial}). */
    public List<CaseOfficial> officers() {
        return queue.officials();
    }

    /** A supervisor assigns (or reassigns) the case to a known officer who has not stepped aside. */
    public DetentionCase assign(Actor supervisor, UUID caseId, String officer) {
        DetentionCase.requireAssignmentRole(AssignmentAction.ASSIGN, supervisor);
        DetentionCase c = find(caseId);
        if (officer == null || officer.isBlank()) {
            throw InvalidInputException.of("assignee", "Choose the officer to assign the case to");
        }
        String username = officer.strip();
        if (queue.official(username).isEmpty()) {
            throw InvalidInputException.of(
                    "assignee",
                    "No customs officer " + username + " is known to the portal; officers appear once they"
                            + " have opened the work queue");
        }
        Snapshot before = c.snapshot();
        c.assign(username, supervisor.username(), clock.instant());
        audit.record(supervisor, "case.assigned", DetentionCases.ENTITY, id(c), before, c.snapshot());
        return c;
    }

    /** An officer takes a case from the shared queue. */
    public DetentionCase take(Actor officer, UUID caseId) {
        DetentionCase.requireAssignmentRole(AssignmentAction.TAKE, officer);
        DetentionCase c = find(caseId);
        seen(officer);
        Snapshot before = c.snapshot();
        c.take(officer.username(), clock.instant());
        audit.record(officer, "case.taken", DetentionCases.ENTITY, id(c), before, c.snapshot());
        return c;
    }

    /** The officer working the case puts it back in the shared queue. */
    public DetentionCase handBack(Actor officer, UUID caseId) {
        DetentionCase.requireAssignmentRole(AssignmentAction.HAND_BACK, officer);
        DetentionCase c = find(caseId);
        Snapshot before = c.snapshot();
        c.handBack(officer.username());
        audit.record(officer, "case.handed-back", DetentionCases.ENTITY, id(c), before, c.snapshot());
        return c;
    }

    /** An official steps aside for a conflict of interest; the reason is kept in the audit trail. */
    public DetentionCase stepAside(Actor official, UUID caseId, String reason) {
        DetentionCase.requireAssignmentRole(AssignmentAction.STEP_ASIDE, official);
        DetentionCase c = find(caseId);
        Snapshot before = c.snapshot();
        c.stepAside(official.username(), reason, clock.instant());
        audit.record(
                official,
                "case.stepped-aside",
                DetentionCases.ENTITY,
                id(c),
                before,
                c.snapshot().and("reason", reason.strip()));
        return c;
    }

    /** A case for a customs reader (the assignment page); 404 when it does not exist. */
    public DetentionCase get(Actor reader, UUID caseId) {
        requireReader(reader);
        return find(caseId);
    }

    /** Records a customs officer the portal has seen, so that supervisors can assign cases to them. */
    private void seen(Actor actor) {
        if (!actor.has(Role.CUSTOMS_OFFICER)) {
            return;
        }
        queue.official(actor.username())
                .ifPresentOrElse(
                        o -> {
                            if (!o.displayName().equals(actor.displayName())
                                    || o.lastSeenAt().isBefore(clock.instant().minusSeconds(3600))) {
                                o.seen(actor.displayName(), clock.instant());
                            }
                        },
                        () -> queue.store(new CaseOfficial(actor.username(), actor.displayName(), clock.instant())));
    }

    private static boolean isReader(Actor reader) {
        return reader.has(Role.CUSTOMS_OFFICER) || reader.has(Role.CUSTOMS_SUPERVISOR) || reader.has(Role.AUDITOR);
    }

    private static void requireReader(Actor reader) {
        if (!isReader(reader)) {
            throw new ForbiddenActionException("The work queue is for customs officers, supervisors and auditors");
        }
    }

    private DetentionCase find(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String id(DetentionCase c) {
        return c.id().toString();
    }
}
