/**
 * The evidence library: documents and testimony that designations, policies, cases and UPR
 * recommendations cite. Aggregate root: {@link org.onus.core.evidence.EvidenceItem}.
 *
 * <p>Files are stored once by their SHA-256 ({@link org.onus.core.evidence.ContentStore}) and
 * checked again when downloaded. Every upload is inspected before anything is kept
 * ({@link org.onus.core.evidence.UploadInspector}): size, emptiness, the real type of the content
 * (Apache Tika) against an allowlist and against what the sender declared, archives and
 * executables refused, office documents opened with bounded expansion. A refused upload leaves
 * no file and no row. Items we cannot host are recorded as metadata only.
 */
package org.onus.core.evidence;
