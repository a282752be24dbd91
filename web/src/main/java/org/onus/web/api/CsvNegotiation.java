package org.onus.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.onus.core.problem.InvalidInputException;

/**
 * Whether a public list is asked for as CSV: {@code format=csv|json} wins, else the first media
 * type the client accepts ({@code text/csv}); a browser's wildcard gets JSON.
 */
final class CsvNegotiation {

    static final String CSV = "text/csv";

    private CsvNegotiation() {}

    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            if (format.equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw InvalidInputException.of("format", "Use format=csv or format=json");
        }
        return headers.getAcceptableMediaTypes().stream()
                .findFirst()
                .map(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType())
                .orElse(false);
    }
}
