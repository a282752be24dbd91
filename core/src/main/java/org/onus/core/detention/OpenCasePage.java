package org.onus.core.detention;

import java.util.List;

/** One page of open cases and how many are open in all. */
public record OpenCasePage(List<OpenCaseRow> rows, long total) {

    public OpenCasePage {
        rows = List.copyOf(rows);
    }

    public static OpenCasePage empty() {
        return new OpenCasePage(List.of(), 0);
    }
}
