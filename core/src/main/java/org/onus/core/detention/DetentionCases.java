package org.onus.core.detention;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.entry.CaseOpening;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryRepository;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.problem.NotFoundException;

/**
 * Opens detention cases (for entries, through {@link CaseOpening}) and starts their process, and
 * issues their notices (for the process). Users reach cases through {@link DetentionCaseService}.
 */
@Stateless
@LocalBean
@Local(CaseOpening.class) // with @LocalBean, an implemented interface is a business view only if named
public class DetentionCases implements CaseOpening {

    static final String ENTITY = "DetentionCase";

    @Inject
    DetentionCaseRepository cases;

    @Inject
    EntryRepository entries;

    @Inject
    DetentionSettings settings;

    @Inject
    CaseLetters letters;

    @Inject
    AuditTrail audit;

    @Inject
    CaseProcess process;

    @Inject
    Clock clock;

    /** Opens the case for a detained entry and starts its process, in the caller's transaction. */
    @Override
    public UUID open(Entry entry, String openedBy) {
        DetentionCase c = DetentionCase.open(
                DetainedGoods.of(entry),
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
        process.opened(c.id());
        return c.id();
    }

    /**
     * Issues the detention notice: the rebuttal period starts, and the importer who filed the
     * entry gets it in their inbox and by email (queued in this transaction).
     */
    public DetentionCase issueNotice(UUID caseId) {
        DetentionCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
        Entry entry = entries.find(c.entryId()).orElseThrow();
        Snapshot before = c.snapshot();
        if (!c.noticeIssued(LocalDate.now(clock), clock.instant(), settings.calendar(), settings.rebuttalDays())) {
            return c;
        }
        letters.send(
                entry,
                c,
                CaseLetters.Letter.NOTICE,
                "/notice",
                entry.entryNumber(),
                entry.description(),
                c.rebuttalDeadline());
        audit.recordSystem("case.notice-issued", ENTITY, c.id().toString(), before, c.snapshot());
        return c;
    }

    public Optional<DetentionCase> find(UUID id) {
        return cases.find(id);
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
