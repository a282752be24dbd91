package org.onus.core.rebuttal;

import java.util.Objects;

/**
 * The evidence admissibility decision table, as the domain asks it: may a document of this type
 * count towards a requirement of this kind on this route, and why (or why not). Implemented by
 * the process engine's decision service (workflows); the domain never admits a type that
 * {@link CaseEvidenceType#neverAdmissible() never counts}, whatever the table says.
 */
public interface AdmissibilityTable {

    /**
     * The table's answer, shown to the importer and the officer as it is.
     *
     * @param tableVersion the version of the table that answered; null where it is not known
     */
    record Verdict(boolean admissible, String reason, Integer tableVersion) {
        public Verdict {
            Objects.requireNonNull(reason, "reason");
        }

        public Verdict(boolean admissible, String reason) {
            this(admissible, reason, null);
        }
    }

    /**
     * @param requirementKind the kind of requirement the document is linked to, {@code null} if
     *     it is linked to none (judged as supporting material for the route)
     * @throws IllegalStateException if the table has no rule for the combination
     */
    Verdict judge(CaseEvidenceType type, Route route, RequirementCode.Kind requirementKind);
}
