package org.onus.core.designation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.onus.core.problem.Problem;

/**
 * A designation's risk assessment in the report's three steps: (1) an employment policy that
 * targets population groups, (2) a state mobilisation apparatus able to enforce it, (3) the ILO
 * 2012 Survey Guidelines matrix adapted to state-imposed labour, plus the five core features and
 * the rationale. A value: build a new one to change it.
 *
 * @param matrix findings per matrix cell; a cell not yet assessed is absent
 */
public record RiskAssessment(
        Precondition employmentPolicy,
        Precondition mobilisationApparatus,
        Map<AssessmentItem, Cell> matrix,
        Set<CoreFeature> coreFeatures,
        RationaleKind rationale) {

    static final int MAX_TEXT = 20_000;
    static final int MAX_REASON = 4_000;

    /** Step 1 or 2: is the precondition present, what was found, and on what evidence. */
    public record Precondition(boolean present, String findings, List<UUID> evidenceIds) {
        public Precondition {
            findings = text(findings);
            evidenceIds = distinct(evidenceIds);
        }

        public static Precondition notAssessed() {
            return new Precondition(false, null, List.of());
        }
    }

    /** One cell of the matrix: findings with evidence, or an explicit "no evidence found" with a reason. */
    public record Cell(String findings, List<UUID> evidenceIds, String noEvidenceReason) {
        public Cell {
            findings = text(findings);
            evidenceIds = distinct(evidenceIds);
            noEvidenceReason = text(noEvidenceReason);
        }

        public boolean settled() {
            return !evidenceIds.isEmpty() || noEvidenceReason != null;
        }
    }

    public RiskAssessment {
        employmentPolicy = employmentPolicy == null ? Precondition.notAssessed() : employmentPolicy;
        mobilisationApparatus = mobilisationApparatus == null ? Precondition.notAssessed() : mobilisationApparatus;
        EnumMap<AssessmentItem, Cell> cells = new EnumMap<>(AssessmentItem.class);
        if (matrix != null) {
            matrix.forEach((item, cell) -> {
                if (item != null && item.isMatrixCell() && cell != null) {
                    cells.put(item, cell);
                }
            });
        }
        matrix = java.util.Collections.unmodifiableMap(cells);
        coreFeatures = coreFeatures == null || coreFeatures.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(coreFeatures));
    }

    public static RiskAssessment empty() {
        return new RiskAssessment(null, null, Map.of(), Set.of(), null);
    }

    public Cell cell(Phase phase, Dimension dimension) {
        return matrix.get(AssessmentItem.cell(phase, dimension));
    }

    /** Every evidence item the assessment cites, once. */
    public Set<UUID> citedEvidence() {
        Set<UUID> ids = new LinkedHashSet<>(employmentPolicy.evidenceIds());
        ids.addAll(mobilisationApparatus.evidenceIds());
        matrix.values().forEach(c -> ids.addAll(c.evidenceIds()));
        return ids;
    }

    /**
     * What keeps the assessment from being complete: steps 1 and 2 present with at least one
     * cited evidence item each, every matrix cell citing evidence or saying why none was found.
     */
    public List<Problem> missing() {
        List<Problem> missing = new ArrayList<>();
        if (!employmentPolicy.present() || employmentPolicy.evidenceIds().isEmpty()) {
            missing.add(
                    new Problem(
                            "employmentPolicy",
                            "Step 1: show an employment policy that targets population groups, citing at least one evidence item"));
        }
        if (!mobilisationApparatus.present()
                || mobilisationApparatus.evidenceIds().isEmpty()) {
            missing.add(
                    new Problem(
                            "mobilisationApparatus",
                            "Step 2: show a state mobilisation apparatus able to enforce the policy, citing at least one evidence item"));
        }
        for (AssessmentItem item : AssessmentItem.matrix()) {
            Cell cell = matrix.get(item);
            if (cell == null || !cell.settled()) {
                missing.add(new Problem(
                        "matrix." + item.phase().orElseThrow() + "."
                                + item.dimension().orElseThrow(),
                        "Step 3: " + words(item.phase().orElseThrow().name()) + " × "
                                + words(item.dimension().orElseThrow().name())
                                + ": cite evidence or say why no evidence was found"));
            }
        }
        return missing;
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** Input errors: texts too long, evidence that does not exist or the drafter may not cite. */
    List<Problem> problems(Predicate<UUID> evidenceExists) {
        List<Problem> problems = new ArrayList<>();
        check(
                problems,
                "employmentPolicy",
                employmentPolicy.findings(),
                employmentPolicy.evidenceIds(),
                evidenceExists);
        check(
                problems,
                "mobilisationApparatus",
                mobilisationApparatus.findings(),
                mobilisationApparatus.evidenceIds(),
                evidenceExists);
        matrix.forEach((item, cell) -> {
            String code = "matrix." + item.phase().orElseThrow() + "."
                    + item.dimension().orElseThrow();
            check(problems, code, cell.findings(), cell.evidenceIds(), evidenceExists);
            if (cell.noEvidenceReason() != null && cell.noEvidenceReason().length() > MAX_REASON) {
                problems.add(
                        new Problem(code, "The reason why no evidence was found can have at most 4,000 characters"));
            }
            if (cell.noEvidenceReason() != null && !cell.evidenceIds().isEmpty()) {
                problems.add(new Problem(code, "A cell either cites evidence or says why none was found, not both"));
            }
        });
        return problems;
    }

    private static void check(
            List<Problem> problems, String code, String findings, List<UUID> evidence, Predicate<UUID> exists) {
        if (findings != null && findings.length() > MAX_TEXT) {
            problems.add(new Problem(code, "Findings can have at most 20,000 characters"));
        }
        for (UUID id : evidence) {
            if (!exists.test(id)) {
                problems.add(new Problem(code, "There is no evidence item " + id + " you may cite"));
            }
        }
    }

    static String words(String constant) {
        String lower = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<UUID> distinct(Collection<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(
                ids.stream().filter(java.util.Objects::nonNull).toList()));
    }
}
