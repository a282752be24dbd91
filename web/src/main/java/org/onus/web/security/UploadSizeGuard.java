package org.onus.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.onus.core.bulk.BulkFiles;
import org.onus.core.bulk.BulkSettings;
import org.onus.core.evidence.EvidenceSettings;
import org.onus.core.evidence.UploadRejectedException;

/**
 * Refuses an upload whose declared length is already beyond the limit, before any of it is read
 * (the limit is checked again while streaming, for requests that do not declare a length).
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 200)
public class UploadSizeGuard implements ContainerRequestFilter {

    /** Room for the other form fields around the file. */
    static final long FORM_OVERHEAD = 1024 * 1024;

    @Inject
    EvidenceSettings settings;

    @Inject
    BulkSettings bulk;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) || request.getLength() < 0) {
            return;
        }
        // A bulk entry file has its own, larger limit (many thousands of entries).
        if (request.getUriInfo().getPath().contains("entries/bulk")) {
            if (request.getLength() > bulk.maxBytes() + FORM_OVERHEAD) {
                throw BulkFiles.tooLarge(bulk.maxBytes());
            }
            return;
        }
        if (request.getLength() > settings.maxBytes() + FORM_OVERHEAD) {
            throw new UploadRejectedException(
                    UploadRejectedException.Reason.TOO_LARGE,
                    "The upload is larger than " + (settings.maxBytes() / (1024 * 1024))
                            + " MiB, the most Onus accepts");
        }
    }
}
