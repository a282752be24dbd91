package org.onus.core.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What keeps a disclosure from being cleared, and the designation whose presumption it leaves
 * open. Of two kinds:
 *
 * <ul>
 *   <li>{@link Kind#REGION}: one input (or the goods, index -1) declared too coarsely: its region
 *       contains a designated region of a designation whose sectors cover it, or it names no
 *       region at all. The importer refines it by naming the precise region.
 *   <li>{@link Kind#MASS_BALANCE}: the declared inputs cannot account for the goods at a stage of
 *       the sector's conversion chain, the thresholds table says to hold for it, and a designation
 *       in force covers that stage or the goods: the missing input could come from its regions.
 *       The importer completes the disclosure (the missing inputs, or corrected quantities).
 * </ul>
 */
@Embeddable
public class DisclosureRefinement {

    /** Why the disclosure needs refining. */
    public enum Kind {
        REGION,
        MASS_BALANCE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind = Kind.REGION;

    /** For a mass-balance refinement: the chain stage whose declared inputs fall short. */
    @Column(name = "stage", length = 200)
    private String stage;

    /** For a mass-balance refinement: the arithmetic of the shortfall (English data). */
    @Column(name = "detail", length = 1000)
    private String detail;

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

    /**
     * The declared inputs cannot account for the goods at a stage, and the thresholds table holds
     * for it: the designation in force covering the stage or the goods is what the shortfall
     * leaves open. Always held: the regulators' table said so.
     */
    public static DisclosureRefinement massBalance(
            String stage,
            String arithmetic,
            List<String> designatedRegionCodes,
            UUID designationId,
            int designationVersion,
            String designationTitle,
            List<String> sectorCodes) {
        DisclosureRefinement r = new DisclosureRefinement(
                -1,
                null,
                designatedRegionCodes,
                designationId,
                designationVersion,
                designationTitle,
                sectorCodes,
                true);
        r.kind = Kind.MASS_BALANCE;
        r.stage = cut(stage, 200);
        r.detail = cut(arithmetic, 1000);
        return r;
    }

    public Kind kind() {
        return kind;
    }

    /** The chain stage that falls short (mass balance), or null. */
    public String stage() {
        return stage;
    }

    /** The shortfall's arithmetic (mass balance), or null. */
    public String detail() {
        return detail;
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
        if (kind == Kind.MASS_BALANCE) {
            return "The declared inputs cannot account for the goods at the stage " + stage + " (" + detail
                    + "). The missing input could come from " + String.join(", ", designatedRegionCodes())
                    + ", designated by " + designationTitle + " for " + String.join(", ", sectorCodes())
                    + ": declare the missing inputs with their regions and quantities, or correct the quantities";
        }
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
