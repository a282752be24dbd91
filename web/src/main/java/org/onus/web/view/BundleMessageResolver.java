package org.onus.web.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Resolves {@code #{key}} from one application-wide bundle, {@code i18n/messages*.properties}
 * (UTF-8), falling back to English for keys a translation lacks.
 */
public class BundleMessageResolver extends AbstractMessageResolver {

    public static final String BUNDLE = "i18n.messages";

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Locale locale = context.getLocale();
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, BundleMessageResolver.class.getClassLoader());
        } catch (MissingResourceException e) {
            return null;
        }
        if (!bundle.containsKey(key)) {
            return null;
        }
        String pattern = bundle.getString(key);
        return parameters == null || parameters.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "??";
    }
}
