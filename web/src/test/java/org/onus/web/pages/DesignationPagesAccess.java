package org.onus.web.pages;

import java.util.List;
import org.onus.core.designation.RiskAssessment;

/** Lets template tests build the matrix rows the pages build. */
public final class DesignationPagesAccess {

    private DesignationPagesAccess() {}

    public static List<DesignationPages.CellRow> cells(RiskAssessment assessment) {
        return DesignationPages.cells(assessment);
    }

    /** A refused form of the page, its problems named as the fields of the form with this prefix. */
    public static org.onus.web.view.Form prefixed(org.onus.web.view.Form form, String prefix) {
        return DesignationPages.prefixed(form, prefix);
    }
}
