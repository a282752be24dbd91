package org.onus.core.problem;

import java.io.Serializable;

/**
 * One thing wrong: a field error or an unmet requirement.
 *
 * @param code the field's name (for input) or the requirement's code (for conflicts)
 * @param message what is wrong, in words for the person who sent it
 */
public record Problem(String code, String message) implements Serializable {}
