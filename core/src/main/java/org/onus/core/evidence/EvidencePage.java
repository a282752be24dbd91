package org.onus.core.evidence;

import java.util.List;

/** A page of search results and how many match in all. */
public record EvidencePage(List<EvidenceItem> items, long total) {}
