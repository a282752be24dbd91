package org.onus.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The languages the portal is offered in and the choice for a request (the browser's preference
 * among them). Only complete translations belong in {@code onus.ui.languages}: English is complete;
 * French and Chinese bundles exist and are added here once translated.
 */
@ApplicationScoped
public class Languages {

    @Inject
    @ConfigProperty(name = "onus.ui.languages", defaultValue = "en")
    String configured;

    public List<Locale> supported() {
        return Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Locale::forLanguageTag)
                .toList();
    }

    public Locale choose(HttpServletRequest request) {
        return choose(supported(), request == null ? List.of() : Collections.list(request.getLocales()));
    }

    static Locale choose(List<Locale> supported, List<Locale> preferred) {
        for (Locale wanted : preferred) {
            for (Locale offered : supported) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return supported.isEmpty() ? Locale.ENGLISH : supported.get(0);
    }
}
