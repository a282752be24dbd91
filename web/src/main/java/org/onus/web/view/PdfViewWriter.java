package org.onus.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import org.onus.web.http.ContentDisposition;

/** Renders {@link PdfView}s as PDF attachments, in the reader's language like the HTML pages. */
@Provider
@ApplicationScoped
@Produces(PdfRenderer.MEDIA_TYPE)
public class PdfViewWriter implements MessageBodyWriter<PdfView> {

    @Inject
    PdfRenderer renderer;

    @Inject
    PageModel page;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PdfView.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            PdfView view,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entityStream)
            throws IOException {
        Locale locale = page.locale();
        // Rendered completely before the first byte: a failure still becomes a proper error page.
        byte[] pdf = renderer.render(view.template(), view.model(), locale);
        headers.putSingle("Content-Type", PdfRenderer.MEDIA_TYPE);
        headers.putSingle("Content-Disposition", ContentDisposition.attachment(view.fileName()));
        headers.putSingle("Content-Language", locale.toLanguageTag());
        entityStream.write(pdf);
    }
}
