package org.onus.web.view;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
 * <p>Documents are tagged PDF (PDF/UA), and PDF/UA requires every font embedded (the base-14 PDF
 * fonts cover Latin-1 only anyway). Each script has an embedded, subset TrueType font, chosen by
 * the font-family lists of {@code pdf/print.css}: DejaVu Sans for Latin, Greek and Cyrillic (and
 * Arabic in a Latin document), Noto Naskh Arabic for Arabic documents, Noto Sans SC for Chinese.
 * Arabic is shaped and put in right-to-left order with ICU4J; the document's direction follows its
 * language. The fonts' own substitutions (GSUB) are switched off: PDFBox would otherwise put
 * Latin ligatures such as "ff" into the text layer, so an id like {@code cf108ffb} would not
 * copy as typed; Arabic needs no GSUB because ICU has already chosen each letter's form.
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
    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
    /** Noto fonts from Google Fonts (SIL OFL 1.1); see docs/DOCUMENTS.md for their source and subset. */
    private static final String NOTO = "fonts/noto/";

    record Font(String resource, String family, int weight, FontStyle style) {}

    static final List<Font> FONTS = List.of(
            new Font(DEJAVU + "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Font(DEJAVU + "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Font(DEJAVU + "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Font(DEJAVU + "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
            new Font(DEJAVU + "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
            new Font(NOTO + "NotoSansSC-Regular.ttf", "Noto Sans SC", 400, FontStyle.NORMAL),
            new Font(NOTO + "NotoSansSC-Bold.ttf", "Noto Sans SC", 700, FontStyle.NORMAL),
            new Font(NOTO + "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400, FontStyle.NORMAL),
            new Font(NOTO + "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700, FontStyle.NORMAL));

    /** Read once: every document embeds a subset, and the Chinese fonts are 7 MB each. */
    private static final Map<String, byte[]> FONT_BYTES = loadFonts();

    static {
        // openhtmltopdf's own logger writes to stderr, which the server records as errors.
        XRLog.setLoggerImpl(new ServerLog());
    }

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
        full.put("dir", rightToLeft(locale.getLanguage()) ? "rtl" : "ltr");
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
        Element root = parsed.selectFirst("html");
        String language = root == null ? "" : root.attr("lang");
        boolean rtl = rightToLeft(language);
        if (root != null && !root.hasAttr("dir")) {
            root.attr("dir", rtl ? "rtl" : "ltr");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .usePdfUaAccessibility(true)
                    .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                    .withProducer("Onus " + BuildInfo.current().version())
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .defaultTextDirection(rtl ? TextDirection.RTL : TextDirection.LTR)
                    // Lines still break with openhtmltopdf's own breaker (the JDK's, which also breaks
                    // between Chinese characters, kept from splitting web addresses), not ICU's,
                    // which would break a source's URL after "https://".
                    .useUriResolver((base, uri) -> resolve(uri))
                    .useProtocolsStreamImplementation(PdfRenderer::classPathResource, "classpath")
                    .useExternalResourceAccessControl(
                            (uri, type) -> uri != null && uri.startsWith("classpath:" + RESOURCES),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(new W3CDom().fromJsoup(parsed), BASE_URI);
            for (Font font : FONTS) {
                builder.useFont(
                        new LazyFont(document, FONT_BYTES.get(font.resource())),
                        font.family(),
                        font.weight(),
                        font.style(),
                        true);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            // The title and author come from <title> and <meta name="author">; the date only from here.
            PDDocumentInformation info = document.getDocumentInformation();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.setTimeInMillis(created.toEpochMilli());
            info.setCreationDate(when);
            info.setModificationDate(when);
            info.setCreator("Onus");
            document.save(out);
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
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(font.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Font " + font.resource() + " is not on the class path");
                }
                fonts.put(font.resource(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(fonts);
    }
    /** Arabic is the one right-to-left language of the six; Persian, Urdu and Hebrew would be too. */
    static boolean rightToLeft(String languageTag) {
        String language =
                Locale.forLanguageTag(languageTag == null ? "" : languageTag).getLanguage();
        return Set.of("ar", "fa", "ur", "he").contains(language);
    }

    /**
     * A font parsed only when the layout first needs one of its characters: a Latin document never
     * reads the Chinese fonts. GSUB is off (see the class comment).
     */
    private static final class LazyFont extends PDFontSupplier {

        private final PDDocument document;
        private final byte[] bytes;
        private PDFont font;

        LazyFont(PDDocument document, byte[] bytes) {
            super(null);
            this.document = document;
            this.bytes = bytes;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /**
     * openhtmltopdf's messages through java.util.logging, which WildFly routes to its log: its
     * progress notes (INFO) become FINE, so a normal document leaves no line in the server log,
     * while warnings (a missing resource, a CSS error) stay warnings.
     */
    static final class ServerLog implements XRLogger {

        private static Level level(Level level) {
            return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
        }

        @Override
        public void log(String where, Level level, String message) {
            Logger.getLogger(where).log(level(level), message);
        }

        @Override
        public void log(String where, Level level, String message, Throwable th) {
            Logger.getLogger(where).log(level(level), message, th);
        }

        @Override
        public void setLevel(String where, Level level) {
            // The server's logging configuration decides.
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(level(diagnostic.getLevel()));
        }
    }
}
