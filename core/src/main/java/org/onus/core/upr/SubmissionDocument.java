package org.onus.core.upr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The submission for a review, laid out once and then written as DOCX or PDF: a title page,
 * numbered paragraphs (an introduction, then the approved recommendations grouped by theme), the
 * sources as endnotes, and a matrix of earlier recommendations with the State's responses.
 *
 * <p>What counts against the word limit is decided here and only here ({@link #countedTexts()}):
 * the headings, the numbered paragraphs and the endnotes. The title page and the matrix of earlier
 * recommendations (an annex) are not counted. Counting the endnotes is the cautious reading of
 * OHCHR's guidance: a submission within this count is within the limit either way.
 */
public final class SubmissionDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** An evidence item as an endnote cites it. */
    public record Source(String title, String source, String url, LocalDate date) {}

    public record Paragraph(int number, String text, List<Integer> notes) {}

    public record Section(String heading, List<Paragraph> paragraphs) {}

    public record Endnote(int number, String text) {}

    public record MatrixRow(String review, String recommendation, String response, String followUp) {}

    private final UprReview review;
    private final String title;
    private final String subtitle;
    private final List<Section> sections;
    private final List<Endnote> endnotes;
    private final List<MatrixRow> matrix;
    private final int recommendations;
    private final int wordCount;

    private SubmissionDocument(
            UprReview review,
            String title,
            String subtitle,
            List<Section> sections,
            List<Endnote> endnotes,
            List<MatrixRow> matrix,
            int recommendations) {
        this.review = review;
        this.title = title;
        this.subtitle = subtitle;
        this.sections = List.copyOf(sections);
        this.endnotes = List.copyOf(endnotes);
        this.matrix = List.copyOf(matrix);
        this.recommendations = recommendations;
        this.wordCount = WordCount.of(countedTexts());
    }

    /**
     * @param approved the review's current (approved, not superseded) recommendations
     * @param earlier recommendations of earlier reviews of the same State whose response is recorded
     * @param sources how each cited evidence item is cited, or empty when it cannot be
     */
    public static SubmissionDocument of(
            UprReview review,
            List<Recommendation> approved,
            List<Recommendation> earlier,
            Function<UUID, Optional<Source>> sources) {
        String title =
                review.submissionType().label() + " to the Universal Periodic Review of " + review.stateUnderReview();
        String subtitle = UprReview.ordinal(review.cycle()) + " cycle, " + UprReview.ordinal(review.session())
                + " session of the Working Group on the Universal Periodic Review, " + DAY.format(review.reviewDate());

        List<Section> sections = new ArrayList<>();
        List<Endnote> endnotes = new ArrayList<>();
        int number = 0;

        List<Paragraph> intro = new ArrayList<>();
        intro.add(new Paragraph(
                ++number,
                "This submission concerns the review of " + review.stateUnderReview() + " in the "
                        + UprReview.ordinal(review.cycle()) + " cycle of the Universal Periodic Review, at the "
                        + UprReview.ordinal(review.session()) + " session of the Working Group on "
                        + DAY.format(review.reviewDate()) + ".",
                List.of()));
        intro.add(new Paragraph(
                ++number,
                "It makes " + approved.size() + (approved.size() == 1 ? " recommendation" : " recommendations")
                        + ", grouped by theme. Each names the international obligations it rests on, and its"
                        + " sources are given in the endnotes.",
                List.of()));
        sections.add(new Section("Introduction", intro));

        Map<Theme, List<Recommendation>> byTheme = new EnumMap<>(Theme.class);
        for (Recommendation r : approved) {
            byTheme.computeIfAbsent(r.primaryTheme(), t -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Theme, List<Recommendation>> group : byTheme.entrySet()) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Recommendation r : group.getValue()) {
                List<Integer> notes = new ArrayList<>();
                for (UUID evidence : r.citations()) {
                    Optional<Source> source = sources.apply(evidence);
                    if (source.isPresent()) {
                        endnotes.add(new Endnote(endnotes.size() + 1, cite(source.get())));
                        notes.add(endnotes.size());
                    }
                }
                String text = r.text();
                if (!r.legalAnchors().isEmpty()) {
                    text += " Legal basis: " + String.join("; ", r.legalAnchors()) + ".";
                }
                paragraphs.add(new Paragraph(++number, text, notes));
            }
            sections.add(new Section(group.getKey().label(), paragraphs));
        }

        List<MatrixRow> matrix = earlier.stream()
                .map(r -> new MatrixRow(
                        r.review().label(),
                        r.text(),
                        r.response() == null
                                ? ""
                                : r.response().name().charAt(0)
                                        + r.response().name().substring(1).toLowerCase(Locale.ROOT),
                        r.followUp() == null ? "" : r.followUp()))
                .toList();
        return new SubmissionDocument(review, title, subtitle, sections, endnotes, matrix, approved.size());
    }

    /** "Source, “Title”, 31 August 2022, https://…" — the full reference, as the UN asks. */
    static String cite(Source s) {
        StringBuilder out = new StringBuilder();
        if (s.source() != null && !s.source().isBlank()) {
            out.append(s.source().strip()).append(", ");
        }
        out.append('“').append(s.title().strip()).append('”');
        out.append(", ").append(s.date() == null ? "undated" : DAY.format(s.date()));
        if (s.url() != null && !s.url().isBlank()) {
            out.append(", ").append(s.url().strip());
        }
        return out.append('.').toString();
    }

    /** Everything that counts against the word limit, and nothing else. */
    public List<String> countedTexts() {
        List<String> texts = new ArrayList<>();
        for (Section s : sections) {
            texts.add(s.heading());
            s.paragraphs().forEach(p -> texts.add(p.text()));
        }
        endnotes.forEach(e -> texts.add(e.text()));
        return texts;
    }

    public UprReview review() {
        return review;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /**
     * The co-signing organisations as the title page prints them, name and country; their contacts
     * are internal and never printed.
     */
    public List<String> coSigners() {
        return review.coSigners().stream().map(CoSigner::printed).toList();
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Endnote> endnotes() {
        return endnotes;
    }

    public List<MatrixRow> matrix() {
        return matrix;
    }

    public int recommendations() {
        return recommendations;
    }

    public int wordCount() {
        return wordCount;
    }

    public Integer wordLimit() {
        return review.wordLimit();
    }

    public boolean overLimit() {
        return review.overLimit(wordCount);
    }

    /** "4,210 of 5,630 words", or "4,210 words (no limit)". */
    public String wordCountLine() {
        return String.format(Locale.ENGLISH, "%,d", wordCount)
                + (wordLimit() == null
                        ? " words (no limit)"
                        : String.format(Locale.ENGLISH, " of %,d words", wordLimit()));
    }
}
