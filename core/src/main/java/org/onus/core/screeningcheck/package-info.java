/**
 * The check before shipping: an importer screens a disclosure exactly as filing would (the same
 * assembly, the same screener, the list in force on the arrival date) and learns the outcome, every
 * match with its path and what a rebuttal would require, without filing anything. Aggregate root:
 * {@link org.onus.core.screeningcheck.ScreeningCheck}, the record of one check (who, which
 * organisation, a SHA-256 of the canonical disclosure, the outcome and list version), kept so that
 * officers can see repeated probing. Checks are rate limited per user ({@link
 * org.onus.core.screeningcheck.ScreeningCheckSettings}).
 */
package org.onus.core.screeningcheck;
