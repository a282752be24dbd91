/**
 * The rules of a rebuttal of the presumption: the two routes an importer can take, the codes of
 * the requirements each route sets (worked out for a case by
 * {@code detention.Requirements}, which reads the entry and its designations), the
 * evidence types a case accepts and when a requirement counts as met
 * ({@link org.onus.core.rebuttal.Satisfaction}). Which evidence type may satisfy which requirement
 * is decided by the {@code evidence-admissibility} decision table in the workflows module.
 */
package org.onus.core.rebuttal;
