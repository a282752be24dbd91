package org.onus.web.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The real template engine and message bundle over a mocked servlet request, for template tests. */
final class TemplateHarness {

    /** The real engine, reading templates afresh, at the root of a servlet context. */
    static Templates templates() {
        Templates templates = new Templates();
        ServletContext servletContext = mock(ServletContext.class);
        when(servletContext.getContextPath()).thenReturn("");
        templates.servletContext = servletContext;
        templates.cache = false;
        templates.init();
        return templates;
    }

    /** The PDF renderer over the real templates, with its clock stopped at {@code now}. */
    static PdfRenderer pdfRenderer(Instant now) {
        PdfRenderer renderer = new PdfRenderer();
        renderer.templates = templates();
        renderer.clock = Clock.fixed(now, ZoneOffset.UTC);
        return renderer;
    }

    private final Templates templates;
    private final HttpServletRequest request;
    private final HttpServletResponse response;

    TemplateHarness(String requestUri) {
        templates = templates();
        ServletContext servletContext = templates.servletContext;
        request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("");
        when(request.getServletContext()).thenReturn(servletContext);
        // Thymeleaf keeps template-local variables (fragment parameters) as request attributes.
        Map<String, Object> attributes = new HashMap<>();
        doAnswer(i -> attributes.put(i.getArgument(0), i.getArgument(1)))
                .when(request)
                .setAttribute(anyString(), any());
        doAnswer(i -> attributes.remove(i.<String>getArgument(0))).when(request).removeAttribute(anyString());
        when(request.getAttribute(anyString())).thenAnswer(i -> attributes.get(i.<String>getArgument(0)));
        when(request.getAttributeNames())
                .thenAnswer(i -> Collections.enumeration(new ArrayList<>(attributes.keySet())));
        when(request.getRequestURI()).thenReturn(requestUri);
        response = mock(HttpServletResponse.class);
        when(response.encodeURL(anyString())).thenAnswer(i -> i.getArgument(0));
    }

    Document render(String template, Map<String, Object> model) {
        return render(template, model, Locale.ENGLISH);
    }

    Document render(String template, Map<String, Object> model, Locale locale) {
        StringWriter out = new StringWriter();
        templates.render(template, model, locale, request, response, out);
        return Jsoup.parse(out.toString());
    }
}
