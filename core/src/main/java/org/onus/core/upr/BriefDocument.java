package org.onus.core.upr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An advocacy brief for the permanent mission of one recommending State, laid out once and then
 * written as DOCX or PDF: one page with the recommendations the team proposes that State make in
 * the interactive dialogue, what the State recommended to the State under review in earlier cycles
 * with the answer it got, and the public evidence cited as numbered notes. The co-signing
 * organisations are named under the title; their contacts are not.
 *
 * <p>A brief is read in a few minutes by a diplomat, so it has its own limit, {@value #WORD_LIMIT}
 * words: what the team writes (the headings, the proposed recommendations with their legal basis,
 * and the notes) is counted, and at that length it fits one A4 page with the title and the
 * co-signers at 10 pt. The earlier recommendations are the UN's record, quoted, and not counted.
 * Over the limit, the export is refused unless marked as a draft, as for the submission.
 */
public final class BriefDocument {

    /** What one A4 page holds at 10 pt beside the title block: the team's own words in a brief. */
    public static final int WORD_LIMIT = 600;

    static final String PROPOSED_HEADING = "Recommendations we propose";
    static final String NOTES_HEADING = "Notes";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public record Paragraph(int number, String text, List<Integer> notes) {}

    public record Endnote(int number, String text) {}

    /** What the State recommended before: "3rd cycle, 31st session", "A/HRC/40/6, para. 28.5", …, "Noted". */
    public record EarlierRow(String review, String reference, String text, String response) {}

    private final UprReview review;
    private final String state;
    private final String title;
    private final String subtitle;
    private final List<String> coSigners;
    private final String proposedHeading;
    private final List<Paragraph> proposed;
    private final String earlierHeading;
    private final List<EarlierRow> earlier;
    private final List<Endnote> endnotes;
    private final int wordCount;

    private BriefDocument(
            UprReview review,
            String state,
            List<Paragraph> proposed,
            List<EarlierRow> earlier,
            List<Endnote> endnotes) {
        this.review = review;
        this.state = state;
        this.title = "Brief for the Permanent Mission of " + state;
        this.subtitle = "Universal Periodic Review of " + review.label() + ", " + DAY.format(review.reviewDate());
        this.coSigners = review.coSigners().stream().map(CoSigner::printed).toList();
        this.proposedHeading = PROPOSED_HEADING + " " + state + " makes to " + review.stateUnderReview();
        this.proposed = List.copyOf(proposed);
        this.earlierHeading = "What " + state + " recommended to " + review.stateUnderReview() + " before";
        this.earlier = List.copyOf(earlier);
        this.endnotes = List.copyOf(endnotes);
        this.wordCount = WordCount.of(countedTexts());
    }

    /**
     * @param state the recommending State, as the review's briefs list it
     * @param current the review's current (approved, not superseded) recommendations; only those
     *     proposed for {@code state} are taken
     * @param earlier what the State recommended to the State under review in earlier cycles
     * @param sources how each cited evidence item is cited, or empty when it cannot be (not public)
     */
    public static BriefDocument of(
            UprReview review,
            String state,
            List<Recommendation> current,
            List<UprRecord> earlier,
            Function<UUID, Optional<SubmissionDocument.Source>> sources) {
        List<Paragraph> proposed = new ArrayList<>();
        List<Endnote> endnotes = new ArrayList<>();
        for (Recommendation r : current) {
            if (!r.current() || r.proposedFor() == null || !r.proposedFor().equalsIgnoreCase(state)) {
                continue;
            }
            List<Integer> notes = new ArrayList<>();
            for (UUID evidence : r.citations()) {
                Optional<SubmissionDocument.Source> source = sources.apply(evidence);
                if (source.isPresent()) {
                    endnotes.add(new Endnote(endnotes.size() + 1, SubmissionDocument.cite(source.get())));
                    notes.add(endnotes.size());
                }
            }
            String text = r.text();
            if (!r.legalAnchors().isEmpty()) {
                text += " Legal basis: " + String.join("; ", r.legalAnchors()) + ".";
            }
            proposed.add(new Paragraph(proposed.size() + 1, text, notes));
        }
        List<EarlierRow> rows = earlier.stream()
                .filter(e -> e.recommendingState().equalsIgnoreCase(state)
                        && e.stateUnderReview().equalsIgnoreCase(review.stateUnderReview())
                        && e.cycle() < review.cycle())
                .map(e -> new EarlierRow(
                        UprReview.ordinal(e.cycle()) + " cycle, " + UprReview.ordinal(e.session()) + " session",
                        e.reference().orElse(""),
                        e.text(),
                        response(e.response(), e.responseWording())))
                .toList();
        return new BriefDocument(review, state, proposed, rows, endnotes);
    }

    /** "Supported", "Noted", or for anything else the source's own wording: "Other: supported in part". */
    static String response(StateResponse response, String wording) {
        if (response == null) {
            return wording == null || wording.isBlank() ? "No response recorded" : wording.strip();
        }
        return switch (response) {
            case SUPPORTED -> "Supported";
            case NOTED -> "Noted";
            case OTHER -> wording == null || wording.isBlank() ? "Other" : "Other: " + wording.strip();
        };
    }

    /** Everything that counts against the brief's limit, and nothing else. */
    public List<String> countedTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(proposedHeading);
        proposed.forEach(p -> texts.add(p.text()));
        if (!endnotes.isEmpty()) {
            texts.add(NOTES_HEADING);
        }
        endnotes.forEach(e -> texts.add(e.text()));
        return texts;
    }

    public UprReview review() {
        return review;
    }

    /** The recommending State, as the review's briefs list it. */
    public String state() {
        return state;
    }

    /** "Brief for the Permanent Mission of Germany". */
    public String title() {
        return title;
    }

    /** "Universal Periodic Review of China, 4th cycle, 45th session, 23 January 2024". */
    public String subtitle() {
        return subtitle;
    }

    /** The co-signing organisations as printed: name and country, never the contact. */
    public List<String> coSigners() {
        return coSigners;
    }

    public String proposedHeading() {
        return proposedHeading;
    }

    public List<Paragraph> proposed() {
        return proposed;
    }

    public String earlierHeading() {
        return earlierHeading;
    }

    public List<EarlierRow> earlier() {
        return earlier;
    }

    public List<Endnote> endnotes() {
        return endnotes;
    }

    public String notesHeading() {
        return NOTES_HEADING;
    }

    /** How many recommendations the brief proposes. */
    public int recommendations() {
        return proposed.size();
    }

    public int wordCount() {
        return wordCount;
    }

    public int wordLimit() {
        return WORD_LIMIT;
    }

    public boolean overLimit() {
        return wordCount > WORD_LIMIT;
    }

    /** "420 of 600 words". */
    public String wordCountLine() {
        return String.format(Locale.ENGLISH, "%,d of %,d words", wordCount, WORD_LIMIT);
    }

    /** When the review takes place, for the title block. */
    public LocalDate reviewDate() {
        return review.reviewDate();
    }
}
