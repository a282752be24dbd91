package org.onus.core.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One input (or the goods, index -1) declared too coarsely to be cleared: its region contains a
 * designated region of a designation whose sectors cover it, or it names no region at all. The
 * importer refines it by naming the precise region (the prefecture or county).
 */
@Embeddable
public class DisclosureRefinement {

    @Column(name = "input_index", nullable = false)
    private int inputIndex;

    /** The region as declared; null when none was. */
    @Column(name = "region_code", length = 20)
    private String regionCode;

    /** The designation's regions inside the declared one, comma-separated. */
    @Column(name = "designated_region_codes", nullable = false, length = 1000)
    private String designatedRegionCodes;

    @Column(name = "designation_id", nullable = false)
    private UUID designationId;

    @Column(name = "designation_version", nullable = false)
    private int designationVersion;

    @Column(name = "designation_title", nullable = false, length = 500)
    private String designationTitle;

    /** The designation's sectors that cover the input, comma-separated. */
    @Column(name = "sector_codes", nullable = false, length = 500)
    private String sectorCodes;

    /** Whether a sector of these holds the goods until the disclosure is refined. */
    @Column(name = "held", nullable = false)
    private boolean held;

    protected DisclosureRefinement() {
        // for JPA
    }

    public DisclosureRefinement(
            int inputIndex,
            String regionCode,
            List<String> designatedRegionCodes,
            UUID designationId,
            int designationVersion,
            String designationTitle,
            List<String> sectorCodes,
            boolean held) {
        this.inputIndex = inputIndex;
        this.regionCode = regionCode;
        this.designatedRegionCodes = cut(String.join(",", designatedRegionCodes), 1000);
        this.designationId = designationId;
        this.designationVersion = designationVersion;
        this.designationTitle = cut(designationTitle, 500);
        this.sectorCodes = cut(String.join(",", sectorCodes), 500);
        this.held = held;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** 0-based index into the disclosed inputs, or -1 for the goods themselves (no inputs disclosed). */
    public int inputIndex() {
        return inputIndex;
    }

    public String regionCode() {
        return regionCode;
    }

    public List<String> designatedRegionCodes() {
        return split(designatedRegionCodes);
    }

    public UUID designationId() {
        return designationId;
    }

    public int designationVersion() {
        return designationVersion;
    }

    public String designationTitle() {
        return designationTitle;
    }

    public List<String> sectorCodes() {
        return split(sectorCodes);
    }

    public boolean held() {
        return held;
    }

    /** Why this input needs refining, in words. */
    public String why() {
        String what = inputIndex < 0
                ? "The goods (no inputs disclosed) come from "
                : "Input " + (inputIndex + 1) + " is declared at ";
        String where = regionCode == null
                ? "no region"
                : regionCode + ", which contains " + String.join(", ", designatedRegionCodes());
        return what + where + ", designated by " + designationTitle + " for " + String.join(", ", sectorCodes())
                + ": name the precise region" + (held ? "" : " (the hold is switched off for this sector)");
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
