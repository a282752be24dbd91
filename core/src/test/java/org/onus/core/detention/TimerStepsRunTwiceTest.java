package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryRepository;
import org.onus.core.entry.EntryStatus;
import org.onus.core.identity.Role;
import org.onus.core.notification.Notifications;
import org.onus.core.rebuttal.Route;

/**
 * Camunda runs a job at least once, and re-arms a boundary timer whenever its task is entered again
 * (firing at once when its day has passed): each timer step of a case, run twice, has its effect
 * (state, letter, alert, audit event) once.
 */
class TimerStepsRunTwiceTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    final List<String> letters = new ArrayList<>();
    final List<String> alerts = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    final Entry entry = RequirementsTest.entry(EntryStatus.DETAINED);
    final DetentionSettings settings = new DetentionSettings();
    final CaseDecisions decisions = new CaseDecisions();
    final DetentionCases cases = new DetentionCases();
    DetentionCase c;

    @BeforeEach
    void wire() {
        settings.noticeDays = 5;
        settings.rebuttalDays = 30;
        settings.counting = "CALENDAR";
        settings.holidays = " ";
        settings.reminderDays = 5;
        settings.protestDays = 180;
        settings.decisionDays = 30;
        c = DetentionCase.open(
                OpenedCases.cottonTShirts(entry.id()),
                "ACME",
                "input 1 → cotton",
                "screening",
                DAY,
                AT,
                settings.calendar(),
                5,
                30);
        DetentionCaseRepository caseRepository = new DetentionCaseRepository() {
            @Override
            public Optional<DetentionCase> find(UUID id) {
                return Optional.of(c).filter(x -> x.id().equals(id));
            }
        };
        EntryRepository entryRepository = new EntryRepository() {
            @Override
            public Optional<Entry> find(UUID id) {
                return Optional.of(entry).filter(e -> e.id().equals(id));
            }
        };
        CaseLetters caseLetters = new CaseLetters() {
            @Override
            void send(Entry to, DetentionCase about, Letter letter, String page, Object... arguments) {
                letters.add(letter.name());
            }
        };
        AuditTrail audit = new AuditTrail() {
            @Override
            public AuditEvent recordSystem(
                    String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                audited.add(action);
                return null;
            }
        };
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);

        decisions.cases = caseRepository;
        decisions.entries = entryRepository;
        decisions.settings = settings;
        decisions.letters = caseLetters;
        decisions.audit = audit;
        decisions.clock = clock;
        decisions.notifications = new Notifications() {
            @Override
            public void notifyTeam(Role role, String subject, String body, String link) {
                alerts.add(role + ": " + subject);
            }
        };

        cases.cases = caseRepository;
        cases.entries = entryRepository;
        cases.settings = settings;
        cases.letters = caseLetters;
        cases.audit = audit;
        cases.clock = clock;
    }

    private long events(String kind) {
        return c.events().stream().filter(e -> e.kind().equals(kind)).count();
    }

    @Test
    void theNoticeGoesOutOnceAndItsPeriodIsNotRestarted() {
        cases.issueNotice(c.id());
        LocalDate deadline = c.rebuttalDeadline();

        cases.issueNotice(c.id());

        assertThat(letters).containsExactly("NOTICE");
        assertThat(audited).containsExactly("case.notice-issued");
        assertThat(events("NOTICE_ISSUED")).isEqualTo(1);
        assertThat(c.rebuttalDeadline()).isEqualTo(deadline);
    }

    @Test
    void theImporterIsRemindedOncePerDeadline() {
        cases.issueNotice(c.id());
        letters.clear();

        decisions.remind(c.id());
        decisions.remind(c.id());

        assertThat(letters).containsExactly("REMINDER");
        assertThat(events("REMINDER_SENT")).isEqualTo(1);
    }

    @Test
    void theDeadlineConfiscatesOnceAndTheRepeatIsNoConflict() {
        decisions.confiscateAtDeadline(c.id());
        decisions.confiscateAtDeadline(c.id());

        assertThat(c.status()).isEqualTo(CaseStatus.CONFISCATED);
        assertThat(letters).containsExactly("CONFISCATED");
        assertThat(audited).containsExactly("case.confiscated-at-deadline");
        assertThat(events("CONFISCATED")).isEqualTo(1);
    }

    @Test
    void supervisorsAreAlertedOncePerDecisionDueDayEvenWhenTheReviewIsEnteredAgain() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "not from there", List.of(), "importer-a", DAY, 30, AT);

        decisions.alertDecisionDue(c.id());
        // A refused release sends the case back to the officer: the model re-arms the alert's
        // timer, whose day has passed, so it fires at once for the same due day.
        decisions.alertDecisionDue(c.id());

        assertThat(alerts).hasSize(1);
        assertThat(events("DECISION_DUE_ALERT")).isEqualTo(1);
    }

    @Test
    void theClockExcludesOnceAndAnUndecidedProtestIsDeemedDeniedOnce() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "not from there", List.of(), "importer-a", DAY, 30, AT);

        decisions.deemExcluded(c.id());
        decisions.deemExcluded(c.id());

        assertThat(c.status()).isEqualTo(CaseStatus.EXCLUDED);
        assertThat(letters).containsExactly("EXCLUDED");
        assertThat(audited).containsExactly("case.deemed-excluded");

        c.protest("it was decided too late", null, List.of(), "importer-a", DAY, DAY.plusDays(30), AT);
        letters.clear();
        audited.clear();

        decisions.deemProtestDenied(c.id());
        decisions.deemProtestDenied(c.id());

        assertThat(c.status()).isEqualTo(CaseStatus.PROTEST_DENIED);
        assertThat(letters).containsExactly("PROTEST_DEEMED_DENIED");
        assertThat(audited).containsExactly("case.protest-deemed-denied");
        assertThat(events("PROTEST_DENIED")).isEqualTo(1);
    }
}
