package org.onus.core.screening;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onus.core.geography.Region;
import org.onus.core.geography.RegionDirectory;

/** The region hierarchy as screening needs it: every code, and each code's parent. */
public interface RegionTree {

    /** Every region code of the tree. */
    Collection<String> codes();

    /** The parent's code, or null for a country (and for a code the tree does not know). */
    String parentOf(String code);

    /** A tree from a map of code to parent code (null values for countries). */
    static RegionTree of(Map<String, String> parentByCode) {
        Map<String, String> copy = new LinkedHashMap<>(parentByCode);
        return new RegionTree() {
            @Override
            public Collection<String> codes() {
                return copy.keySet();
            }

            @Override
            public String parentOf(String code) {
                return copy.get(code);
            }
        };
    }

    /** The tree of the region directory, as it is now (retired regions included: something may cite them). */
    static RegionTree of(RegionDirectory directory) {
        List<Region> all = directory.all();
        Map<String, String> parents = new LinkedHashMap<>();
        for (Region r : all) {
            parents.put(r.code(), r.parentCode());
        }
        return of(parents);
    }
}
