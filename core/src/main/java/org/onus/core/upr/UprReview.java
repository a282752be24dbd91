package org.onus.core.upr;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/**
 * One State's review in one cycle of the Universal Periodic Review, as a team prepares its work
 * for it: who is reviewed, when, and its two kinds of work product. The stakeholder submission
 * ({@link #submissionType()}, with its word limit), co-signed by the organisations in
 * {@link #coSigners()}; and an advocacy brief for the permanent mission of each recommending State
 * in {@link #briefs()}, one page with the recommendations proposed for that State to make.
 */
@Entity
@Table(name = "upr_review")
@NamedQuery(
        name = "UprReview.findAll",
        query = "select r from UprReview r order by r.reviewDate desc, r.stateUnderReview, r.id")
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

    /** The organisations that co-sign the submission, in the order the title page lists them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_review_co_signer", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "ordinal")
    private List<CoSigner> coSigners = new ArrayList<>();

    /** The recommending States whose permanent missions get a brief, distinct ignoring case. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_review_brief", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "recommending_state", nullable = false, length = MAX_STATE)
    private List<String> briefs = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    public static final int MAX_STATE = 200;
    public static final int MAX_CO_SIGNERS = 50;
    public static final int MAX_BRIEFS = 60;

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
            Integer wordLimit,
            List<CoSignerInput> coSigners,
            List<String> briefs) {

        /** A review without co-signers or briefs. */
        public Description(
                String stateUnderReview,
                Integer cycle,
                Integer session,
                String reviewDate,
                String submissionDeadline,
                String submissionType,
                Integer wordLimit) {
            this(
                    stateUnderReview,
                    cycle,
                    session,
                    reviewDate,
                    submissionDeadline,
                    submissionType,
                    wordLimit,
                    null,
                    null);
        }
    }

    /** A co-signing organisation as a drafter sends it, raw. */
    public record CoSignerInput(String name, String country, String contact) {}

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
        List<CoSigner> signers = d.coSigners() == null ? List.of() : coSigners(d.coSigners(), problems);
        List<String> briefStates = d.briefs() == null ? List.of() : briefStates(d.briefs(), state, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UprReview r = new UprReview();
        r.coSigners.addAll(signers);
        r.briefs.addAll(briefStates);
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

    // --- the coalition ---------------------------------------------------------------------------

    /** Adds an organisation to those co-signing the submission; a name already listed is refused. */
    public CoSigner coSign(CoSignerInput input) {
        List<Problem> problems = new ArrayList<>();
        CoSigner signer = coSigner(input, "", problems);
        if (signer != null && coSigner(signer.name()).isPresent()) {
            problems.add(new Problem("name", "\"" + signer.name() + "\" already co-signs this submission"));
        }
        if (coSigners.size() >= MAX_CO_SIGNERS) {
            problems.add(new Problem("name", "A submission has at most " + MAX_CO_SIGNERS + " co-signers"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        coSigners.add(signer);
        return signer;
    }

    /** Takes an organisation off the submission, found by its name ignoring case (404 when absent). */
    public CoSigner withdrawCoSigner(String name) {
        CoSigner signer =
                coSigner(name).orElseThrow(() -> new NotFoundException("Co-signer \"" + name + "\" of " + label()));
        coSigners.remove(signer);
        return signer;
    }

    /** The whole list at once, as the API's PUT sends it; every entry is checked before any is kept. */
    public void replaceCoSigners(List<CoSignerInput> inputs) {
        List<Problem> problems = new ArrayList<>();
        List<CoSigner> signers = coSigners(inputs == null ? List.of() : inputs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        coSigners.clear();
        coSigners.addAll(signers);
    }

    public Optional<CoSigner> coSigner(String name) {
        String wanted = name == null ? "" : name.strip();
        return coSigners.stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public List<CoSigner> coSigners() {
        return List.copyOf(coSigners);
    }

    private static List<CoSigner> coSigners(List<CoSignerInput> inputs, List<Problem> problems) {
        List<CoSigner> signers = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CoSigner signer = coSigner(inputs.get(i), "coSigners[" + i + "].", problems);
            if (signer == null) {
                continue;
            }
            if (signers.stream().anyMatch(s -> s.name().equalsIgnoreCase(signer.name()))) {
                problems.add(new Problem("coSigners[" + i + "].name", "\"" + signer.name() + "\" is listed twice"));
            } else {
                signers.add(signer);
            }
        }
        if (signers.size() > MAX_CO_SIGNERS) {
            problems.add(new Problem("coSigners", "A submission has at most " + MAX_CO_SIGNERS + " co-signers"));
        }
        return signers;
    }

    private static CoSigner coSigner(CoSignerInput input, String prefix, List<Problem> problems) {
        int before = problems.size();
        String name = blankToNull(input == null ? null : input.name());
        String country = blankToNull(input == null ? null : input.country());
        String contact = blankToNull(input == null ? null : input.contact());
        if (name == null || name.length() > CoSigner.MAX_NAME) {
            problems.add(new Problem(prefix + "name", "Name the co-signing organisation, at most 200 characters"));
        }
        if (country != null && country.length() > CoSigner.MAX_COUNTRY) {
            problems.add(new Problem(prefix + "country", "A country has at most 200 characters"));
        }
        if (contact != null && contact.length() > CoSigner.MAX_CONTACT) {
            problems.add(new Problem(prefix + "contact", "A contact has at most 500 characters"));
        }
        return problems.size() == before ? new CoSigner(name, country, contact) : null;
    }

    // --- the briefs ------------------------------------------------------------------------------

    /**
     * Adds a recommending State whose permanent mission gets a brief. Refused (400) when blank, too
     * long, the State under review itself, or already listed.
     */
    public String addBrief(String state) {
        String s = briefState(state, "state");
        if (briefFor(s).isPresent()) {
            throw InvalidInputException.of("state", s + " already gets a brief");
        }
        requireRoomForBrief();
        briefs.add(s);
        return s;
    }

    /**
     * Makes sure the State gets a brief, as proposing a recommendation for it implies: true when it was
     * added, false when it was already listed. The same checks as {@link #addBrief}, on {@code field}.
     */
    public boolean includeBrief(String state, String field) {
        String s = briefState(state, field);
        if (briefFor(s).isPresent()) {
            return false;
        }
        requireRoomForBrief();
        briefs.add(s);
        return true;
    }

    /** Takes a State off the briefs, found ignoring case (404 when absent); returns the name as listed. */
    public String removeBrief(String state) {
        String listed =
                briefFor(state).orElseThrow(() -> new NotFoundException("Brief for " + state + " in " + label()));
        briefs.remove(listed);
        return listed;
    }

    /** The whole list at once, as the API's PUT sends it. */
    public void replaceBriefs(List<String> states) {
        List<Problem> problems = new ArrayList<>();
        List<String> checked = briefStates(states == null ? List.of() : states, stateUnderReview, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        briefs.clear();
        briefs.addAll(checked);
    }

    /** The State's name as the briefs list it, found ignoring case and surrounding blanks. */
    public Optional<String> briefFor(String state) {
        String wanted = state == null ? "" : state.strip();
        return briefs.stream().filter(b -> b.equalsIgnoreCase(wanted)).findFirst();
    }

    public List<String> briefs() {
        return List.copyOf(briefs);
    }

    private void requireRoomForBrief() {
        if (briefs.size() >= MAX_BRIEFS) {
            throw InvalidInputException.of("state", "A review has at most " + MAX_BRIEFS + " briefs");
        }
    }

    private String briefState(String raw, String field) {
        List<Problem> problems = new ArrayList<>();
        String s = briefState(raw, stateUnderReview, field, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return s;
    }

    private static String briefState(String raw, String underReview, String field, List<Problem> problems) {
        String s = blankToNull(raw);
        if (s == null || s.length() > MAX_STATE) {
            problems.add(new Problem(field, "Name the recommending State, at most 200 characters"));
            return null;
        }
        if (s.contains("/") || s.contains("\\")) {
            // The State is a segment of the brief's address; no State's name has a slash.
            problems.add(new Problem(field, "A State's name has no slash"));
            return null;
        }
        if (s.equalsIgnoreCase(underReview)) {
            problems.add(new Problem(
                    field, s + " is the State under review; a brief is for a State that makes recommendations to it"));
            return null;
        }
        return s;
    }

    private static List<String> briefStates(List<String> raw, String underReview, List<Problem> problems) {
        List<String> states = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String s = briefState(raw.get(i), underReview, "briefs[" + i + "]", problems);
            if (s == null) {
                continue;
            }
            if (states.stream().anyMatch(s::equalsIgnoreCase)) {
                problems.add(new Problem("briefs[" + i + "]", s + " is listed twice"));
            } else {
                states.add(s);
            }
        }
        if (states.size() > MAX_BRIEFS) {
            problems.add(new Problem("briefs", "A review has at most " + MAX_BRIEFS + " briefs"));
        }
        return states;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
                .and("wordLimit", wordLimit)
                .and("coSigners", coSigners.stream().map(CoSigner::printed).toList())
                .and("briefs", List.copyOf(briefs));
    }
}
