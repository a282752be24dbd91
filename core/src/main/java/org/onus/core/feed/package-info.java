/**
 * The signed designation feed (docs/DESIGNATION-FEED.md): every version of the published list as a
 * JSON or CSV document, signed by the authority with a detached JWS whose key is kept in the
 * server's keystore ({@link org.onus.core.feed.FeedKeys}); and its mirror, mutual recognition:
 * regulators register another authority's public keys ({@link org.onus.core.feed.ForeignAuthority})
 * and import its signed feed, each foreign designation becoming a draft here that goes through
 * the same four-eyes review as any other ({@link org.onus.core.feed.FeedService}).
 */
package org.onus.core.feed;
