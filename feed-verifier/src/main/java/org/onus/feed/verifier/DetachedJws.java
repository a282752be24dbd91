package org.onus.feed.verifier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.Set;

/**
 * The signature of a designation feed document: a JWS in compact serialisation with the payload
 * detached (RFC 7515 appendix F: {@code header..signature}) and not base64url-encoded (RFC 7797,
 * {@code "b64":false}, listed in {@code crit}), so that the signature is over the document's exact
 * bytes as downloaded. The header names the key ({@code kid}) in the signer's JWKS.
 *
 * <p>Only asymmetric algorithms are accepted (ES256/384/512 with EC keys, RS/PS with RSA keys of
 * 2048 bits or more); {@code none} and HMAC never verify.
 */
public final class DetachedJws {

    /** The {@code typ} of a feed signature. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("onus-designation-feed+jws");

    private static final Set<String> B64 = Set.of("b64");

    private DetachedJws() {}

    /**
     * Signs the document's bytes with a private key (EC P-256 → ES256, RSA → RS256).
     *
     * @param key a private JWK with a {@code kid}
     * @return the compact detached JWS, {@code header..signature}
     */
    public static String sign(byte[] document, JWK key) {
        if (key.getKeyID() == null || key.getKeyID().isBlank()) {
            throw new IllegalArgumentException("The signing key needs a key id (kid)");
        }
        try {
            JWSAlgorithm alg;
            JWSSigner signer;
            if (key instanceof ECKey ec) {
                if (Curve.P_256.equals(ec.getCurve())) {
                    alg = JWSAlgorithm.ES256;
                } else if (Curve.P_384.equals(ec.getCurve())) {
                    alg = JWSAlgorithm.ES384;
                } else if (Curve.P_521.equals(ec.getCurve())) {
                    alg = JWSAlgorithm.ES512;
                } else {
                    throw new IllegalArgumentException(
                            "Feeds are signed on P-256, P-384 or P-521, not " + ec.getCurve());
                }
                signer = new ECDSASigner(ec);
            } else if (key instanceof RSAKey rsa) {
                alg = JWSAlgorithm.RS256;
                signer = new RSASSASigner(rsa);
            } else {
                throw new IllegalArgumentException("Feeds are signed with an EC or RSA key, not " + key.getKeyType());
            }
            JWSHeader header = new JWSHeader.Builder(alg)
                    .keyID(key.getKeyID())
                    .type(TYPE)
                    .base64URLEncodePayload(false)
                    .criticalParams(B64)
                    .build();
            JWSObject jws = new JWSObject(header, new Payload(document));
            jws.sign(signer);
            return jws.serialize(true);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the feed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a detached signature over the document's exact bytes against a set of public keys.
     *
     * @return what verified: the key id and algorithm
     * @throws FeedVerificationException saying why not (malformed, unknown key, tampered)
     */
    public static Verified verify(byte[] document, String signature, JWKSet keys) throws FeedVerificationException {
        String compact = signature == null ? "" : signature.strip();
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new FeedVerificationException(
                    FeedVerificationException.Reason.MALFORMED,
                    "The signature is not a compact JWS (three parts separated by dots)");
        }
        if (!parts[1].isEmpty()) {
            throw new FeedVerificationException(
                    FeedVerificationException.Reason.MALFORMED,
                    "The signature carries its own payload; a feed signature is detached (header..signature)");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact, new Payload(document));
        } catch (ParseException | RuntimeException e) {
            throw new FeedVerificationException(
                    FeedVerificationException.Reason.MALFORMED, "The signature cannot be read: " + e.getMessage());
        }
        JWSHeader header = jws.getHeader();
        String kid = header.getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new FeedVerificationException(
                    FeedVerificationException.Reason.UNKNOWN_KEY, "The signature does not name its key (no kid)");
        }
        JWK key = keys.getKeyByKeyId(kid);
        if (key == null) {
            throw new FeedVerificationException(
                    FeedVerificationException.Reason.UNKNOWN_KEY,
                    "The signature was made with key \"" + kid + "\", which is not among the trusted keys");
        }
        JWSAlgorithm alg = header.getAlgorithm();
        try {
            JWSVerifier verifier;
            if (key instanceof ECKey ec && ECDSAVerifier.SUPPORTED_ALGORITHMS.contains(alg)) {
                verifier = new ECDSAVerifier(ec.toECPublicKey(), B64);
            } else if (key instanceof RSAKey rsa
                    && RSASSAVerifier.SUPPORTED_ALGORITHMS.contains(alg)
                    && rsa.size() >= 2048) {
                verifier = new RSASSAVerifier(rsa.toRSAPublicKey(), B64);
            } else {
                throw new FeedVerificationException(
                        FeedVerificationException.Reason.UNSUPPORTED,
                        "Key \"" + kid + "\" (" + key.getKeyType() + ") cannot verify a " + alg + " signature");
            }
            if (!jws.verify(verifier)) {
                throw new FeedVerificationException(
                        FeedVerificationException.Reason.TAMPERED,
                        "The signature does not match the document: it was changed after signing, or signed by"
                                + " another key than \"" + kid + "\"");
            }
        } catch (JOSEException e) {
            throw new FeedVerificationException(
                    FeedVerificationException.Reason.MALFORMED, "The signature cannot be checked: " + e.getMessage());
        }
        return new Verified(kid, alg.getName());
    }

    /** A signature that verified: by which key, with which algorithm. */
    public record Verified(String keyId, String algorithm) {}
}
