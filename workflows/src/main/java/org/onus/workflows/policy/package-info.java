/**
 * Policy rules that live in the process engine: {@link org.onus.workflows.policy.PolicyStatusEvidence}
 * asks the {@code policy-status-evidence} decision table whether cited evidence can show that a
 * state policy was repealed, for the core's {@link org.onus.core.policy.RepealEvidenceTable} port.
 */
package org.onus.workflows.policy;
