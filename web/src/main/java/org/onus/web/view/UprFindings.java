package org.onus.web.view;

import java.util.List;
import java.util.Locale;
import org.onus.core.upr.SmartAssistant;
import org.onus.core.upr.SmartFinding;

/**
 * The SMART assistant's findings in the reader's language. The assistant itself speaks English
 * (the API returns its messages as they are); the pages say the same thing from the {@code upr}
 * bundle, keyed by the finding's code.
 */
public final class UprFindings {

    private static final String VAGUE_PREFIX = "Vague verb: ";
    private static final String VAGUE_END = ". UPR Info";

    private UprFindings() {}

    /**
     * @param stateUnderReview as given to the assistant, or null
     * @param proposedFor as given to the assistant, or null
     */
    public static List<SmartFinding> localised(
            List<SmartFinding> findings, String stateUnderReview, String proposedFor, Locale locale) {
        String state = blank(stateUnderReview) ? null : stateUnderReview.strip();
        String proposer = blank(proposedFor) ? null : proposedFor.strip();
        return findings.stream()
                .map(f -> new SmartFinding(f.code(), message(f, state, proposer, locale)))
                .toList();
    }

    private static String message(SmartFinding f, String state, String proposer, Locale locale) {
        String key = "upr.smart." + f.code();
        return switch (f.code()) {
            case SmartAssistant.VAGUE_VERB -> Messages.text(locale, key, vagueWords(f.message()));
            case SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE ->
                Messages.text(
                        locale,
                        key,
                        proposer == null ? "" : proposer,
                        state == null ? Messages.text(locale, "upr.smart.theStateUnderReview") : state);
            case SmartAssistant.NO_ADDRESSEE ->
                Messages.text(locale, key, state == null ? Messages.text(locale, "upr.smart.theGovernment") : state);
            case SmartAssistant.NO_MEASURABLE_OUTCOME, SmartAssistant.NO_TIME_FRAME -> Messages.text(locale, key);
            // A finding the bundle does not know yet is still shown, in the assistant's words.
            default -> f.message();
        };
    }

    /** The verbs the assistant quoted: words of the drafter's own text, so they stay as written. */
    static String vagueWords(String message) {
        int start = message.indexOf(VAGUE_PREFIX);
        int end = message.indexOf(VAGUE_END);
        if (start < 0 || end < start) {
            return "";
        }
        return message.substring(start + VAGUE_PREFIX.length(), end);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
