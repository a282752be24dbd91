package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.onus.core.detention.DetentionCase.AssignmentAction;
import org.onus.core.problem.RuleViolation;
import org.onus.core.time.BusinessCalendar;

/**
 * Any sequence of assign, take, hand back and step aside, by anyone, accepted or refused: the
 * case never ends up worked by an official who stepped aside, a refused step changes nothing,
 * and the page's offer matches what the case accepts.
 */
class AssignmentProperties {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final List<String> PEOPLE = List.of("officer", "officer-2", "officer-3");

    record Step(AssignmentAction action, String who, boolean withReason) {}

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(AssignmentAction.values()), Arbitraries.of(PEOPLE), Arbitraries.of(true, false))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 500, seed = "20261203", shrinking = ShrinkingMode.FULL)
    void noSequenceLeavesTheCaseWithAnAssigneeWhoSteppedAside(@ForAll("sequences") List<Step> steps) {
        DetentionCase c = OpenedCases.opened(
                "matched", DAY, AT, new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of()));
        for (Step s : steps) {
            boolean offered = c.accepts(s.action(), s.who());
            String assigneeBefore = c.assignee().orElse(null);
            int recusalsBefore = c.recusals().size();
            boolean accepted;
            try {
                switch (s.action()) {
                    case ASSIGN -> c.assign(s.who(), "supervisor", AT);
                    case TAKE -> c.take(s.who(), AT);
                    case HAND_BACK -> c.handBack(s.who());
                    case STEP_ASIDE -> c.stepAside(s.who(), s.withReason() ? "conflict of interest" : " ", AT);
                }
                accepted = true;
            } catch (RuleViolation refused) {
                accepted = false;
                assertThat(c.assignee().orElse(null))
                        .as("a refused step changes nothing")
                        .isEqualTo(assigneeBefore);
                assertThat(c.recusals()).hasSize(recusalsBefore);
            }
            c.assignee()
                    .ifPresent(a -> assertThat(c.hasSteppedAside(a))
                            .as("assigned to %s after %s", a, s)
                            .isFalse());
            if (s.action() != AssignmentAction.ASSIGN
                    && !(s.action() == AssignmentAction.STEP_ASIDE && !s.withReason())) {
                assertThat(accepted).as("offered iff accepted: %s", s).isEqualTo(offered);
            }
        }
    }
}
