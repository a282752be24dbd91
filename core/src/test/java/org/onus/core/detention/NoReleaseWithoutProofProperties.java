package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.policy.RepealEvidenceTable;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.RuleViolation;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.EvidenceReview;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.time.BusinessCalendar;

/**
 * Rule NO_RELEASE_WITHOUT_PROOF, tried the way a reviewer would: random sequences of actions by
 * random people (file, upload, a table that judges wrongly, review, decide, approve, protest,
 * uphold on either ground, verify or reinstate a repeal, let clocks run, and call the freeing step
 * when nothing is pending). After every step, any goods that left detention must have done so
 * through the gate, with a stored proof that an independent reading of the rules accepts at that
 * moment, and with four eyes held. A failing sequence is shrunk and printed by jqwik.
 */
class NoReleaseWithoutProofProperties {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final BusinessCalendar CALENDAR = new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of());
    static final List<UUID> POLICIES = List.of(
            UUID.fromString("a0000000-0000-4000-8000-000000000001"),
            UUID.fromString("a0000000-0000-4000-8000-000000000002"));
    static final List<String> PEOPLE = List.of(
            "officer",
            "officer-2",
            "supervisor",
            "supervisor-2",
            "importer-a",
            "regulator",
            "senior-regulator",
            "senior-regulator-2");
    static final Map<String, Set<Role>> ROLES = Map.of(
            "officer", Set.of(Role.CUSTOMS_OFFICER),
            "officer-2", Set.of(Role.CUSTOMS_OFFICER),
            "supervisor", Set.of(Role.CUSTOMS_SUPERVISOR, Role.CUSTOMS_OFFICER),
            "supervisor-2", Set.of(Role.CUSTOMS_SUPERVISOR, Role.CUSTOMS_OFFICER),
            "importer-a", Set.of(Role.IMPORTER),
            "regulator", Set.of(Role.REGULATOR),
            "senior-regulator", Set.of(Role.SENIOR_REGULATOR),
            "senior-regulator-2", Set.of(Role.SENIOR_REGULATOR));
    /** What can show a repeal (an official notice or gazette, a court or legislative record): the oracle's list. */
    static final Set<EvidenceType> OFFICIAL =
            Set.of(EvidenceType.POLICY_REPEAL_NOTICE, EvidenceType.COURT_RECORD, EvidenceType.LEGISLATIVE_RECORD);
    /** The policy-status table as the aggregate consults it (the DMN's own rows are tested in workflows). */
    static final RepealEvidenceTable TABLE = type -> new RepealEvidenceTable.Verdict(
            OFFICIAL.contains(type), OFFICIAL.contains(type) ? "official" : "cannot show a repeal");
    /** What the report never accepts as proof: the oracle's own list, not the domain's. */
    static final Set<CaseEvidenceType> NEVER =
            Set.of(CaseEvidenceType.FACTORY_AUDIT, CaseEvidenceType.CERTIFICATION, CaseEvidenceType.OTHER);

    enum Kind {
        FILE,
        /** A diligent importer: a document for the first unmet requirement, judged, and reviewed. */
        PROVE,
        OFFER,
        JUDGE,
        /** An officer corrects a document's type; the (possibly wrong) table judges it again. */
        RECLASSIFY,
        REVIEW,
        DECIDE_RELEASE,
        CONFISCATE,
        REQUEST_INFO,
        APPROVE,
        FREE,
        PROTEST,
        DECIDE_PROTEST,
        CLAIM_REPEAL,
        VERIFY_REPEAL,
        REINSTATE_POLICY,
        DEADLINE,
        DECISION_OVERDUE,
        PROTEST_OVERDUE
    }

    /** One action; its numbers pick the person, document, type, route and choice it works on. */
    record Step(Kind kind, int who, int which, int type, boolean flag) {
        @Override
        public String toString() {
            return kind + "(who=" + PEOPLE.get(who) + ", which=" + which + ", type=" + type + ", flag=" + flag + ")";
        }
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(9, Kind.FILE),
                Tuple.of(90, Kind.PROVE),
                Tuple.of(6, Kind.OFFER),
                Tuple.of(6, Kind.JUDGE),
                Tuple.of(6, Kind.RECLASSIFY),
                Tuple.of(6, Kind.REVIEW),
                Tuple.of(18, Kind.DECIDE_RELEASE),
                Tuple.of(1, Kind.CONFISCATE),
                Tuple.of(2, Kind.REQUEST_INFO),
                Tuple.of(18, Kind.APPROVE),
                Tuple.of(24, Kind.FREE),
                Tuple.of(9, Kind.PROTEST),
                Tuple.of(12, Kind.DECIDE_PROTEST),
                Tuple.of(12, Kind.CLAIM_REPEAL),
                Tuple.of(18, Kind.VERIFY_REPEAL),
                Tuple.of(2, Kind.REINSTATE_POLICY),
                Tuple.of(1, Kind.DEADLINE),
                Tuple.of(1, Kind.DECISION_OVERDUE),
                Tuple.of(1, Kind.PROTEST_OVERDUE));
        Arbitrary<Step> step = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, PEOPLE.size() - 1),
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.integers().between(0, EvidenceType.values().length - 1),
                        Arbitraries.of(true, false))
                .as(Step::new);
        return step.list().ofMinSize(40).ofMaxSize(160);
    }

    @Property(seed = "20261202", shrinking = ShrinkingMode.FULL)
    @StatisticsReport(format = Histogram.class)
    void goodsLeaveDetentionOnlyWithProofThatHeldAtThatMoment(@ForAll("sequences") List<Step> steps) {
        run(new World(null), steps);
        reached("OFFICER_RELEASE");
        reached("APPROVED_RELEASE");
    }

    /** The exception route's longer proof and its supervisor approval, on every sequence. */
    @Property(seed = "20261203", shrinking = ShrinkingMode.FULL)
    @StatisticsReport(format = Histogram.class)
    void exceptionReleasesNeedVerifiedRepealsAndIndependentApproval(@ForAll("sequences") List<Step> steps) {
        run(new World(Route.EXCEPTION), steps);
        reached("APPROVED_RELEASE");
    }

    /** Protests of a confiscation made before any rebuttal: upheld on the merits only through the gate. */
    @Property(seed = "20261204", shrinking = ShrinkingMode.FULL)
    @StatisticsReport(format = Histogram.class)
    void aProtestFreesGoodsOnlyWithTheSameProof(@ForAll("sequences") List<Step> steps) {
        World w = new World(null);
        w.today = w.c.rebuttalDeadline().plusDays(1);
        w.c.confiscateAtDeadline(w.today, w.today.plusDays(180), AT);
        run(w, steps);
        reached("PROTEST_ON_MERITS");
    }

    /** The generator must actually reach the path, or the property would hold vacuously. */
    private static void reached(String path) {
        Statistics.label("freed by").coverage(check -> check.check(path).count(n -> n > 0));
    }

    private static void run(World w, List<Step> steps) {
        for (Step step : steps) {
            CaseStatus before = w.c.status();
            try {
                w.apply(step);
            } catch (RuleViolation refused) {
                assertThat(w.c.status())
                        .as("a refused " + step + " changes nothing")
                        .isEqualTo(before);
            }
            CaseStatus after = w.c.status();
            boolean freed = after == CaseStatus.RELEASED || after == CaseStatus.PROTEST_UPHELD;
            boolean wasFreed = before == CaseStatus.RELEASED || before == CaseStatus.PROTEST_UPHELD;
            if (wasFreed) {
                assertThat(after).as("freed goods stay freed").isEqualTo(before);
            } else if (freed) {
                assertThat(step.kind()).as("only the freeing step frees goods").isEqualTo(Kind.FREE);
                w.assertProofHeld(w.decisionBeforeFreeing);
            }
        }
        Statistics.label("freed by").collect(w.c.freedBy().map(Enum::name).orElse("not freed"));
        Statistics.label("final status").collect(w.c.status().name());
    }

    /** One case and the policy registry it reads, driven only through the aggregate's methods. */
    static final class World {
        final DetentionCase c = OpenedCases.opened("matched", DAY, AT, CALENDAR);
        final Map<UUID, StatePolicy> registry = new HashMap<>();
        final PolicyStatuses policies =
                id -> Optional.ofNullable(registry.get(id)).map(StatePolicy::status);
        /** The last verification that took, per policy, as the oracle saw it: who claimed, who verified, on what. */
        final Map<UUID, Verification> verified = new HashMap<>();

        final Map<UUID, String> claimedBy = new HashMap<>();

        record Verification(String claimer, String verifier, EvidenceType on) {}

        LocalDate today = DAY;
        /** The route every filing takes, or null to let each step choose. */
        final Route forced;
        /** Who proposed and who approved, as they stood just before the gate ran. */
        Decision decisionBeforeFreeing;

        record Decision(FreeingPath path, String proposer, String approver, String protestDecider) {}

        World(Route forced) {
            this.forced = forced;
            for (UUID id : POLICIES) {
                StatePolicy p = StatePolicy.enact(
                        new StatePolicy.Description(
                                "Labour transfer " + id,
                                "Government",
                                "2018-03-01",
                                "Quotas",
                                List.of("650000"),
                                List.of()),
                        new StatePolicy.References(code -> true, evidence -> true));
                registry.put(id, p);
            }
        }

        static List<Requirement> required(Route route) {
            List<Requirement> r = new ArrayList<>();
            if (route == Route.NOT_APPLICABLE) {
                r.add(new Requirement(RequirementCode.trace(0), "trace input 1"));
                r.add(new Requirement(RequirementCode.trace(1), "trace input 2"));
            } else {
                POLICIES.forEach(p -> r.add(new Requirement(RequirementCode.policyRepealed(p), "repeal " + p)));
                r.add(new Requirement(RequirementCode.targetsNotEnforced(), "targets"));
                for (RequirementCode.Indicator i : RequirementCode.Indicator.values()) {
                    r.add(new Requirement(RequirementCode.indicator(i), i.name()));
                }
            }
            return r;
        }

        void apply(Step s) {
            String who = PEOPLE.get(s.who());
            Route route = forced != null ? forced : s.flag() ? Route.NOT_APPLICABLE : Route.EXCEPTION;
            List<CaseEvidence> docs = c.evidence();
            switch (s.kind()) {
                case FILE ->
                    c.fileRebuttal(
                            c.route() == null ? route : c.route(),
                            "statement",
                            required(route),
                            "importer-a",
                            today,
                            30,
                            AT);
                case PROVE -> {
                    // The first requirement no accepted document meets yet (the registry is another matter).
                    List<Requirement> open = c.route() != null
                            ? c.unmetNow(id -> Optional.of(PolicyStatus.REPEAL_VERIFIED))
                            : required(route);
                    if (open.isEmpty()) {
                        return;
                    }
                    Requirement target = open.get(0);
                    CaseEvidenceType type = CaseEvidenceType.values()[s.type() % CaseEvidenceType.values().length];
                    if (s.flag() && target.chain() != null) {
                        // Diligent: a type the trace's chain still lacks.
                        List<CaseEvidenceType> counted = c.evidence().stream()
                                .filter(d -> d.asSubmitted().counts(target.code()))
                                .map(CaseEvidence::type)
                                .toList();
                        List<java.util.Set<CaseEvidenceType>> missing =
                                target.chain().missing(counted);
                        if (!missing.isEmpty()) {
                            type = List.copyOf(missing.get(0))
                                    .get(s.which() % missing.get(0).size());
                        }
                    }
                    CaseEvidence e = c.offer(
                            new CaseEvidence.Offer(type, target.code(), "doc", "doc.pdf", "application/pdf", 10, "ab"),
                            "importer-a",
                            today,
                            AT);
                    c.evidenceJudged(e.id(), s.flag() || s.which() % 4 != 0, "table", AT);
                    // Mostly officers accept; now and then a supervisor does, to try four eyes.
                    c.reviewEvidence(e.id(), true, null, s.which() % 5 == 0 ? who : PEOPLE.get(s.who() % 2), AT);
                }
                case OFFER -> {
                    List<Requirement> linkable = c.route() != null ? c.requirements() : required(route);
                    Requirement r = linkable.get(s.which() % linkable.size());
                    c.offer(
                            new CaseEvidence.Offer(
                                    CaseEvidenceType.values()[s.type() % CaseEvidenceType.values().length],
                                    r.code(),
                                    "doc",
                                    "doc.pdf",
                                    "application/pdf",
                                    10,
                                    "ab"),
                            "importer-a",
                            today,
                            AT);
                }
                // The table may be wrong, on purpose: the domain must still never count what the report refuses.
                case JUDGE -> {
                    if (!docs.isEmpty()) {
                        c.evidenceJudged(docs.get(s.which() % docs.size()).id(), s.flag(), "table", AT);
                    }
                }
                case RECLASSIFY -> {
                    if (!docs.isEmpty()) {
                        CaseEvidenceType to = CaseEvidenceType.values()[s.type() % CaseEvidenceType.values().length];
                        c.reclassifyEvidence(
                                docs.get(s.which() % docs.size()).id(),
                                to,
                                "corrected",
                                who,
                                (type, route2, kind) -> new AdmissibilityTable.Verdict(s.flag(), "table"),
                                AT);
                    }
                }
                case REVIEW -> {
                    if (!docs.isEmpty()) {
                        c.reviewEvidence(docs.get(s.which() % docs.size()).id(), s.flag(), "reason", who, AT);
                    }
                }
                case DECIDE_RELEASE -> c.decideRelease(who, "release", policies, AT);
                case CONFISCATE -> c.confiscate(who, "no proof", today, today.plusDays(180), AT);
                case REQUEST_INFO -> c.requestInformation(who, "more", 1, today.plusDays(15), today, AT);
                case APPROVE -> c.approveRelease(s.flag(), who, "approval", policies, AT);
                case FREE -> {
                    decisionBeforeFreeing = new Decision(
                            c.pendingFreeing().orElse(null), c.decidedBy(), c.approvedBy(), c.protestDecidedBy());
                    c.free(policies, today, AT);
                }
                case PROTEST ->
                    c.protest(
                            "protest",
                            c.route() == null ? route : null,
                            required(route),
                            "importer-a",
                            today,
                            today,
                            AT);
                case DECIDE_PROTEST ->
                    c.decideProtest(
                            s.which() % 3 != 0,
                            s.flag() ? ProtestGrounds.MERITS : ProtestGrounds.PROCEDURE,
                            who,
                            "protest decision",
                            policies,
                            today,
                            today.plusDays(30),
                            30,
                            AT);
                case CLAIM_REPEAL -> {
                    UUID id = POLICIES.get(s.which() % 2);
                    String claimer = s.flag() ? "regulator" : who;
                    registry.get(id)
                            .changeStatus(
                                    PolicyStatus.REPEAL_CLAIMED, "announced", List.of(), mover(claimer), TABLE, AT);
                    claimedBy.put(id, claimer);
                }
                case VERIFY_REPEAL -> {
                    UUID id = POLICIES.get(s.which() % 2);
                    // A diligent verifier half the time; anyone, on anything, the other half.
                    String verifier = s.flag()
                            ? ("senior-regulator".equals(claimedBy.get(id)) ? "senior-regulator-2" : "senior-regulator")
                            : who;
                    EvidenceType on = s.flag()
                            ? List.copyOf(OFFICIAL).get(s.type() % OFFICIAL.size())
                            : EvidenceType.values()[s.type()];
                    registry.get(id)
                            .changeStatus(
                                    PolicyStatus.REPEAL_VERIFIED,
                                    "checked",
                                    List.of(new StatePolicy.CitedEvidence(UUID.randomUUID(), on)),
                                    mover(verifier),
                                    TABLE,
                                    AT);
                    verified.put(id, new Verification(claimedBy.get(id), verifier, on));
                }
                case REINSTATE_POLICY -> {
                    UUID id = POLICIES.get(s.which() % 2);
                    registry.get(id)
                            .changeStatus(PolicyStatus.IN_FORCE, "back in force", List.of(), mover(who), TABLE, AT);
                    verified.remove(id);
                    claimedBy.remove(id);
                }
                case DEADLINE -> {
                    LocalDate later = c.rebuttalDeadline().plusDays(1);
                    c.confiscateAtDeadline(later, later.plusDays(180), AT);
                    today = later;
                }
                case DECISION_OVERDUE -> c.deemExcluded(today, today.plusDays(180), AT);
                case PROTEST_OVERDUE -> c.deemProtestDenied(AT);
            }
        }

        static StatePolicy.Mover mover(String who) {
            return new StatePolicy.Mover(who, ROLES.get(who));
        }

        /** The rules, read independently of the gate, against what the case stored. */
        void assertProofHeld(Decision decision) {
            List<ProofLine> proof = c.proof();
            assertThat(c.requirements()).as("a freed case had requirements").isNotEmpty();
            Map<String, CaseEvidence> byId = new HashMap<>();
            c.evidence().forEach(e -> byId.put(e.id().toString(), e));
            for (Requirement r : c.requirements()) {
                List<ProofLine> lines = proof.stream()
                        .filter(l -> l.requirementCode().equals(r.code().code()))
                        .toList();
                assertThat(lines).as("proof stored for " + r.code()).isNotEmpty();
                boolean documented = false;
                for (ProofLine line : lines) {
                    if (line.evidenceId() == null) {
                        continue;
                    }
                    CaseEvidence e = byId.get(line.evidenceId().toString());
                    assertThat(e.isAdmissible())
                            .as(line.evidenceId() + " admissible")
                            .isTrue();
                    assertThat(e.review()).isEqualTo(EvidenceReview.ACCEPTED);
                    assertThat(NEVER).as("never counts").doesNotContain(e.type());
                    assertThat(e.requirementCode()).isEqualTo(r.code().code());
                    documented = true;
                }
                assertThat(documented)
                        .as(r.code() + " rests on an accepted document")
                        .isTrue();
                if (r.code().kind() == RequirementCode.Kind.TRACE) {
                    List<CaseEvidenceType> types =
                            lines.stream().map(ProofLine::evidenceType).toList();
                    for (Set<CaseEvidenceType> group : r.chain().groups()) {
                        assertThat(types)
                                .as(r.code() + " rests on a chain: one of " + group + " among " + types)
                                .anyMatch(group::contains);
                    }
                    assertThat(types.stream().allMatch(t -> t == CaseEvidenceType.ORIGIN_TEST))
                            .as("an origin test never traces alone")
                            .isFalse();
                }
                if (r.code().kind() == RequirementCode.Kind.POLICY_REPEALED) {
                    UUID policy = r.code().policyId();
                    assertThat(registry.get(policy).status())
                            .as("the policy was verified repealed at that moment")
                            .isEqualTo(PolicyStatus.REPEAL_VERIFIED);
                    Verification v = verified.get(policy);
                    assertThat(v).as("a verification took place").isNotNull();
                    assertThat(ROLES.get(v.verifier()))
                            .as("verified by a senior regulator")
                            .contains(Role.SENIOR_REGULATOR);
                    assertThat(v.verifier()).as("four eyes on the repeal").isNotEqualTo(v.claimer());
                    assertThat(OFFICIAL).as("verified on official evidence").contains(v.on());
                    assertThat(lines)
                            .allSatisfy(l -> assertThat(l.policyStatus()).isEqualTo(PolicyStatus.REPEAL_VERIFIED));
                }
            }
            Map<FreeingPath, Integer> seen = new EnumMap<>(FreeingPath.class);
            seen.merge(decision.path(), 1, Integer::sum);
            Set<String> acceptors = c.acceptors();
            switch (decision.path()) {
                case OFFICER_RELEASE -> assertThat(c.route()).isEqualTo(Route.NOT_APPLICABLE);
                case APPROVED_RELEASE -> {
                    assertThat(decision.approver()).as("four eyes").isNotEqualTo(decision.proposer());
                    assertThat(acceptors).as("no acceptor approves").doesNotContain(decision.approver());
                }
                case PROTEST_ON_MERITS -> {
                    assertThat(decision.protestDecider()).isNotEqualTo(decision.proposer());
                    assertThat(acceptors).doesNotContain(decision.protestDecider());
                }
            }
        }
    }
}
