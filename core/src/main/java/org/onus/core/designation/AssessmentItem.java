package org.onus.core.designation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One place in a risk assessment that holds findings: the two preconditions (steps 1 and 2) and
 * the six cells of the phase × dimension matrix (step 3).
 */
public enum AssessmentItem {
    EMPLOYMENT_POLICY(null, null),
    MOBILISATION_APPARATUS(null, null),
    UNFREE_RECRUITMENT_INVOLUNTARINESS(Phase.UNFREE_RECRUITMENT, Dimension.INVOLUNTARINESS),
    UNFREE_RECRUITMENT_MENACE_OF_PENALTY(Phase.UNFREE_RECRUITMENT, Dimension.MENACE_OF_PENALTY),
    WORK_AND_LIFE_UNDER_DURESS_INVOLUNTARINESS(Phase.WORK_AND_LIFE_UNDER_DURESS, Dimension.INVOLUNTARINESS),
    WORK_AND_LIFE_UNDER_DURESS_MENACE_OF_PENALTY(Phase.WORK_AND_LIFE_UNDER_DURESS, Dimension.MENACE_OF_PENALTY),
    IMPOSSIBILITY_OF_LEAVING_INVOLUNTARINESS(Phase.IMPOSSIBILITY_OF_LEAVING, Dimension.INVOLUNTARINESS),
    IMPOSSIBILITY_OF_LEAVING_MENACE_OF_PENALTY(Phase.IMPOSSIBILITY_OF_LEAVING, Dimension.MENACE_OF_PENALTY);

    private final Phase phase;
    private final Dimension dimension;

    AssessmentItem(Phase phase, Dimension dimension) {
        this.phase = phase;
        this.dimension = dimension;
    }

    public static AssessmentItem cell(Phase phase, Dimension dimension) {
        return Arrays.stream(values())
                .filter(i -> i.phase == phase && i.dimension == dimension)
                .findFirst()
                .orElseThrow();
    }

    public static List<AssessmentItem> matrix() {
        return Arrays.stream(values()).filter(AssessmentItem::isMatrixCell).toList();
    }

    public boolean isMatrixCell() {
        return phase != null;
    }

    public Optional<Phase> phase() {
        return Optional.ofNullable(phase);
    }

    public Optional<Dimension> dimension() {
        return Optional.ofNullable(dimension);
    }
}
