package org.onus.web.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A page to render: a Thymeleaf template under {@code templates/} and its model. */
public final class View {

    private final String template;
    private final Map<String, Object> model = new LinkedHashMap<>();

    private View(String template) {
        this.template = template;
    }

    /** @param template path below {@code templates/} without {@code .html}, e.g. {@code home/index} */
    public static View of(String template) {
        return new View(template);
    }

    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public String template() {
        return template;
    }

    public Map<String, Object> model() {
        return Collections.unmodifiableMap(model);
    }
}
