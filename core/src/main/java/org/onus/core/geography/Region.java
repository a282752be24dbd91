package org.onus.core.geography;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.Immutable;

/** A country, province, prefecture, county or Corps unit. */
@Entity
@Table(name = "region")
@Immutable
@Cacheable
@NamedQuery(name = "Region.findAll", query = "select r from Region r order by r.path")
public class Region {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "parent_code", length = 20)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private RegionLevel level;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_zh", length = 200)
    private String nameZh;

    @Column(name = "alt_names", length = 1000)
    private String altNames;

    /** Codes from the root down to this region, slash-separated: {@code CN/650000/653100/653125}. */
    @Column(name = "path", nullable = false, length = 200)
    private String path;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected Region() {
        // for JPA
    }

    public String code() {
        return code;
    }

    /** Null for countries. */
    public String parentCode() {
        return parentCode;
    }

    public RegionLevel level() {
        return level;
    }

    public String name() {
        return name;
    }

    public String nameZh() {
        return nameZh;
    }

    /**
     * The name to show to a reader of {@code locale}: the Chinese name on Chinese pages (people reading
     * Chinese know these places by it), else the English one, which every region has.
     */
    public String nameIn(Locale locale) {
        return isChinese(locale) && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }

    /** The other name: English on Chinese pages, Chinese elsewhere; null when there is none. */
    public String otherNameIn(Locale locale) {
        if (isChinese(locale)) {
            return name;
        }
        return nameZh == null || nameZh.isBlank() ? null : nameZh;
    }

    static boolean isChinese(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh");
    }

    public List<String> altNames() {
        return altNames == null || altNames.isBlank()
                ? List.of()
                : Arrays.stream(altNames.split("\\|"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public String path() {
        return path;
    }

    /** No longer in the reference files; kept because something may still cite it. */
    public boolean retired() {
        return retired;
    }

    /** Whether this region is {@code other} or lies inside it. */
    public boolean isWithin(Region other) {
        return path.equals(other.path) || path.startsWith(other.path + "/");
    }
}
