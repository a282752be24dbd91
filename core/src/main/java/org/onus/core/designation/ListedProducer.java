package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A producer a designation names (an entity list): goods with inputs from it are presumed tainted
 * wherever its factory is, within the region given, if any. It may be known by aliases and former
 * names, carry registration numbers, and have addresses; screening matches on all of them.
 *
 * <p>A listing taken off by a granted removal request stays on the designation as history
 * ({@link #delisted()}), but no longer screens and is no longer on the list.
 */
@Embeddable
public class ListedProducer {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEGAL_FORM = Pattern.compile("\\b(" + String.join("|", legalForms()) + ")\\b");
    /** Chinese legal forms, written inside the name without spaces: 有限公司, 股份有限公司, 集团. */
    private static final Pattern CJK_LEGAL_FORM = Pattern.compile("(股份)?有限(责任)?公司|集团|公司");

    /**
     * Legal forms dropped from names, as whole words, in lower case. {@code ProducerNames} (the
     * fast path) drops the same.
     */
    public static String[] legalForms() {
        return new String[] {
            "co",
            "company",
            "corp",
            "corporation",
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "llc",
            "plc",
            "gmbh",
            "sa",
            "group",
            "holding",
            "holdings",
            "llp",
            "ag",
            "kg",
            "bv",
            "nv",
            "srl",
            "spa",
            "pte",
            "pty",
            "jsc",
            "ojsc",
            "pjsc",
            "ooo",
            "oao",
            "zao",
            "sarl",
            "sas"
        };
    }

    /**
     * Spelling variants of one word, each written as its canonical form: older and Uyghur or
     * pinyin transliterations of place names that producers carry in their names, and common
     * abbreviations. Applied word by word after legal forms are dropped.
     */
    public static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("sinkiang", "xinjiang"),
            Map.entry("urumchi", "urumqi"),
            Map.entry("wulumuqi", "urumqi"),
            Map.entry("khotan", "hotan"),
            Map.entry("hetian", "hotan"),
            Map.entry("kashi", "kashgar"),
            Map.entry("kuerle", "korla"),
            Map.entry("turfan", "turpan"),
            Map.entry("tulufan", "turpan"),
            Map.entry("kumul", "hami"),
            Map.entry("yili", "ili"),
            Map.entry("akesu", "aksu"),
            Map.entry("xizang", "tibet"),
            Map.entry("intl", "international"),
            Map.entry("mfg", "manufacturing"),
            Map.entry("tech", "technology"),
            Map.entry("sci", "science"));

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "normalised_name", nullable = false, length = 500)
    private String normalisedName;

    @Column(name = "region_code", length = 20)
    private String regionCode;

    /** Aliases, one per line. */
    @Column(name = "aliases", length = 4000)
    private String aliases;

    /** Former names, one per line. */
    @Column(name = "former_names", length = 4000)
    private String formerNames;

    /** "SCHEME NUMBER", one per line. */
    @Column(name = "registration_numbers", length = 2000)
    private String registrationNumbers;

    /** "REGION\tLINE" (region empty when unknown), one per line. */
    @Column(name = "addresses", length = 4000)
    private String addresses;

    /** When a granted removal request took it off the list; null while listed. */
    @Column(name = "delisted_at")
    private Instant delistedAt;

    /** The removal request that took it off. */
    @Column(name = "delisted_by", length = 40)
    private String delistedBy;

    protected ListedProducer() {
        // for JPA
    }

    public ListedProducer(String name, String regionCode) {
        this(name, regionCode, List.of(), List.of(), List.of(), List.of());
    }

    public ListedProducer(
            String name,
            String regionCode,
            List<String> aliases,
            List<String> formerNames,
            List<RegistrationNumber> registrationNumbers,
            List<EntityAddress> addresses) {
        this.name = name.strip();
        this.normalisedName = normalise(name);
        this.regionCode = regionCode == null || regionCode.isBlank()
                ? null
                : regionCode.strip().toUpperCase(Locale.ROOT);
        this.aliases = EntityColumns.join(distinct(aliases));
        this.formerNames = EntityColumns.join(distinct(formerNames));
        this.registrationNumbers = EntityColumns.numbers(registrationNumbers);
        this.addresses = EntityColumns.addresses(addresses);
    }

    /** The same listing with another set of particulars: what an amendment that edits it makes. */
    ListedProducer copy() {
        return new ListedProducer(name, regionCode, aliases(), formerNames(), registrationNumbers(), addresses());
    }

    /**
     * The form names are compared in: case, width, accents, punctuation, legal forms ("Co.,
     * Ltd.", "有限公司") and common transliteration variants ("Sinkiang") do not make a producer
     * another producer.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        s = CJK_LEGAL_FORM.matcher(s).replaceAll(" ");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        s = LEGAL_FORM.matcher(s).replaceAll(" ");
        s = s.trim();
        if (s.isEmpty()) {
            return s;
        }
        String[] words = s.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            words[i] = VARIANTS.getOrDefault(words[i], words[i]);
        }
        return String.join(" ", words);
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

    public List<String> aliases() {
        return EntityColumns.split(aliases);
    }

    public List<String> formerNames() {
        return EntityColumns.split(formerNames);
    }

    public List<RegistrationNumber> registrationNumbers() {
        return EntityColumns.numbers(registrationNumbers);
    }

    public List<EntityAddress> addresses() {
        return EntityColumns.addresses(addresses);
    }

    /** Whether a granted removal request took it off the list. */
    public boolean delisted() {
        return delistedAt != null;
    }

    public Instant delistedAt() {
        return delistedAt;
    }

    /** The reference of the removal request that took it off, or null. */
    public String delistedBy() {
        return delistedBy;
    }

    void delist(String request, Instant at) {
        this.delistedBy = request;
        this.delistedAt = at;
    }

    /** Whether every particular (names, numbers, addresses, region) is the same. */
    public boolean sameParticularsAs(ListedProducer other) {
        return name.equals(other.name)
                && Objects.equals(regionCode, other.regionCode)
                && aliases().equals(other.aliases())
                && formerNames().equals(other.formerNames())
                && registrationNumbers().equals(other.registrationNumbers())
                && addresses().equals(other.addresses());
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(
                values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList()));
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
