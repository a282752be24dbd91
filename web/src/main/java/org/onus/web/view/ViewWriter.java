package org.onus.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Renders {@link View}s returned by page resources as UTF-8 HTML. */
@Provider
@ApplicationScoped
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {

    @Inject
    Templates templates;

    @Inject
    PageModel page;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            View view,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entityStream)
            throws java.io.IOException {
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        headers.putSingle("Content-Language", page.locale().toLanguageTag());
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        templates.render(view.template(), page.merge(view.model()), page.locale(), request, response, out);
        out.flush();
    }
}
