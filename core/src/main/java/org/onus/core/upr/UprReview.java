package org.onus.core.upr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * One State's review in one cycle of the Universal Periodic Review, as a team prepares its
 * submission for it: who is reviewed, when, and what kind of submission (with its word limit).
 */
@Entity
@Table(name = "upr_review")
@NamedQuery(
        name = "UprReview.findAll",
        query = "select r from UprReview r order by r.reviewDate desc, r.stateUnderReview")
@NamedQuery(
        name = "UprReview.findByState",
        query = "select r from UprReview r where lower(r.stateUnderReview) = lower(:state) order by r.reviewDate desc")
public class UprReview {

    @Id
    private UUID id;

    @Column(name = "state_under_review", nullable = false, length = 200)
    private String stateUnderReview;

    @Column(name = "cycle_number", nullable = false)
    private int cycle;

    @Column(name = "wg_session", nullable = false)
    private int session;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "submission_deadline")
    private LocalDate submissionDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_type", nullable = false, length = 30)
    private SubmissionType submissionType;

    @Column(name = "word_limit")
    private Integer wordLimit;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected UprReview() {
        // for JPA
    }

    /** What a drafter sends, raw; {@link #open} validates it. */
    public record Description(
            String stateUnderReview,
            Integer cycle,
            Integer session,
            String reviewDate,
            String submissionDeadline,
            String submissionType,
            Integer wordLimit) {}

    public static UprReview open(Description d, String by, Instant at) {
        List<Problem> problems = new ArrayList<>();
        String state = d.stateUnderReview() == null ? "" : d.stateUnderReview().strip();
        if (state.isEmpty() || state.length() > 200) {
            problems.add(new Problem("stateUnderReview", "Name the State under review, at most 200 characters"));
        }
        if (d.cycle() == null || d.cycle() < 1 || d.cycle() > 20) {
            problems.add(new Problem("cycle", "Give the cycle as a number, e.g. 4"));
        }
        if (d.session() == null || d.session() < 1 || d.session() > 500) {
            problems.add(new Problem("session", "Give the Working Group session as a number, e.g. 45"));
        }
        LocalDate reviewDate = date(d.reviewDate(), "reviewDate", true, problems);
        LocalDate deadline = date(d.submissionDeadline(), "submissionDeadline", false, problems);
        if (reviewDate != null && deadline != null && deadline.isAfter(reviewDate)) {
            problems.add(new Problem("submissionDeadline", "The submission deadline must come before the review"));
        }
        SubmissionType type = null;
        try {
            type = SubmissionType.valueOf(
                    d.submissionType() == null ? "" : d.submissionType().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("submissionType", "Choose STATE, STAKEHOLDER_INDIVIDUAL or STAKEHOLDER_JOINT"));
        }
        if (d.wordLimit() != null && (d.wordLimit() < 1 || d.wordLimit() > 100_000)) {
            problems.add(new Problem("wordLimit", "A word limit is a whole number of words, or empty for the default"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UprReview r = new UprReview();
        r.id = UUID.randomUUID();
        r.stateUnderReview = state;
        r.cycle = d.cycle();
        r.session = d.session();
        r.reviewDate = reviewDate;
        r.submissionDeadline = deadline;
        r.submissionType = type;
        r.wordLimit = d.wordLimit() != null ? d.wordLimit() : type.defaultWordLimit();
        r.createdBy = by;
        r.createdAt = at;
        return r;
    }

    private static LocalDate date(String raw, String field, boolean required, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "Enter a date as 2024-01-23"));
            }
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "Enter a date as 2024-01-23"));
            return null;
        }
    }

    /** The words the submission may have, or null when it has no limit. */
    public Integer wordLimit() {
        return wordLimit;
    }

    public boolean overLimit(int words) {
        return wordLimit != null && words > wordLimit;
    }

    public UUID id() {
        return id;
    }

    public String stateUnderReview() {
        return stateUnderReview;
    }

    public int cycle() {
        return cycle;
    }

    public int session() {
        return session;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public LocalDate submissionDeadline() {
        return submissionDeadline;
    }

    public SubmissionType submissionType() {
        return submissionType;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** "China, 4th cycle, 45th session". */
    public String label() {
        return stateUnderReview + ", " + ordinal(cycle) + " cycle, " + ordinal(session) + " session";
    }

    public static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = (lastTwo >= 11 && lastTwo <= 13)
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    public Snapshot snapshot() {
        return Snapshot.of("stateUnderReview", stateUnderReview)
                .and("cycle", cycle)
                .and("session", session)
                .and("reviewDate", reviewDate)
                .and("submissionDeadline", submissionDeadline)
                .and("submissionType", submissionType)
                .and("wordLimit", wordLimit);
    }
}
