package org.onus.web.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.onus.web.api.Problem;
import org.onus.web.view.View;

/** Turns a failure into the response a person or an API client should get. */
public final class ErrorRendering {

    private ErrorRendering() {}

    public static Response response(Failure failure, boolean api) {
        if (api) {
            return Problem.of(failure.status(), failure.detail()).toResponse();
        }
        return Response.status(failure.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(failure))
                .build();
    }

    public static View page(Failure failure) {
        return View.of("error/error").with("failure", failure);
    }
}
