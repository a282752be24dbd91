package org.onus.feed.verifier;

/** A feed whose signature does not verify, and why, in words for the person who checks it. */
public class FeedVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a signature did not verify. */
    public enum Reason {
        /** Not a detached compact JWS, or unreadable. */
        MALFORMED,
        /** Signed by a key that is not trusted (not in the JWKS, or no kid). */
        UNKNOWN_KEY,
        /** An algorithm or key type that is not accepted. */
        UNSUPPORTED,
        /** The document or the signature was changed. */
        TAMPERED
    }

    private final Reason reason;

    public FeedVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
