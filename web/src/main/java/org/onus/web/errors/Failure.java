package org.onus.web.errors;

import java.util.UUID;

/**
 * A failure as shown to a person: status, message keys for the page and a plain-English detail for
 * API clients, and for server errors the reference under which the details were logged.
 */
public record Failure(int status, String titleKey, String messageKey, String detail, String reference) {

    public static Failure of(int status) {
        return switch (status) {
            case 400 ->
                new Failure(
                        400,
                        "error.400.title",
                        "error.400.message",
                        "The request could not be understood; check its syntax and fields.",
                        null);
            case 401 ->
                new Failure(
                        401,
                        "error.401.title",
                        "error.401.message",
                        "This request needs a valid bearer token from the onus realm.",
                        null);
            case 403 -> new Failure(403, "error.403.title", "error.403.message", "Your roles do not allow this.", null);
            case 404 ->
                new Failure(
                        404,
                        "error.404.title",
                        "error.404.message",
                        "There is nothing here, or nothing you may see.",
                        null);
            case 405 ->
                new Failure(
                        405, "error.405.title", "error.405.message", "This address does not accept that method.", null);
            case 406 ->
                new Failure(
                        406,
                        "error.406.title",
                        "error.406.message",
                        "This address cannot answer in the requested media type.",
                        null);
            case 413 ->
                new Failure(
                        413,
                        "error.413.title",
                        "error.413.message",
                        "The request is larger than the server accepts.",
                        null);
            case 415 ->
                new Failure(
                        415,
                        "error.415.title",
                        "error.415.message",
                        "This address does not accept that media type.",
                        null);
            default ->
                status >= 500
                        ? serverError(status)
                        : new Failure(
                                status,
                                "error.other.title",
                                "error.other.message",
                                "The request could not be completed.",
                                null);
        };
    }

    public static Failure serverError(int status) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return new Failure(
                status,
                "error.500.title",
                "error.500.message",
                "Something went wrong on our side. Quote reference " + reference + " if you contact support.",
                reference);
    }

    /** The same failure with another page message and API detail, for refusals that need explaining. */
    public Failure explainedBy(String messageKey, String detail) {
        return new Failure(status, titleKey, messageKey, detail, reference);
    }

    public static boolean isApiPath(String path) {
        if (path == null) {
            return false;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api") || p.startsWith("api/");
    }
}
