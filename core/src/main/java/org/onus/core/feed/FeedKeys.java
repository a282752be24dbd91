package org.onus.core.feed;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The authority's feed keys, from a PKCS12 keystore: every key entry and trusted certificate in it
 * is published in the JWKS (its alias is its {@code kid}), so that feeds signed before a rotation
 * still verify; the one named by {@code onus.feed.signing-key} (else the newest key entry) signs.
 *
 * <p>With no keystore configured, a development key (EC P-256) is made once in the data folder with
 * the JDK's keytool, so that {@code ./run} and the integration tests sign without setup; production
 * configures its own keystore (docs/DESIGNATION-FEED.md).
 */
@ApplicationScoped
public class FeedKeys {

    private static final Logger LOG = Logger.getLogger(FeedKeys.class.getName());

    @Inject
    FeedSettings settings;

    private Loaded loaded;

    /** The private key that signs the feed now, with its kid. */
    public JWK signingKey() {
        return load().signing;
    }

    /** Every public key of the authority, current and retired, for verification. */
    public JWKSet publicKeys() {
        return load().published;
    }

    private synchronized Loaded load() {
        if (loaded == null) {
            Path file = settings.keystore().orElseGet(this::developmentKeystore);
            loaded = read(
                    file, settings.keystorePassword(), settings.signingKey().orElse(null));
        }
        return loaded;
    }

    record Loaded(JWK signing, JWKSet published) {}

    static Loaded read(Path file, char[] password, String signingAlias) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The feed keystore " + file + " cannot be read (ONUS_FEED_KEYSTORE, ONUS_FEED_KEYSTORE_PASSWORD): "
                            + e.getMessage(),
                    e);
        }
        try {
            List<String> aliases = Collections.list(store.aliases());
            List<JWK> published = new ArrayList<>();
            String newest = null;
            Date newestDate = null;
            for (String alias :
                    aliases.stream().sorted(Comparator.naturalOrder()).toList()) {
                Certificate cert = store.getCertificate(alias);
                if (cert == null) {
                    continue;
                }
                JWK pub = publicJwk(alias, cert);
                if (pub == null) {
                    continue;
                }
                published.add(pub);
                if (store.isKeyEntry(alias)) {
                    Date created = store.getCreationDate(alias);
                    if (newestDate == null || (created != null && created.after(newestDate))) {
                        newest = alias;
                        newestDate = created;
                    }
                }
            }
            String alias = signingAlias != null ? signingAlias : newest;
            if (alias == null || !store.isKeyEntry(alias)) {
                throw new IllegalStateException("The feed keystore " + file + " holds no private key"
                        + (signingAlias == null ? "" : " named \"" + signingAlias + "\" (ONUS_FEED_SIGNING_KEY)"));
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            JWK pub = publicJwk(alias, store.getCertificate(alias));
            JWK signing = pub instanceof ECKey ec
                    ? new ECKey.Builder(ec).privateKey((ECPrivateKey) key).build()
                    : new RSAKey.Builder((RSAKey) pub)
                            .privateKey((RSAPrivateKey) key)
                            .build();
            return new Loaded(signing, new JWKSet(published));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The feed keystore " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static JWK publicJwk(String alias, Certificate cert) {
        if (cert.getPublicKey() instanceof ECPublicKey ec) {
            Curve curve = Curve.forECParameterSpec(ec.getParams());
            JWSAlgorithm alg = Curve.P_384.equals(curve)
                    ? JWSAlgorithm.ES384
                    : Curve.P_521.equals(curve) ? JWSAlgorithm.ES512 : JWSAlgorithm.ES256;
            return new ECKey.Builder(curve, ec)
                    .keyID(alias)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(alg)
                    .build();
        }
        if (cert.getPublicKey() instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa)
                    .keyID(alias)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        }
        return null;
    }

    private Path developmentKeystore() {
        Path file = settings.developmentKeystore();
        if (!Files.exists(file)) {
            generate(file, FeedSettings.DEVELOPMENT_PASSWORD.toCharArray(), "onus-dev-" + System.currentTimeMillis());
            LOG.warning("No feed keystore configured (ONUS_FEED_KEYSTORE): made a DEVELOPMENT signing key in " + file
                    + "; configure your own keystore in production (docs/DESIGNATION-FEED.md)");
        }
        return file;
    }

    /** Makes a PKCS12 keystore with one EC P-256 key and a self-signed certificate, with the JDK's keytool. */
    static void generate(Path file, char[] password, String alias) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process p = new ProcessBuilder(
                            keytool.toString(),
                            "-genkeypair",
                            "-keyalg",
                            "EC",
                            "-groupname",
                            "secp256r1",
                            "-sigalg",
                            "SHA256withECDSA",
                            "-alias",
                            alias,
                            "-dname",
                            "CN=Onus development feed signing key",
                            "-validity",
                            "3650",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            file.toString(),
                            "-storepass",
                            new String(password))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make the development feed key: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No feed keystore configured (ONUS_FEED_KEYSTORE) and keytool could not make a development key: "
                            + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the development feed key", e);
        }
    }
}
