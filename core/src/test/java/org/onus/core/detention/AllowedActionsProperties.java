package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.onus.core.detention.NoReleaseWithoutProofProperties.Step;
import org.onus.core.detention.NoReleaseWithoutProofProperties.World;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.RuleViolation;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Route;

/**
 * A button the case page shows is exactly an action the case accepts: for cases driven into
 * random states (the same generator as {@link NoReleaseWithoutProofProperties}), on the day or
 * later, each person's {@code allowedActions} lists an action iff the case takes it from them,
 * tried on a copy of that state with ordinary input. Who holds which role, and that an importer
 * acts only on their own organisation's case, is this test's own table.
 */
class AllowedActionsProperties {

    static final Map<String, Actor> CAST = Map.of(
            "importer-a", Actor.of("importer-a", "Alice", Set.of(Role.IMPORTER), "ACME-IMPORTS"),
            "importer-b", Actor.of("importer-b", "Bob", Set.of(Role.IMPORTER), "OTHER-IMPORTS"),
            "officer", Actor.of("officer", "Olu", Set.of(Role.CUSTOMS_OFFICER), null),
            "supervisor", Actor.of("supervisor", "Sam", Set.of(Role.CUSTOMS_SUPERVISOR, Role.CUSTOMS_OFFICER), null),
            "supervisor-2", Actor.of("supervisor-2", "Sue", Set.of(Role.CUSTOMS_SUPERVISOR), null),
            "auditor", Actor.of("auditor", "Ada", Set.of(Role.AUDITOR), null));

    @Provide
    Arbitrary<List<Step>> sequences() {
        return new NoReleaseWithoutProofProperties().sequences();
    }

    @Property(tries = 200, seed = "20261205", shrinking = ShrinkingMode.FULL)
    void anActionIsAllowedExactlyWhenTheCaseAcceptsIt(
            @ForAll("sequences") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 160) int length,
            @ForAll("laterDays") int later) {
        check(null, steps, length, later);
    }

    /** On the exception route a release waits for a supervisor: approval is tried by every person. */
    @Property(tries = 200, seed = "20261206", shrinking = ShrinkingMode.FULL)
    void onTheExceptionRouteTheApprovalIsOfferedExactlyToWhoMayGiveIt(
            @ForAll("sequences") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 160) int length,
            @ForAll("laterDays") int later) {
        // Stop where a release awaits approval, when the sequence gets there: rarely the last state.
        World w = new World(Route.EXCEPTION);
        List<Integer> awaiting = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            try {
                w.apply(steps.get(i));
            } catch (RuleViolation refused) {
                // as in replay
            }
            if (w.c.status() == CaseStatus.AWAITING_APPROVAL) {
                awaiting.add(i + 1);
            }
        }
        check(Route.EXCEPTION, steps, awaiting.isEmpty() ? length : awaiting.get(length % awaiting.size()), later);
        Statistics.label("allowed")
                .coverage(c -> c.check(CaseAction.APPROVE_RELEASE.name()).count(n -> n > 0));
    }

    private static void check(Route forced, List<Step> steps, int length, int later) {
        List<Step> prefix = steps.subList(0, Math.min(length, steps.size()));
        World w = replay(forced, prefix);
        LocalDate day = w.today.plusDays(later);
        Statistics.label("status").collect(w.c.status().name());
        for (Actor actor : CAST.values()) {
            Set<CaseAction> allowed = w.c.allowedActions(actor, day);
            for (CaseAction action : CaseAction.values()) {
                if (action == CaseAction.REVIEW_EVIDENCE && w.c.evidence().isEmpty()) {
                    continue; // nothing to try the review on
                }
                boolean accepted = mayByRole(actor, action) && accepts(replay(forced, prefix), action, actor, day);
                assertThat(allowed.contains(action))
                        .as(actor.username() + " " + action + " on a " + w.c.status() + " case, day " + day)
                        .isEqualTo(accepted);
                if (allowed.contains(action)) {
                    Statistics.label("allowed").collect(action.name());
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> laterDays() {
        return Arbitraries.of(0, 0, 20, 40, 400);
    }

    /** The test's own reading of who acts on a case at all. */
    private static boolean mayByRole(Actor actor, CaseAction action) {
        return switch (action) {
            case FILE_REBUTTAL, UPLOAD_EVIDENCE, PROTEST -> actor.username().equals("importer-a");
            case REVIEW_EVIDENCE, DECIDE, RECORD_DISPOSITION -> actor.has(Role.CUSTOMS_OFFICER);
            case APPROVE_RELEASE, DECIDE_PROTEST -> actor.has(Role.CUSTOMS_SUPERVISOR);
        };
    }

    private static World replay(Route forced, List<Step> steps) {
        World w = new World(forced);
        for (Step step : steps) {
            try {
                w.apply(step);
            } catch (RuleViolation refused) {
                // refused steps change nothing (the other property checks it)
            }
        }
        return w;
    }

    /** The action with ordinary, valid input, straight on the aggregate. */
    private static boolean accepts(World w, CaseAction action, Actor actor, LocalDate day) {
        DetentionCase c = w.c;
        String who = actor.username();
        try {
            switch (action) {
                case FILE_REBUTTAL -> {
                    Route route = c.route() == null ? Route.NOT_APPLICABLE : c.route();
                    c.fileRebuttal(
                            route,
                            "statement",
                            World.required(route),
                            who,
                            day,
                            30,
                            NoReleaseWithoutProofProperties.AT);
                }
                case UPLOAD_EVIDENCE ->
                    c.offer(
                            new CaseEvidence.Offer(
                                    CaseEvidenceType.values()[0], null, "doc", "doc.pdf", "application/pdf", 10, "ab"),
                            who,
                            day,
                            NoReleaseWithoutProofProperties.AT);
                case REVIEW_EVIDENCE ->
                    c.reviewEvidence(
                            c.evidence().get(0).id(), false, "unreadable", who, NoReleaseWithoutProofProperties.AT);
                case DECIDE ->
                    c.confiscate(who, "no proof", day, day.plusDays(180), NoReleaseWithoutProofProperties.AT);
                case APPROVE_RELEASE ->
                    c.approveRelease(false, who, "not yet", w.policies, NoReleaseWithoutProofProperties.AT);
                case PROTEST ->
                    c.protest(
                            "protest",
                            c.route() == null ? Route.NOT_APPLICABLE : null,
                            World.required(Route.NOT_APPLICABLE),
                            who,
                            day,
                            day.plusDays(30),
                            NoReleaseWithoutProofProperties.AT);
                case DECIDE_PROTEST ->
                    c.decideProtest(
                            false,
                            null,
                            who,
                            "denied",
                            w.policies,
                            day,
                            day.plusDays(30),
                            30,
                            NoReleaseWithoutProofProperties.AT);
                case RECORD_DISPOSITION ->
                    c.recordDisposition(
                            DispositionKind.REEXPORTED, day, "EX-1", who, day, NoReleaseWithoutProofProperties.AT);
            }
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }
}
