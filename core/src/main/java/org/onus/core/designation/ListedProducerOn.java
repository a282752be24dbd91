package org.onus.core.designation;

import java.util.UUID;

/** A producer a designation in force names: what a removal request points at. */
public record ListedProducerOn(UUID designationId, String designationTitle, String producerName) {}
