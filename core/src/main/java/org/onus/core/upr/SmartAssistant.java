package org.onus.core.upr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recommendation the way a State's delegation will: is it specific, measurable and
 * time-bound, and does it say who must act? UPR Info classifies recommendations from 1 (minimal
 * action) to 5 (specific action); recommendations that only ask a State to "consider" or
 * "continue" are the ones most easily supported and least often implemented. The rules are word
 * patterns, deliberately simple and explainable: each finding says what was (not) found.
 */
public final class SmartAssistant {

    public static final String VAGUE_VERB = "VAGUE_VERB";
    public static final String NO_MEASURABLE_OUTCOME = "NO_MEASURABLE_OUTCOME";
    public static final String NO_TIME_FRAME = "NO_TIME_FRAME";
    public static final String NO_ADDRESSEE = "NO_ADDRESSEE";
    public static final String ADDRESSED_TO_RECOMMENDING_STATE = "ADDRESSED_TO_RECOMMENDING_STATE";

    /** The modal verbs that make a State the subject of a recommendation: "Germany should …". */
    private static final String ADDRESSING = "\\s+(?:should|must|shall|is to|will|ought to)\\b";

    private static final Pattern VAGUE = Pattern.compile(
            "\\b(consider(?:ing)?|continue|continuing|strive|endeavou?r|explore|make efforts?|seek to|reflect on"
                    + "|take into account|pursue (?:its )?efforts|intensify (?:its )?efforts|keep up)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Verbs whose result can be checked at the next review: was it done or not? */
    private static final Pattern SPECIFIC_ACTION = Pattern.compile(
            "\\b(abolish|repeal|ratify|accede|release|amend|adopt|enact|publish|establish|end|cease|close|dismantle"
                    + "|grant|allow|invite|investigate|prosecute|criminali[sz]e|withdraw|disclose|remove|prohibit|ban"
                    + "|compensate|revoke|stop|free|reunite|submit|report)(s|es|ed|ing)?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    private static final Pattern TIME_FRAME = Pattern.compile(
            "\\b(by (?:the end of |end-)?(?:19|20)\\d\\d"
                    + "|(?:in|before|by|until) (?:19|20)\\d\\d"
                    + "|within (?:\\w+ |\\d+ )(?:days?|weeks?|months?|years?)"
                    + "|before (?:its |the )?(?:next|fifth|following|mid-?term) (?:review|cycle|report|UPR)"
                    + "|by (?:its |the )?(?:next|fifth|following|mid-?term) (?:review|cycle|report|UPR)"
                    + "|before (?:the end of )?(?:the )?(?:next|fifth) cycle"
                    + "|immediately|without delay|forthwith)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern GENERIC_ADDRESSEE = Pattern.compile(
            "\\b(the government|the state|the authorities|(?:national|regional|local) authorities"
                    + "|ministry|national people's congress|standing committee|state council|party committee"
                    + "|people's republic)\\b",
            Pattern.CASE_INSENSITIVE);

    private SmartAssistant() {}

    /**
     * @param text the recommendation as typed
     * @param stateUnderReview the State it is addressed to (its name counts as an addressee), or null
     * @return what is weak about it, in the order of the SMART letters; empty when nothing is
     */
    public static List<SmartFinding> check(String text, String stateUnderReview) {
        return check(text, stateUnderReview, null);
    }

    /**
     * @param text the recommendation as typed
     * @param stateUnderReview the State it is addressed to (its name counts as an addressee), or null
     * @param proposedFor the recommending State that is to make it in the interactive dialogue, or null:
     *     a State does not recommend to itself, so the text must address someone else
     * @return what is weak about it, in the order of the SMART letters; empty when nothing is
     */
    public static List<SmartFinding> check(String text, String stateUnderReview, String proposedFor) {
        List<SmartFinding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        Set<String> vague = new LinkedHashSet<>();
        Matcher m = VAGUE.matcher(text);
        while (m.find()) {
            vague.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        if (!vague.isEmpty()) {
            findings.add(
                    new SmartFinding(
                            VAGUE_VERB,
                            "Vague verb: " + quoted(vague)
                                    + ". UPR Info counts \"consider\" and \"continue\" among the weakest"
                                    + " kinds of recommendation; say what the State must do (repeal, ratify, release, publish…)."));
        }
        // A number in the time frame ("by 2026", "within 90 days") is a deadline, not an outcome.
        String withoutTimeFrame = TIME_FRAME.matcher(text).replaceAll(" ");
        if (!SPECIFIC_ACTION.matcher(text).find()
                && !NUMBER.matcher(withoutTimeFrame).find()) {
            findings.add(new SmartFinding(
                    NO_MEASURABLE_OUTCOME,
                    "No measurable outcome: name a result the next review can check, such as a law repealed, a"
                            + " convention ratified, people released or a number reached."));
        }
        if (!TIME_FRAME.matcher(text).find()) {
            findings.add(new SmartFinding(
                    NO_TIME_FRAME,
                    "No time frame: say by when, e.g. \"by the end of 2026\", \"within twelve months\" or"
                            + " \"before the next review\"."));
        }
        boolean namesState = names(text, stateUnderReview, "");
        boolean otherAddressee = namesState || GENERIC_ADDRESSEE.matcher(text).find();
        String proposer = proposedFor == null || proposedFor.isBlank() ? null : proposedFor.strip();
        boolean namesProposer = proposer != null && names(text, proposer, "");
        if (namesProposer && (names(text, proposer, ADDRESSING) || !otherAddressee)) {
            findings.add(new SmartFinding(
                    ADDRESSED_TO_RECOMMENDING_STATE,
                    "Addressed to the recommending State: this is proposed for " + proposer + " to make, so it must"
                            + " say what "
                            + (stateUnderReview == null || stateUnderReview.isBlank()
                                    ? "the State under review"
                                    : stateUnderReview)
                            + " should do, not what " + proposer + " should do."));
        } else if (!otherAddressee) {
            findings.add(new SmartFinding(
                    NO_ADDRESSEE,
                    "No addressee: say who must act, e.g. \""
                            + (stateUnderReview == null || stateUnderReview.isBlank()
                                    ? "the Government"
                                    : stateUnderReview)
                            + " should …\" or name the authority responsible."));
        }
        return findings;
    }

    /** Whether the text names the State as a word, followed by {@code after} (a pattern, or ""). */
    private static boolean names(String text, String state, String after) {
        return state != null
                && !state.isBlank()
                && Pattern.compile("\\b" + Pattern.quote(state.strip()) + "\\b" + after, Pattern.CASE_INSENSITIVE)
                        .matcher(text)
                        .find();
    }

    private static String quoted(Set<String> words) {
        return String.join(", ", words.stream().map(w -> "\"" + w + "\"").toList());
    }
}
