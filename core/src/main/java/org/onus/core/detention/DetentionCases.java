package org.onus.core.detention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryRepository;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.notification.Notifications;
import org.onus.core.problem.NotFoundException;

/** Opens detention cases and issues their notices; who may see a case is decided here. */
@Stateless
public class DetentionCases {

    static final String ENTITY = "DetentionCase";

    @Inject
    DetentionCaseRepository cases;

    @Inject
    EntryRepository entries;

    @Inject
    DetentionSettings settings;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Opens the case for a detained entry, in the caller's transaction. */
    public DetentionCase open(Entry entry, String openedBy) {
        DetentionCase c = DetentionCase.open(
                entry.id(),
                entry.organisationCode(),
                grounds(entry.matches()),
                openedBy,
                LocalDate.now(clock),
                clock.instant(),
                settings.calendar(),
                settings.noticeDays(),
                settings.rebuttalDays());
        cases.store(c);
        entry.attachCase(c.id());
        audit.recordSystem(
                "case.opened",
                ENTITY,
                c.id().toString(),
                Snapshot.NONE,
                c.snapshot().and("openedBy", openedBy));
        return c;
    }

    /**
     * Issues the detention notice: the rebuttal period starts, and the importer who filed the
     * entry gets it in their inbox and by email (queued in this transaction).
     */
    public DetentionCase issueNotice(UUID caseId) {
        DetentionCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
        Entry entry = entries.find(c.entryId()).orElseThrow();
        Snapshot before = c.snapshot();
        c.noticeIssued(LocalDate.now(clock), clock.instant(), settings.calendar(), settings.rebuttalDays());
        notifications.notifyUser(
                entry.filedBy(),
                entry.filerEmail(),
                "Detention notice: entry " + entry.entryNumber(),
                "The goods of entry " + entry.entryNumber() + " (" + entry.description() + ") are detained:"
                        + " they are presumed to be made wholly or in part with state-imposed forced labour.\n\n"
                        + "You may rebut the presumption until " + c.rebuttalDeadline() + " (inclusive), either by"
                        + " showing the matched inputs do not come from the designated region and sector, or that"
                        + " the state policies behind the designation were repealed and its employment targets"
                        + " are no longer enforced. Factory and social-compliance audits are not accepted as proof.\n\n"
                        + "The notice lists every match and what each route requires.",
                "/cases/" + c.id() + "/notice");
        audit.recordSystem("case.notice-issued", ENTITY, c.id().toString(), before, c.snapshot());
        return c;
    }

    /** A case this reader may see: the importer's own organisation, or customs and auditors. */
    public DetentionCase get(Actor reader, UUID id) {
        DetentionCase c = cases.find(id).orElseThrow(() -> new NotFoundException("Case " + id));
        if (!mayRead(reader, c.organisationCode())) {
            throw new NotFoundException("Case " + id);
        }
        return c;
    }

    public Optional<DetentionCase> find(UUID id) {
        return cases.find(id);
    }

    /** Open cases, nearest deadline first: the importer's own, or all for customs. */
    public List<DetentionCase> open(Actor reader, int limit) {
        if (isCustoms(reader)) {
            return cases.open(null, limit);
        }
        return reader.organisationCode().map(org -> cases.open(org, limit)).orElse(List.of());
    }

    public static boolean mayRead(Actor reader, String organisationCode) {
        return isCustoms(reader)
                || (reader.has(Role.IMPORTER)
                        && reader.organisationCode()
                                .filter(organisationCode::equals)
                                .isPresent());
    }

    static boolean isCustoms(Actor a) {
        return a.has(Role.CUSTOMS_OFFICER) || a.has(Role.CUSTOMS_SUPERVISOR) || a.has(Role.AUDITOR);
    }

    private static String grounds(List<ScreeningMatch> matches) {
        StringBuilder s = new StringBuilder();
        for (ScreeningMatch m : matches) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(m.inputIndex() < 0 ? "the goods" : "input " + (m.inputIndex() + 1) + " (tier " + m.tier() + ")")
                    .append(m.regionCode() == null ? "" : " from " + m.regionCode())
                    .append(" → ")
                    .append(m.designationTitle());
        }
        return s.isEmpty() ? "Detained" : s.toString();
    }
}
