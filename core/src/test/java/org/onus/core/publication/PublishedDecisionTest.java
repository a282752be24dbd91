package org.onus.core.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;

class PublishedDecisionTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final Redaction TERMS = new Redaction(List.of(
            new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, "Acme Imports Ltd"),
            new Redaction.Term(Redaction.TermKind.ENTRY_NUMBER, "EN-2026-0042"),
            new Redaction.Term(Redaction.TermKind.USER_NAME, "officer"),
            new Redaction.Term(Redaction.TermKind.FILE_NAME, "gazette-repeal.pdf")));

    @Test
    void anExceptionReleaseIsPublishedAtOnceAndCitesTheListVersionAndRequirements() {
        PublishedDecision d =
                PublishedDecision.publishedOnRelease(Facts.exceptionRelease(), "D-2026-ABCDEF", "ACME", TODAY, AT);
        assertThat(d.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(d.publishedOn()).isEqualTo(TODAY);
        assertThat(d.summary())
                .contains("designation list version 3")
                .contains("EXCEPTION")
                .contains("TARGETS MET");
        assertThat(d.importerName()).isNull();
        assertThat(TERMS.firstHit(d.publicText())).isEmpty();
    }

    @Test
    void onlyExceptionRouteFreeingsArePublishedAutomatically() {
        assertThatThrownBy(() ->
                        PublishedDecision.publishedOnRelease(Facts.confiscation(), "D-2026-ABCDEF", "ACME", TODAY, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProposerCannotApproveAnotherRegulatorPublishes() {
        PublishedDecision d = PublishedDecision.propose(
                Facts.confiscation(), "D-2026-ABCDEG", "ACME", "Seized at the port.", TERMS, "regulator", AT);
        assertThat(d.status()).isEqualTo(PublicationStatus.PROPOSED);
        assertThatThrownBy(() -> d.approve("regulator", TERMS, null, TODAY, AT))
                .isInstanceOf(ForbiddenActionException.class);
        assertThat(d.status()).isEqualTo(PublicationStatus.PROPOSED);
        d.approve("senior", TERMS, null, TODAY, AT);
        assertThat(d.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(d.approvedBy()).isEqualTo("senior");
        assertThat(d.publicText()).endsWith("Seized at the port.");
        assertThatThrownBy(() -> d.approve("third", TERMS, null, TODAY, AT)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aNoteNamingASensitiveTermIsRefusedByItsKindNotEchoed() {
        assertThatThrownBy(() -> PublishedDecision.propose(
                        Facts.confiscation(), "D-2026-ABCDEH", "ACME", "Goods of ACME imports ltd.", TERMS, "r", AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ORGANISATION_NAME")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).doesNotContain("acme"));
        assertThatThrownBy(() -> PublishedDecision.propose(
                        Facts.confiscation(), "D-2026-ABCDEH", "ACME", "Entry EN 2026/0042", TERMS, "r", AT))
                .hasMessageContaining("ENTRY_NUMBER");
        assertThatThrownBy(() -> PublishedDecision.propose(
                        Facts.confiscation(), "D-2026-ABCDEH", "ACME", "See Gazette Repeal.PDF", TERMS, "r", AT))
                .hasMessageContaining("FILE_NAME");
    }

    @Test
    void aWithdrawalNeedsAReasonAndEndsThePublication() {
        PublishedDecision d =
                PublishedDecision.propose(Facts.confiscation(), "D-2026-ABCDEJ", "ACME", null, TERMS, "regulator", AT);
        assertThatThrownBy(() -> d.withdraw("senior", " ", AT)).isInstanceOf(InvalidInputException.class);
        d.withdraw("senior", "Not in the public interest", AT);
        assertThat(d.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> d.approve("senior", TERMS, null, TODAY, AT)).isInstanceOf(ConflictException.class);
    }

    @Test
    void shortUserNamesMatchOnlyAsWholeWords() {
        Redaction r = new Redaction(List.of(new Redaction.Term(Redaction.TermKind.USER_NAME, "al")));
        assertThat(r.firstHit("Goods released after a full review")).isEmpty();
        assertThat(r.firstHit("Approved by Al.")).contains(Redaction.TermKind.USER_NAME);
    }
}
