package org.onus.core.detention;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.designation.DesignationRepository;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryRepository;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Role;
import org.onus.core.notification.Notifications;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.NotFoundException;
import org.onus.core.sector.SectorRepository;

/**
 * What the detention-case process does to a case on its own: its timers, the freeing step
 * (Task_FreeGoods, through the case's gate) and the four-eyes checks of its listeners. Pages and
 * the API never call this; people act on cases through {@link DetentionCaseService}.
 *
 * <p>The engine runs a timer's step at least once, and a timer armed again (its activity entered
 * anew) fires at once if its day has passed. So each timer step first asks the case whether its
 * effect is still due; the letter, the alert and the audit event follow only when it was.
 */
@Stateless
public class CaseDecisions {

    @Inject
    DetentionCaseRepository cases;

    @Inject
    EntryRepository entries;

    @Inject
    DesignationRepository designations;

    @Inject
    PolicyRegistry policies;

    @Inject
    RegionDirectory regions;

    @Inject
    DetentionSettings settings;

    @Inject
    SectorRepository sectors;

    @Inject
    Notifications notifications;

    @Inject
    CaseLetters letters;

    @Inject
    EvidenceLibrary files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<GoodsFreed> goodsFreed;

    /** For the engine's approval task: the same four-eyes rule the domain holds. */
    public void requireIndependentApprover(UUID caseId, String supervisor) {
        find(caseId).requireIndependentApprover(supervisor);
    }

    public void requireIndependentProtestReviewer(UUID caseId, String supervisor) {
        find(caseId).requireIndependentProtestReviewer(supervisor);
    }

    /**
     * Task_FreeGoods, the only step of the process that frees goods: carries out the pending
     * freeing decision through the case's gate, which computes the proof and stores it (409 with
     * every unmet requirement otherwise, and the whole decision rolls back).
     */
    public DetentionCase free(UUID caseId) {
        DetentionCase c = find(caseId);
        Snapshot before = c.snapshot();
        c.free(policyStatuses(), today(), clock.instant());
        Entry entry = entries.find(c.entryId()).orElseThrow();
        if (c.status() == CaseStatus.PROTEST_UPHELD) {
            letters.send(
                    entry,
                    c,
                    CaseLetters.Letter.PROTEST_UPHELD_RELEASED,
                    "",
                    entry.entryNumber(),
                    c.protestDecidedBy(),
                    c.protestDecisionReason());
        } else {
            letters.send(
                    entry,
                    c,
                    CaseLetters.Letter.RELEASED,
                    "",
                    entry.entryNumber(),
                    entry.description(),
                    c.decisionReason() == null ? "" : c.decisionReason().strip());
        }
        audit.recordSystem(
                "case.goods-freed",
                DetentionCases.ENTITY,
                id(c),
                before,
                c.snapshot().and("path", c.freedBy().orElseThrow()));
        // Same transaction: an exception-route release is published with it, or nothing is.
        goodsFreed.fire(new GoodsFreed(c.id()));
        return c;
    }

    /** Gateway_RebuttalOnFile: whether a reopened case goes back to the officer or to the importer. */
    public boolean rebuttalOnFile(UUID caseId) {
        return find(caseId).rebuttalFiledAt() != null;
    }

    /** The deadline passed without a rebuttal or an answer: the goods are confiscated (the engine's timer). */
    public DetentionCase confiscateAtDeadline(UUID caseId) {
        DetentionCase c = find(caseId);
        Snapshot before = c.snapshot();
        if (!c.confiscateAtDeadline(today(), protestUntil(), clock.instant())) {
            return c;
        }
        tellConfiscated(entries.find(c.entryId()).orElseThrow(), c);
        audit.recordSystem("case.confiscated-at-deadline", DetentionCases.ENTITY, id(c), before, c.snapshot());
        return c;
    }

    /** The authority's decision clock ran out: the goods are deemed excluded (the engine's timer). */
    public DetentionCase deemExcluded(UUID caseId) {
        DetentionCase c = find(caseId);
        Snapshot before = c.snapshot();
        if (!c.deemExcluded(today(), protestUntil(), clock.instant())) {
            return c;
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        letters.send(
                entry,
                c,
                CaseLetters.Letter.EXCLUDED,
                "/confiscation",
                entry.entryNumber(),
                entry.description(),
                c.protestDeadline());
        audit.recordSystem("case.deemed-excluded", DetentionCases.ENTITY, id(c), before, c.snapshot());
        return c;
    }

    /** Alerts the supervisors that a case's decision is nearly due (the engine's timer). */
    public void alertDecisionDue(UUID caseId) {
        DetentionCase c = find(caseId);
        if (!c.decisionDueAlert(clock.instant())) {
            return;
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        String subject = "Decision due by " + c.decisionDue() + ": entry " + entry.entryNumber();
        String body = "The detained goods of entry " + entry.entryNumber() + " await a decision. Unless it is taken by "
                + c.decisionDue() + " (inclusive), the goods are deemed excluded.";
        notifications.notifyTeam(Role.CUSTOMS_SUPERVISOR, subject, body, "/cases/" + c.id());
    }

    /** A protest nobody decided in time is deemed denied (the engine's timer). */
    public DetentionCase deemProtestDenied(UUID caseId) {
        DetentionCase c = find(caseId);
        Snapshot before = c.snapshot();
        if (!c.deemProtestDenied(clock.instant())) {
            return c;
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        letters.send(entry, c, CaseLetters.Letter.PROTEST_DEEMED_DENIED, "", entry.entryNumber());
        audit.recordSystem("case.protest-deemed-denied", DetentionCases.ENTITY, id(c), before, c.snapshot());
        return c;
    }

    /** Reminds the importer that the deadline is near (the engine's reminder timer). */
    public void remind(UUID caseId) {
        DetentionCase c = find(caseId);
        if (!c.rebuttalReminder(clock.instant())) {
            return;
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        letters.send(entry, c, CaseLetters.Letter.REMINDER, "", entry.entryNumber(), c.rebuttalDeadline());
    }

    /** The registry as the gate reads it, now. */
    private PolicyStatuses policyStatuses() {
        return id -> policies.find(id).map(StatePolicy::status);
    }

    private void tellConfiscated(Entry entry, DetentionCase c) {
        letters.confiscated(entry, c);
    }

    private DetentionCase find(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
    }

    private LocalDate protestUntil() {
        return settings.calendar().plus(today(), settings.protestDays());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String id(DetentionCase c) {
        return c.id().toString();
    }
}
