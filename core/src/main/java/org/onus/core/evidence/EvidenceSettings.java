package org.onus.core.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where files are kept and how large they may be (MicroProfile Config; also as environment
 * variables, e.g. {@code ONUS_EVIDENCE_MAX_BYTES}).
 */
@ApplicationScoped
public class EvidenceSettings {

    /** 50 MiB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "onus.evidence.dir")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "onus.evidence.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "onus.evidence.max-expanded-bytes", defaultValue = "268435456")
    long maxExpandedBytes;

    private ContentStore store;
    private UploadInspector inspector;

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Default: {@code evidence/} in the portal's data folder ({@code onus.data.dir}, else the
     * server's data directory).
     */
    public Path directory() {
        return directory
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("onus.data.dir", System.getProperty("jboss.server.data.dir", "data")),
                        "evidence"));
    }

    @Produces
    synchronized ContentStore contentStore() {
        if (store == null) {
            store = new ContentStore(directory());
        }
        return store;
    }

    @Produces
    synchronized UploadInspector uploadInspector() {
        if (inspector == null) {
            inspector = new UploadInspector(maxExpandedBytes);
        }
        return inspector;
    }
}
