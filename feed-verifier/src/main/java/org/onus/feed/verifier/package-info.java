/**
 * Signing and checking the detached JWS of the designation feed; {@link org.onus.feed.verifier.Main}
 * is the command-line verifier.
 */
package org.onus.feed.verifier;
