package org.onus.core.upr;

/**
 * What to look for among recommendations; every part is optional and they combine with "and".
 *
 * @param text words the recommendation's text contains, ignoring case
 */
public record UprSearch(Theme theme, String state, Integer session, StateResponse response, String text) {

    public static final UprSearch EVERYTHING = new UprSearch(null, null, null, null, null);
}
