package org.onus.core.publication;

/** PROPOSED → PUBLISHED (another regulator approved), or WITHDRAWN (refused, or taken down). */
public enum PublicationStatus {
    PROPOSED,
    PUBLISHED,
    WITHDRAWN
}
