package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A producer on the entity list as it stood when a list version was made, kept by value with the
 * designation (and series) that names it. Identified across versions by series and normalised name.
 */
@Embeddable
public class ListedEntity {

    @Column(name = "designation_id", nullable = false)
    private UUID designationId;

    @Column(name = "series_id", nullable = false)
    private UUID seriesId;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "normalised_name", nullable = false, length = 500)
    private String normalisedName;

    @Column(name = "region_code", length = 20)
    private String regionCode;

    @Column(name = "aliases", length = 4000)
    private String aliases;

    @Column(name = "former_names", length = 4000)
    private String formerNames;

    @Column(name = "registration_numbers", length = 2000)
    private String registrationNumbers;

    @Column(name = "addresses", length = 4000)
    private String addresses;

    protected ListedEntity() {
        // for JPA
    }

    static ListedEntity of(Designation d, ListedProducer p) {
        return of(
                d.id(),
                d.seriesId(),
                p.name(),
                p.normalisedName(),
                p.regionCode(),
                EntityColumns.join(p.aliases()),
                EntityColumns.join(p.formerNames()),
                EntityColumns.numbers(p.registrationNumbers()),
                EntityColumns.addresses(p.addresses()));
    }

    /** The stored columns as they are (one value a line); tests build rows without a designation. */
    static ListedEntity of(
            UUID designationId,
            UUID seriesId,
            String name,
            String normalisedName,
            String regionCode,
            String aliases,
            String formerNames,
            String registrationNumbers,
            String addresses) {
        ListedEntity e = new ListedEntity();
        e.designationId = designationId;
        e.seriesId = seriesId;
        e.name = name;
        e.normalisedName = normalisedName;
        e.regionCode = regionCode;
        e.aliases = aliases;
        e.formerNames = formerNames;
        e.registrationNumbers = registrationNumbers;
        e.addresses = addresses;
        return e;
    }

    public UUID designationId() {
        return designationId;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public String name() {
        return name;
    }

    public String normalisedName() {
        return normalisedName;
    }

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

    /** Every stored column: what two versions must agree on to share the row. */
    List<Object> rowContent() {
        return java.util.Arrays.asList(
                designationId,
                seriesId,
                name,
                normalisedName,
                regionCode,
                aliases,
                formerNames,
                registrationNumbers,
                addresses);
    }

    /** Series and normalised name: the same entity on two list versions. */
    String key() {
        return seriesId + "/" + normalisedName;
    }

    /** What differs from the same entity on an earlier version: NAME, REGION, ALIASES, FORMER_NAMES, REGISTRATION_NUMBERS, ADDRESSES. */
    List<String> changesSince(ListedEntity before) {
        List<String> changes = new java.util.ArrayList<>();
        if (!name.equals(before.name)) {
            changes.add("NAME");
        }
        if (!Objects.equals(regionCode, before.regionCode)) {
            changes.add("REGION");
        }
        if (!aliases().equals(before.aliases())) {
            changes.add("ALIASES");
        }
        if (!formerNames().equals(before.formerNames())) {
            changes.add("FORMER_NAMES");
        }
        if (!registrationNumbers().equals(before.registrationNumbers())) {
            changes.add("REGISTRATION_NUMBERS");
        }
        if (!addresses().equals(before.addresses())) {
            changes.add("ADDRESSES");
        }
        return changes;
    }
}
