package org.onus.core.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits and places for bulk uploads (MicroProfile Config; also as environment variables, e.g.
 * {@code ONUS_BULK_MAX_BYTES}).
 */
@ApplicationScoped
public class BulkSettings {

    @Inject
    @ConfigProperty(name = "onus.bulk.dir")
    Optional<String> directory;

    /** 200 MiB: well over a million lines, yet bounded on disk. */
    @Inject
    @ConfigProperty(name = "onus.bulk.max-bytes", defaultValue = "209715200")
    long maxBytes;

    /** Entries per transaction: small enough for short transactions, large enough to amortise them. */
    @Inject
    @ConfigProperty(name = "onus.bulk.batch-size", defaultValue = "200")
    int batchSize;

    public long maxBytes() {
        return maxBytes;
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    /** Default: {@code bulk/} in the portal's data folder, beside the evidence store. */
    public Path directory() {
        return directory
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("onus.data.dir", System.getProperty("jboss.server.data.dir", "data")),
                        "bulk"));
    }
}
