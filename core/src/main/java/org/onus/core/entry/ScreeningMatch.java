package org.onus.core.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/**
 * Why an entry was detained, one path at a time: input (or the goods, index -1) → tier → region →
 * the designation whose region covers it. An officer's manual detention adds one line with no
 * designation (who detained the goods, on which grounds, why) and one match per designation cited.
 */
@Embeddable
public class ScreeningMatch {

    /** Null only for the line of a manual detention that names the officer and the grounds cited. */
    @Column(name = "designation_id")
    private UUID designationId;

    @Column(name = "designation_version", nullable = false)
    private int designationVersion;

    @Column(name = "designation_title", nullable = false, length = 500)
    private String designationTitle;

    @Column(name = "input_index", nullable = false)
    private int inputIndex;

    @Column(name = "tier", nullable = false)
    private int tier;

    @Column(name = "region_code", length = 20)
    private String regionCode;

    @Column(name = "designated_region_code", length = 20)
    private String designatedRegionCode;

    @Column(name = "hs_code", length = 10)
    private String hsCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private MatchReason reason;

    @Column(name = "producer", length = 500)
    private String producer;

    /** What of the listing the producer matched: NAME, ALIAS, FORMER_NAME, REGISTRATION_NUMBER; null if none. */
    @Column(name = "producer_match_on", length = 30)
    private String producerMatchOn;

    /** The listed value matched (a name, alias, former name or "SCHEME NUMBER"). */
    @Column(name = "producer_match_value", length = 500)
    private String producerMatchValue;

    protected ScreeningMatch() {
        // for JPA
    }

    public ScreeningMatch(
            UUID designationId,
            int designationVersion,
            String designationTitle,
            int inputIndex,
            int tier,
            String regionCode,
            String designatedRegionCode,
            String hsCode,
            MatchReason reason,
            String producer) {
        this.designationId = designationId;
        this.designationVersion = designationVersion;
        this.designationTitle = designationTitle;
        this.inputIndex = inputIndex;
        this.tier = tier;
        this.regionCode = regionCode;
        this.designatedRegionCode = designatedRegionCode;
        this.hsCode = hsCode;
        this.reason = reason;
        this.producer = producer;
        this.producerMatchOn = producer == null ? null : "NAME";
        this.producerMatchValue = producer;
    }

    /** A path whose producer matched a listing on a name, alias, former name or registration number. */
    public ScreeningMatch(
            UUID designationId,
            int designationVersion,
            String designationTitle,
            int inputIndex,
            int tier,
            String regionCode,
            String designatedRegionCode,
            String hsCode,
            MatchReason reason,
            String producer,
            String producerMatchOn,
            String producerMatchValue) {
        this(
                designationId,
                designationVersion,
                designationTitle,
                inputIndex,
                tier,
                regionCode,
                designatedRegionCode,
                hsCode,
                reason,
                producer);
        this.producerMatchOn = producer == null ? null : producerMatchOn;
        this.producerMatchValue = producer == null ? null : producerMatchValue;
    }

    /** What of the listing the input's producer matched (NAME, ALIAS, FORMER_NAME, REGISTRATION_NUMBER), or null. */
    public String producerMatchOn() {
        return producerMatchOn;
    }

    /** The listed value the producer matched, or null. */
    public String producerMatchValue() {
        return producerMatchValue;
    }

    /** The designation behind this path; null for the line that records a manual detention. */
    public UUID designationId() {
        return designationId;
    }

    public int designationVersion() {
        return designationVersion;
    }

    public String designationTitle() {
        return designationTitle;
    }

    /** 0-based index into the disclosed inputs, or -1 for the goods themselves. */
    public int inputIndex() {
        return inputIndex;
    }

    public int tier() {
        return tier;
    }

    public String regionCode() {
        return regionCode;
    }

    public String designatedRegionCode() {
        return designatedRegionCode;
    }

    public String hsCode() {
        return hsCode;
    }

    public MatchReason reason() {
        return reason;
    }

    /** A line of an officer's detention by hand: the officer's own, or a designation they cited. */
    public boolean isManual() {
        return reason == MatchReason.MANUAL;
    }

    public boolean isListedProducer() {
        return reason == MatchReason.LISTED_PRODUCER;
    }

    public boolean isDisclosureNotRefined() {
        return reason == MatchReason.DISCLOSURE_NOT_REFINED;
    }

    public String producer() {
        return producer;
    }
}
