package org.onus.web.view;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;

/**
 * Renders a page template to PDF with the engine, messages and helpers of the HTML pages, so the
 * download says exactly what the page says. The template is rendered with {@code pdf} set to
 * true: {@code layout/page.html} then hands over to {@code layout/pdf.html} (print stylesheet,
 * running header and "Page X of Y" footer) and pages leave out what only works on screen with
 * {@code th:unless="${pdf}"}.
 *
 * <p>Documents are tagged PDF (PDF/UA) with an embedded, subset DejaVu font: the base-14 PDF fonts
 * cover Latin-1 only, and PDF/UA requires every font embedded. DejaVu covers Latin, Greek,
 * Cyrillic, Arabic and Hebrew but not Chinese, Japanese or Korean: such characters come out as
 * blanks until a CJK font is added to {@link #FONTS}.
 *
 * <p>Nothing is fetched from the network or the file system: the only loadable resources are
 * class-path files under {@code pdf/}; links into the portal lose their target (a relative link
 * means nothing in a downloaded file) and absolute web links stay clickable.
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String MEDIA_TYPE = "application/pdf";

    /** The document's base: root-relative references such as {@code /pdf/print.css} land on the class path. */
    static final String BASE_URI = "classpath:/";

    private static final String RESOURCES = "/pdf/";
    private static final String FONT_FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private record Font(String file, String family, int weight, FontStyle style) {}

    private static final List<Font> FONTS = List.of(
            new Font("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Font("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Font("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
            new Font("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    /** Read once: every document embeds a subset, and a font file is 600 kB. */
    private static final Map<String, byte[]> FONT_BYTES = loadFonts();

    @Inject
    Templates templates;

    @Inject
    Clock clock;

    /**
     * @param template path below {@code templates/} without {@code .html}, e.g. {@code policies/policy}
     * @param model the page's own model; {@code pdf}, {@code lang}, {@code dates}, {@code build}
     *     and {@code generatedAt} are added
     */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        Instant now = clock.instant();
        Map<String, Object> full = new HashMap<>();
        full.put("pdf", true);
        full.put("lang", locale.toLanguageTag());
        full.put("dates", new DateFormats(locale));
        full.put("build", BuildInfo.current());
        full.put("generatedAt", now);
        full.putAll(model);
        return convert(templates.render(template, full, locale), now);
    }

    /** HTML (as Thymeleaf wrote it, not necessarily XML) to PDF. */
    static byte[] convert(String html, Instant created) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, BASE_URI);
        for (Element link : parsed.select("a[href]")) {
            if (!isWebLink(link.attr("href")) && !link.attr("href").startsWith("#")) {
                link.removeAttr("href");
            }
        }
        // PDF/UA wants a description (openhtmltopdf reads it from <meta name="subject">); a page
        // that gives none is described by its title.
        if (parsed.head().select("meta[name=subject]").isEmpty()) {
            parsed.head().appendElement("meta").attr("name", "subject").attr("content", parsed.title());
        }
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                .withProducer("Onus " + BuildInfo.current().version())
                .useUriResolver((base, uri) -> resolve(uri))
                .useProtocolsStreamImplementation(PdfRenderer::classPathResource, "classpath")
                .useExternalResourceAccessControl(
                        (uri, type) -> uri != null && uri.startsWith("classpath:" + RESOURCES),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(new W3CDom().fromJsoup(parsed), BASE_URI);
        for (Font font : FONTS) {
            byte[] bytes = FONT_BYTES.get(font.file());
            builder.useFont(() -> new ByteArrayInputStream(bytes), font.family(), font.weight(), font.style(), true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            // The title and author come from <title> and <meta name="author">; the date only from here.
            PDDocumentInformation info = renderer.getPdfDocument().getDocumentInformation();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.setTimeInMillis(created.toEpochMilli());
            info.setCreationDate(when);
            info.setModificationDate(when);
            info.setCreator("Onus");
            renderer.getPdfDocument().save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean isWebLink(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("https:") || h.startsWith("http:") || h.startsWith("mailto:");
    }

    /**
     * Every URI the document names passes here: stylesheets and images must land under
     * {@code classpath:/pdf/}; web links pass through for link annotations only (the access control
     * in {@link #convert} keeps them from being loaded); anything else is dropped.
     */
    static String resolve(String uri) {
        if (uri == null) {
            return null;
        }
        if (isWebLink(uri)) {
            return uri.strip();
        }
        try {
            URI resolved = new URI(BASE_URI).resolve(new URI(uri.strip())).normalize();
            String path = resolved.getPath();
            boolean ours = "classpath".equals(resolved.getScheme())
                    && path != null
                    && (path.equals("/") || path.startsWith(RESOURCES));
            return ours ? resolved.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static FSStream classPathResource(String uri) {
        String path = URI.create(uri).getPath().substring(1);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return PdfRenderer.class.getClassLoader().getResourceAsStream(path);
            }

            @Override
            public Reader getReader() {
                InputStream in = getStream();
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }

    private static Map<String, byte[]> loadFonts() {
        Map<String, byte[]> fonts = new HashMap<>();
        for (Font font : FONTS) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT_FOLDER + font.file())) {
                if (in == null) {
                    throw new IllegalStateException("Font " + font.file() + " is not on the class path");
                }
                fonts.put(font.file(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(fonts);
    }
}
