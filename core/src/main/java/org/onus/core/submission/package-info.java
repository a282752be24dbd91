/**
 * The public submission point: anyone may send what they know about forced labour without an
 * account. Aggregate root: {@link org.onus.core.submission.Submission}. The submitter follows up
 * with a receipt code (kept only as its hash); regulators ask questions and triage it into the
 * evidence library, a designation draft or a state policy, or reject it. The client address is only
 * ever held as a keyed hash of a salt that lives in memory for at most a day ({@link
 * org.onus.core.submission.ClientAddresses}), and for at most 24 hours.
 */
package org.onus.core.submission;
