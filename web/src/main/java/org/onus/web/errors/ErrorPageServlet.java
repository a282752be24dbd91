package org.onus.web.errors;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onus.web.api.JsonBinding;
import org.onus.web.api.Problem;
import org.onus.web.view.PageModel;
import org.onus.web.view.Templates;

/**
 * The container's error pages ({@code web.xml}): failures that happen before a request reaches
 * JAX-RS, such as a refused security constraint, a failed bearer token or an error in a filter.
 * Answers problem JSON under {@code /api}, an HTML page elsewhere.
 */
@WebServlet(name = "errors", urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Jsonb JSON = JsonBinding.shared();

    @Inject
    Templates templates;

    @Inject
    PageModel page;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null
                ? request.getRequestURI()
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        Failure failure = Failure.of(status);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Reference " + failure.reference() + ": failure on " + path, exception);
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (Failure.isApiPath(path)) {
            response.setContentType(Problem.MEDIA_TYPE);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"onus\"");
            }
            response.getWriter().write(JSON.toJson(Problem.of(status, failure.detail())));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        var view = ErrorRendering.page(failure);
        templates.render(
                view.template(), page.merge(view.model()), page.locale(), request, response, response.getWriter());
    }
}
