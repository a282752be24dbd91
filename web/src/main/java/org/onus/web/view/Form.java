package org.onus.web.view;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onus.core.problem.Problem;

/**
 * A form as the person filled it in, with what is wrong with it: a refused form comes back with
 * every value kept and every error beside its field (and in the summary at the top).
 */
public final class Form {

    /** The "field" of problems that concern the whole form, shown only in the summary. */
    public static final String GENERAL = "_form";

    private final Map<String, String> values;
    private final List<Problem> problems;

    private Form(Map<String, String> values, List<Problem> problems) {
        this.values = values;
        this.problems = problems;
    }

    public static Form empty() {
        return new Form(Map.of(), List.of());
    }

    public static Form of(Map<String, String> values) {
        return new Form(new LinkedHashMap<>(values), List.of());
    }

    /** The submitted fields (read through the servlet API, which also serves the CSRF check). */
    public static Form from(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> values.put(k, v.length == 0 ? "" : String.join("\n", v)));
        values.remove("_csrf");
        return new Form(values, List.of());
    }

    public Form withProblems(List<Problem> found) {
        return new Form(values, List.copyOf(found));
    }

    public Form withProblem(String field, String message) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(new Problem(field, message));
        return new Form(values, all);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        String v = values.get(field);
        return v != null && (v.equals("true") || v.equals("on") || v.equals("yes"));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean hasError(String field) {
        return problems.stream().anyMatch(p -> p.code().equals(field));
    }

    public List<String> errors(String field) {
        return problems.stream()
                .filter(p -> p.code().equals(field))
                .map(Problem::message)
                .toList();
    }
}
