package org.onus.core.upr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The mid-term report on a State's implementation of what it supported or noted in one cycle,
 * laid out once and then written as PDF or DOCX: a summary of counts by status and by response,
 * then each recommendation with its latest assessment, and the cited evidence as numbered sources.
 * Only public evidence is cited: the report is sent to the UN and published.
 */
public final class MidTermReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public record Count(String label, long count) {}

    /** One recommendation as the report shows it. */
    public record Entry(
            int number,
            String reference,
            String recommendingState,
            String text,
            String response,
            String status,
            String assessedOn,
            String note,
            List<Integer> sources) {}

    public record Source(int number, String text) {}

    private final String stateUnderReview;
    private final int cycle;
    private final String title;
    private final String subtitle;
    private final List<Count> byStatus;
    private final List<Count> byResponse;
    private final List<Entry> entries;
    private final List<Source> sources;

    private MidTermReport(
            String stateUnderReview,
            int cycle,
            String title,
            String subtitle,
            List<Count> byStatus,
            List<Count> byResponse,
            List<Entry> entries,
            List<Source> sources) {
        this.stateUnderReview = stateUnderReview;
        this.cycle = cycle;
        this.title = title;
        this.subtitle = subtitle;
        this.byStatus = List.copyOf(byStatus);
        this.byResponse = List.copyOf(byResponse);
        this.entries = List.copyOf(entries);
        this.sources = List.copyOf(sources);
    }

    /**
     * @param cite how each cited evidence item is cited, or empty when it cannot be (gone, or no
     *     longer public): it is then left out rather than leaked
     */
    public static MidTermReport of(
            FollowUpOverview overview, Function<UUID, Optional<SubmissionDocument.Source>> cite, LocalDate today) {
        String title = "Mid-term report on the implementation of Universal Periodic Review recommendations to "
                + overview.stateUnderReview();
        String subtitle = UprReview.ordinal(overview.cycle()) + " cycle of the Universal Periodic Review; status as of "
                + DAY.format(today);

        List<Count> byStatus = new ArrayList<>();
        overview.countsByStatus().forEach((s, n) -> byStatus.add(new Count(s.label(), n)));
        byStatus.add(new Count(FollowUpItem.NOT_ASSESSED, overview.notAssessed()));
        List<Count> byResponse = new ArrayList<>();
        overview.countsByResponse()
                .forEach((r, n) -> byResponse.add(
                        new Count(r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT), n)));

        List<Entry> entries = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Map<UUID, Integer> numbered = new LinkedHashMap<>();
        for (FollowUpItem item : overview.items()) {
            ImplementationAssessment latest = item.latest();
            List<Integer> notes = new ArrayList<>();
            if (latest != null) {
                for (UUID id : latest.evidenceIds()) {
                    Integer known = numbered.get(id);
                    if (known == null) {
                        Optional<SubmissionDocument.Source> source = cite.apply(id);
                        if (source.isEmpty()) {
                            continue;
                        }
                        known = sources.size() + 1;
                        sources.add(new Source(known, SubmissionDocument.cite(source.get())));
                        numbered.put(id, known);
                    }
                    notes.add(known);
                }
            }
            entries.add(new Entry(
                    entries.size() + 1,
                    item.reference(),
                    item.recommendingState() == null ? "Not recorded" : item.recommendingState(),
                    item.text(),
                    item.responseLabel(),
                    item.statusLabel(),
                    latest == null ? "" : DAY.format(latest.assessedOn()),
                    latest == null || latest.note() == null ? "" : latest.note(),
                    notes));
        }
        return new MidTermReport(
                overview.stateUnderReview(), overview.cycle(), title, subtitle, byStatus, byResponse, entries, sources);
    }

    public String stateUnderReview() {
        return stateUnderReview;
    }

    public int cycle() {
        return cycle;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /** The sentence that opens the summary. */
    public String summary() {
        return entries.size() + (entries.size() == 1 ? " recommendation" : " recommendations") + " to "
                + stateUnderReview + " that it supported or noted in the " + UprReview.ordinal(cycle)
                + " cycle, by their latest implementation status and by the State's response.";
    }

    /** Each status with its count, then "Not assessed". */
    public List<Count> byStatus() {
        return byStatus;
    }

    /** Supported, then noted. */
    public List<Count> byResponse() {
        return byResponse;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The cited evidence, numbered in order of first citation; an item cited twice has one number. */
    public List<Source> sources() {
        return sources;
    }

    /** "China 4th cycle mid-term report", for file names. */
    public String fileBase() {
        return stateUnderReview + " UPR " + UprReview.ordinal(cycle) + " cycle mid-term report";
    }
}
