/**
 * Rebuttal rules that live in the process engine: {@link org.onus.workflows.rebuttal.EvidenceAdmissibility}
 * asks the {@code evidence-admissibility} decision table whether a piece of case evidence may count.
 */
package org.onus.workflows.rebuttal;
