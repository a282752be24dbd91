package org.onus.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The feed's settings (MicroProfile Config, also as environment variables such as
 * {@code ONUS_FEED_KEYSTORE}); documented in docs/DESIGNATION-FEED.md.
 */
@ApplicationScoped
public class FeedSettings {

    /** The password of the development keystore made when no keystore is configured. */
    static final String DEVELOPMENT_PASSWORD = "onus-development-only";

    @Inject
    @ConfigProperty(name = "onus.feed.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "onus.feed.keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "onus.feed.signing-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "onus.feed.authority-id", defaultValue = "onus")
    String authorityId;

    @Inject
    @ConfigProperty(name = "onus.feed.authority-name", defaultValue = "Onus designating authority")
    String authorityName;

    @Inject
    @ConfigProperty(name = "onus.feed.import.allowed-hosts")
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "onus.feed.import.allow-http", defaultValue = "false")
    boolean allowHttp;

    @Inject
    @ConfigProperty(name = "onus.feed.import.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;

    @Inject
    @ConfigProperty(name = "onus.feed.import.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "onus.feed.import.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    /** The configured keystore, or empty: then a development key is made in the data folder. */
    public Optional<Path> keystore() {
        return keystore.filter(s -> !s.isBlank()).map(Path::of);
    }

    public Path developmentKeystore() {
        return Path.of(
                System.getProperty("onus.data.dir", System.getProperty("jboss.server.data.dir", "data")),
                "feed",
                "feed-signing-development.p12");
    }

    public char[] keystorePassword() {
        return keystorePassword.orElse(DEVELOPMENT_PASSWORD).toCharArray();
    }

    public Optional<String> signingKey() {
        return signingKey.filter(s -> !s.isBlank()).map(String::strip);
    }

    public String authorityId() {
        return authorityId;
    }

    public String authorityName() {
        return authorityName;
    }

    public FetchLimits fetchLimits() {
        List<String> hosts = allowedHosts
                .map(s -> Arrays.stream(s.split(","))
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .map(h -> h.toLowerCase(Locale.ROOT))
                        .toList())
                .orElse(List.of());
        return new FetchLimits(hosts, allowHttp, allowPrivateAddresses, maxBytes, timeoutSeconds);
    }

    /** What a feed may be fetched from, and how much of it: the guard against server-side request forgery. */
    public record FetchLimits(
            List<String> allowedHosts,
            boolean allowHttp,
            boolean allowPrivateAddresses,
            long maxBytes,
            int timeoutSeconds) {}
}
