package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A producer a designation names (an entity list): goods with inputs from it are presumed tainted
 * wherever its factory is, within the region given, if any.
 */
@Embeddable
public class ListedProducer {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "\\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|sa|group|holdings?)\\b");

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "normalised_name", nullable = false, length = 500)
    private String normalisedName;

    @Column(name = "region_code", length = 20)
    private String regionCode;

    protected ListedProducer() {
        // for JPA
    }

    public ListedProducer(String name, String regionCode) {
        this.name = name.strip();
        this.normalisedName = normalise(name);
        this.regionCode = regionCode == null || regionCode.isBlank()
                ? null
                : regionCode.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The form names are compared in: case, accents, punctuation and legal forms ("Co., Ltd.")
     * do not make a producer another producer.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        s = NOT_WORD.matcher(s).replaceAll(" ");
        s = LEGAL_FORM.matcher(s).replaceAll(" ");
        return s.trim().replaceAll("\\s+", " ");
    }

    public String name() {
        return name;
    }

    public String normalisedName() {
        return normalisedName;
    }

    /** The region the listing is limited to, or null for anywhere. */
    public String regionCode() {
        return regionCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListedProducer p
                && normalisedName.equals(p.normalisedName)
                && Objects.equals(regionCode, p.regionCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalisedName, regionCode);
    }
}
