package org.onus.web.api;

/**
 * Names of the shared OpenAPI responses declared once in {@code OnusApplication}, for
 * {@code @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)} on each operation that can
 * really answer so. 401 (every operation that needs a token) and 400 (every operation with a
 * request body, which may not parse) are added by {@link OpenApiFilter}; the rest is stated per
 * operation, because only the operation knows whether it can refuse, conflict or not find. See
 * {@code docs/API-CONVENTIONS.md}.
 */
public final class ApiDocs {

    private ApiDocs() {}

    /** Invalid input: {@code errors} names each field ({@code code}) and what is wrong with it. */
    public static final String BAD_REQUEST = "BadRequest";

    public static final String UNAUTHORIZED = "Unauthorized";

    /** A role the caller lacks, or a rule about who may act (four eyes, own organisation's only). */
    public static final String FORBIDDEN = "Forbidden";

    /** Unknown, or not the caller's to see: existence is not revealed. */
    public static final String NOT_FOUND = "NotFound";

    /** The representation asked for in {@code Accept} is not one this operation offers. */
    public static final String NOT_ACCEPTABLE = "NotAcceptable";

    /** The state does not allow it now; {@code errors} lists unmet requirements or the rule. */
    public static final String CONFLICT = "Conflict";

    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";

    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

    /** Too many requests from the caller's address: {@code Retry-After} says how many seconds to wait. */
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
}
