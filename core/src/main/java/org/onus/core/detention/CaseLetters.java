package org.onus.core.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import org.onus.core.entry.Entry;
import org.onus.core.notification.Letters;
import org.onus.core.notification.Notifications;
import org.onus.core.organisation.Organisation;
import org.onus.core.organisation.OrganisationCode;
import org.onus.core.organisation.OrganisationRepository;

/**
 * The letters a case sends the importer who filed its entry, whoever moves the case, written in
 * the language the importer's organisation prefers: the importer, not the official who acts, is
 * the reader. Each letter is a subject and a body in {@code i18n/letters}.
 */
@ApplicationScoped
public class CaseLetters {

    @Inject
    Notifications notifications;

    @Inject
    OrganisationRepository organisations;

    @Inject
    org.onus.core.delegation.DelegationRepository delegations;

    /** The kinds of letter, each with {@code letter.<key>.subject} and {@code letter.<key>.body}. */
    public enum Letter {
        NOTICE("notice"),
        REMINDER("reminder"),
        INFO_REQUESTED("info-requested"),
        RELEASED("released"),
        CONFISCATED("confiscated"),
        EXCLUDED("excluded"),
        PROTEST_UPHELD_RELEASED("protest-upheld-released"),
        PROTEST_DENIED("protest-denied"),
        PROTEST_DEEMED_DENIED("protest-deemed-denied"),
        PROTEST_PROCEDURE_REBUTTAL("protest-procedure-rebuttal"),
        PROTEST_PROCEDURE_DECISION("protest-procedure-decision");

        private final String key;

        Letter(String key) {
            this.key = key;
        }

        public String subjectKey() {
            return "letter." + key + ".subject";
        }

        public String bodyKey() {
            return "letter." + key + ".body";
        }
    }

    /** The subject and body of a letter in a language, arguments in place (days given as {@link LocalDate}). */
    public record Text(String subject, String body) {

        public static Text of(Letter letter, Locale locale, Object... arguments) {
            Object[] shown = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                shown[i] = arguments[i] instanceof LocalDate d
                        ? Letters.day(locale, d)
                        : arguments[i] == null ? "" : String.valueOf(arguments[i]);
            }
            return new Text(
                    Letters.text(locale, letter.subjectKey(), shown), Letters.text(locale, letter.bodyKey(), shown));
        }
    }

    /**
     * Sends a letter about the case. The first argument of every letter is the entry number;
     * days are formatted in the reader's language.
     */
    void send(Entry entry, DetentionCase c, Letter letter, String page, Object... arguments) {
        Text text = Text.of(letter, languageOf(entry), arguments);
        String link = "/cases/" + c.id() + page;
        if (entry.filedByOrganisation().isPresent()) {
            // A broker filed it: the case is the importer's, so the letter goes to the importer's
            // member who delegated the broker (the broker cannot open the case).
            delegations
                    .latestBetween(
                            entry.organisationCode(),
                            entry.filedByOrganisation().get())
                    .ifPresent(d -> notifications.notifyUser(
                            d.grantedBy(), d.grantedByEmail(), text.subject(), text.body(), link));
            return;
        }
        notifications.notifyUser(entry.filedBy(), entry.filerEmail(), text.subject(), text.body(), link);
    }

    void confiscated(Entry entry, DetentionCase c) {
        send(
                entry,
                c,
                Letter.CONFISCATED,
                "/confiscation",
                entry.entryNumber(),
                entry.description(),
                c.decisionReason(),
                c.protestDeadline());
    }

    /** The organisation's language; English for an organisation not (yet) registered. */
    Locale languageOf(Entry entry) {
        OrganisationCode code;
        try {
            code = OrganisationCode.of(entry.organisationCode());
        } catch (IllegalArgumentException malformed) {
            return Letters.locale(Organisation.DEFAULT_LANGUAGE);
        }
        return Letters.locale(
                organisations.find(code).map(Organisation::preferredLanguage).orElse(Organisation.DEFAULT_LANGUAGE));
    }
}
