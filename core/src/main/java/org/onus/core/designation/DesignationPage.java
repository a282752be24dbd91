package org.onus.core.designation;

import java.util.List;

/** One page of designations and how many match in all. */
public record DesignationPage(List<Designation> items, long total) {

    public DesignationPage {
        items = List.copyOf(items);
    }
}
