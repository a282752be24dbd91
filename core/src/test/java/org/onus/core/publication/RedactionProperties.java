package org.onus.core.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.onus.core.problem.ConflictException;
import org.onus.core.rebuttal.Route;

/**
 * Redaction, for generated names, entry numbers and file names: the published text never contains
 * them, and a note that contains one (in any case, with its punctuation changed) is refused.
 */
class RedactionProperties {

    record Secrets(String organisation, String entryNumber, String user, String fileName) {
        Redaction redaction() {
            return new Redaction(List.of(
                    new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, organisation),
                    new Redaction.Term(Redaction.TermKind.ENTRY_NUMBER, entryNumber),
                    new Redaction.Term(Redaction.TermKind.USER_NAME, user),
                    new Redaction.Term(Redaction.TermKind.FILE_NAME, fileName)));
        }
    }

    @Provide
    Arbitrary<Secrets> secrets() {
        Arbitrary<String> word =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10);
        Arbitrary<String> organisation = Combinators.combine(word, word, Arbitraries.of("Ltd", "GmbH", "Co", "SARL"))
                .as((a, b, c) -> cap(a) + " " + cap(b) + " " + c);
        Arbitrary<String> entry = Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                        Arbitraries.integers().between(2020, 2030),
                        Arbitraries.integers().between(1, 999_999))
                .as((p, y, n) -> p + "-" + y + "-" + String.format("%06d", n));
        Arbitrary<String> user = word.map(w -> "u" + w);
        Arbitrary<String> file = Combinators.combine(word, word, Arbitraries.of("pdf", "docx", "png"))
                .as((a, b, ext) -> a + "_" + b + "." + ext);
        return Combinators.combine(organisation, entry, user, file).as(Secrets::new);
    }

    @Property(tries = 300)
    void theGeneratedTextNeverNamesACaseTerm(
            @ForAll("secrets") Secrets s,
            @ForAll DecisionKind kind,
            @ForAll boolean exception,
            @ForAll("sectors") String sector) {
        DecisionFacts facts = Facts.of(
                kind,
                kind == DecisionKind.RELEASE ? "RELEASED" : "CONFISCATED",
                exception ? Route.EXCEPTION : Route.NOT_APPLICABLE,
                LocalDate.parse("2026-11-01"),
                sector,
                "CN-65");
        PublishedDecision d =
                PublishedDecision.propose(facts, "D-2026-AAAAAA", "ORG", null, s.redaction(), s.user(), Instant.EPOCH);
        d.approve("u-other-regulator", s.redaction(), null, LocalDate.EPOCH, Instant.EPOCH);
        String text = d.publicText().toLowerCase();
        assertThat(text)
                .doesNotContain(s.organisation().toLowerCase())
                .doesNotContain(s.entryNumber().toLowerCase())
                .doesNotContain(s.fileName().toLowerCase());
        assertThat(s.redaction().firstHit(d.publicText())).isEmpty();
    }

    @Property(tries = 300)
    void aNoteNamingAnyTermIsRefusedWhateverTheCaseOrPunctuation(
            @ForAll("secrets") Secrets s, @ForAll("which") int which, @ForAll boolean upper) {
        String term = List.of(s.organisation(), s.entryNumber(), s.user(), s.fileName())
                .get(which);
        String disguised = upper ? term.toUpperCase() : term.replace('-', ' ').replace('_', ' ');
        String note = "The goods were examined. " + disguised + " was involved.";
        assertThatThrownBy(() -> PublishedDecision.propose(
                        Facts.confiscation(), "D-2026-AAAAAB", "ORG", note, s.redaction(), "someone", Instant.EPOCH))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).doesNotContain(term.toLowerCase()));
    }

    @Provide
    Arbitrary<Integer> which() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<String> sectors() {
        return Arbitraries.of("COTTON", "APPAREL", "TOMATO", "POLYSILICON", "OTHER");
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
