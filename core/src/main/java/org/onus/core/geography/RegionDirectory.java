package org.onus.core.geography;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The region tree, held in memory: a few hundred rows that change only when a migration changes
 * them, read on every screening and every form. Loaded once per deployment.
 */
@ApplicationScoped
public class RegionDirectory {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    private volatile Tree tree;

    @PostConstruct
    void load() {
        tree = new Tree(
                entityManager.createNamedQuery("Region.findAll", Region.class).getResultList());
    }

    public Optional<Region> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(tree.byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** All regions, parents before children. */
    public List<Region> all() {
        return tree.ordered;
    }

    /** English names by code, parents before children: what pages show in place of codes. */
    public java.util.Map<String, String> namesByCode() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Region r : all()) {
            names.put(r.code(), r.name());
        }
        return names;
    }

    /** Names by code in the reader's language (see {@link Region#nameIn}), parents before children. */
    public Map<String, String> namesByCode(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Region r : all()) {
            names.put(r.code(), r.nameIn(locale));
        }
        return names;
    }

    /** Countries, in name order. */
    public List<Region> countries() {
        return children(null);
    }

    /** Direct children, in name order; countries for {@code null}. */
    public List<Region> children(String parentCode) {
        return tree.children.getOrDefault(parentCode, List.of());
    }

    public boolean hasChildren(String code) {
        return !children(code).isEmpty();
    }

    /** From the country down to the region itself. */
    public List<Region> lineage(Region region) {
        List<Region> lineage = new ArrayList<>();
        for (String code : region.path().split("/")) {
            find(code).ifPresent(lineage::add);
        }
        return lineage;
    }

    /**
     * Regions whose code, English or Chinese name or alternative name contains the text (accents
     * and case ignored), optionally only inside one region; retired ones last.
     */
    public List<Region> search(String text, String withinCode) {
        String needle = fold(text == null ? "" : text);
        Region within = withinCode == null || withinCode.isBlank()
                ? null
                : find(withinCode).orElse(null);
        if (withinCode != null && !withinCode.isBlank() && within == null) {
            return List.of();
        }
        return tree.ordered.stream()
                .filter(r -> within == null || (r.isWithin(within) && !r.code().equals(within.code())))
                .filter(r -> needle.isEmpty() || tree.searchText.get(r.code()).contains(needle))
                .sorted(Comparator.comparing(Region::retired)
                        .thenComparing(r -> !fold(r.code()).equals(needle))
                        .thenComparing(r -> r.level().ordinal())
                        .thenComparing(Region::name))
                .toList();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("’", "'")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    private static final class Tree {
        final Map<String, Region> byCode = new LinkedHashMap<>();
        final Map<String, List<Region>> children = new LinkedHashMap<>();
        final Map<String, String> searchText = new LinkedHashMap<>();
        final List<Region> ordered;

        Tree(List<Region> regions) {
            this.ordered = List.copyOf(regions);
            for (Region r : regions) {
                byCode.put(r.code(), r);
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
                searchText.put(
                        r.code(),
                        fold(String.join(
                                " ",
                                r.code(),
                                r.name(),
                                r.nameZh() == null ? "" : r.nameZh(),
                                String.join(" ", r.altNames()))));
            }
            children.replaceAll((parent, list) ->
                    list.stream().sorted(Comparator.comparing(Region::name)).toList());
        }
    }
}
