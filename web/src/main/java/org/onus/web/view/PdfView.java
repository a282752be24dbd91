package org.onus.web.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onus.web.http.ContentDisposition;

/**
 * A page template to send as a PDF download: the template and model a {@link View} would have,
 * and the file name the browser saves it under. Returned by resources that produce {@code
 * application/pdf}; {@link PdfViewWriter} renders it.
 */
public final class PdfView {

    private final String template;
    private final String fileName;
    private final Map<String, Object> model = new LinkedHashMap<>();

    private PdfView(String template, String fileName) {
        this.template = template;
        this.fileName = fileName;
    }

    /**
     * @param template path below {@code templates/} without {@code .html}, usually the HTML page's own
     * @param fileName the name offered for saving, e.g. the document's title; {@code .pdf} is added if
     *     missing, and characters that file systems refuse ({@code / \ : * ? " < > |}) become dashes
     */
    public static PdfView of(String template, String fileName) {
        String name = ContentDisposition.savable(fileName);
        if (name.isEmpty()) {
            name = "document";
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name += ".pdf";
        }
        return new PdfView(template, name);
    }

    public PdfView with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public String template() {
        return template;
    }

    public String fileName() {
        return fileName;
    }

    public Map<String, Object> model() {
        return Collections.unmodifiableMap(model);
    }
}
