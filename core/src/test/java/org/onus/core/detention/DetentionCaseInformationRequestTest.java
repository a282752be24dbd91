package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.time.BusinessCalendar;

/** A request for information extends the importer's time; it never cuts the deadline already running. */
class DetentionCaseInformationRequestTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final BusinessCalendar CALENDAR = BusinessCalendar.of("CALENDAR", " ");

    @Test
    void anEarlyRequestKeepsTheLongerDeadline() {
        DetentionCase c = filed();
        LocalDate deadline = c.rebuttalDeadline();

        c.requestInformation("officer", "Send the ginning invoices", 1, TODAY.plusDays(15), TODAY, NOW);

        assertThat(c.status()).isEqualTo(CaseStatus.INFO_REQUESTED);
        assertThat(c.rebuttalDeadline()).isEqualTo(deadline).isAfter(TODAY.plusDays(15));
        assertThat(c.events().get(c.events().size() - 1).detail()).contains("answer by " + deadline);
    }

    @Test
    void aLateRequestMovesTheDeadlineOn() {
        DetentionCase c = filed();
        LocalDate later = c.rebuttalDeadline().plusDays(10);

        c.requestInformation("officer", "Send the ginning invoices", 1, later, TODAY, NOW);

        assertThat(c.rebuttalDeadline()).isEqualTo(later);
    }

    private static DetentionCase filed() {
        DetentionCase c = DetentionCase.open(
                OpenedCases.cottonTShirts(UUID.randomUUID()),
                "ACME-IMPORTS",
                "Matched",
                "system",
                TODAY,
                NOW,
                CALENDAR,
                5,
                30);
        c.noticeIssued(TODAY, NOW, CALENDAR, 30);
        c.fileRebuttal(
                Route.NOT_APPLICABLE,
                "Vietnamese cotton",
                List.of(new Requirement(RequirementCode.trace(1), "Trace input 2")),
                "importer-a",
                TODAY,
                30,
                NOW);
        return c;
    }
}
