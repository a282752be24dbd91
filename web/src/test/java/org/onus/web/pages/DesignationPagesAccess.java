package org.onus.web.pages;

import java.util.List;
import org.onus.core.designation.RiskAssessment;

/** Lets template tests build the matrix rows the pages build. */
public final class DesignationPagesAccess {

    private DesignationPagesAccess() {}

    public static List<DesignationPages.CellRow> cells(RiskAssessment assessment) {
        return DesignationPages.cells(assessment);
    }
}
