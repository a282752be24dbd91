package org.onus.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The Thymeleaf engine: templates from {@code templates/} on the class path, messages from the bundle. */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;

    @Inject
    @ConfigProperty(name = "onus.ui.template-cache", defaultValue = "true")
    boolean cache;

    private TemplateEngine engine;
    private JakartaServletWebApplication application;

    @PostConstruct
    void init() {
        engine = createEngine(cache);
        application = JakartaServletWebApplication.buildApplication(servletContext);
    }

    static TemplateEngine createEngine(boolean cache) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(cache);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
        engine.setLinkBuilder(new RootLinkBuilder());
        return engine;
    }

    public void render(
            String template,
            Map<String, Object> model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Writer out) {
        Map<String, Object> withTemplate = new java.util.HashMap<>(model);
        // Names the template in the page's head, so tests can tell pages of one template apart.
        withTemplate.put("viewTemplate", template);
        WebContext context = new WebContext(application.buildExchange(request, response), locale, withTemplate);
        engine.process(template, context, out);
    }

    /**
     * Renders outside a request, for documents (PDFs) that may also be produced by background work.
     * {@code @{/path}} links come out root-relative, as the portal is deployed at {@code /}.
     */
    public String render(String template, Map<String, Object> model, Locale locale) {
        StringWriter out = new StringWriter();
        engine.process(template, new Context(locale, model), out);
        return out.toString();
    }

    /** Thymeleaf refuses context-relative links without a servlet request; the portal's context is {@code /}. */
    static final class RootLinkBuilder extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : "";
        }
    }
}
