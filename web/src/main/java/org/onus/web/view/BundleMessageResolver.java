package org.onus.web.view;

import java.text.MessageFormat;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves {@code #{key}} from the portal's bundles ({@link Messages}), falling back to English. */
public class BundleMessageResolver extends AbstractMessageResolver {

    /** The shared bundle (layout, roles, errors, navigation); areas have bundles of their own. */
    public static final String BUNDLE = "i18n.messages";

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return Messages.pattern(context.getLocale(), key)
                .map(p -> parameters == null || parameters.length == 0
                        ? p
                        : new MessageFormat(p, context.getLocale()).format(parameters))
                .orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "??";
    }
}
