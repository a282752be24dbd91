/**
 * The UPR workspace: {@link org.onus.core.upr.UprReview reviews} of a State in the UN Universal
 * Periodic Review and the {@link org.onus.core.upr.Recommendation recommendations} a team drafts
 * for them (the aggregate root; one row per revision), checked by the {@link
 * org.onus.core.upr.SmartAssistant SMART assistant}, reviewed under four eyes, and exported as a
 * {@link org.onus.core.upr.SubmissionDocument submission document}.
 */
package org.onus.core.upr;
