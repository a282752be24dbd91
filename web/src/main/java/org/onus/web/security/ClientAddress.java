package org.onus.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.onus.core.submission.SubmissionSettings;

/**
 * The client's address for the submission point's rate limits: the connection's, or the first value
 * of the header a trusted reverse proxy sets ({@code onus.submission.client-address-header}). Handed
 * straight to the service, which keeps only a keyed hash of it.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request, SubmissionSettings settings) {
        return settings.clientAddressHeader()
                .map(request::getHeader)
                .map(value -> value.split(",")[0].strip())
                .filter(value -> !value.isEmpty())
                .orElseGet(request::getRemoteAddr);
    }
}
