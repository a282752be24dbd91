package org.onus.core.persistence.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the region files of {@code db/data/regions} into the {@code region} table: inserts new
 * regions, updates changed ones, and marks regions that left the files as retired (never deletes,
 * so nothing that cites a region breaks). Idempotent, so a later migration can run it again after
 * the files change.
 */
public final class RegionReferenceData {

    static final String ROOT = "db/data/regions/";
    static final List<String> FILES =
            List.of("countries.tsv", "china-provinces.tsv", "xinjiang.tsv", "tibet.tsv", "xpcc.tsv");

    /** One line of a region file. */
    record Row(String code, String parent, String level, String name, String nameZh, String altNames) {}

    private RegionReferenceData() {}

    /** All rows of all files, in load order (parents first), checked for consistency. */
    static List<Row> read() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = RegionReferenceData.class.getClassLoader().getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new IOException("Region file " + ROOT + file + " is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 6 || f[0].isBlank() || f[2].isBlank() || f[3].isBlank()) {
                        throw new IOException(
                                file + ":" + number + ": expected 6 tab-separated fields with code, level and name");
                    }
                    Row row = new Row(
                            f[0].strip(),
                            blankToNull(f[1]),
                            f[2].strip(),
                            f[3].strip(),
                            blankToNull(f[4]),
                            blankToNull(f[5]));
                    if (rows.containsKey(row.code())) {
                        throw new IOException(file + ":" + number + ": region " + row.code() + " appears twice");
                    }
                    if (row.parent() != null && !rows.containsKey(row.parent())) {
                        throw new IOException(file + ":" + number + ": parent " + row.parent() + " of " + row.code()
                                + " must come earlier");
                    }
                    rows.put(row.code(), row);
                }
            }
        }
        return List.copyOf(rows.values());
    }

    /**
     * Each region's parent code (null for countries), parents first: the whole tree as the files
     * have it, for code that needs the tree without a database (benchmarks).
     */
    public static Map<String, String> parents() throws IOException {
        Map<String, String> parents = new LinkedHashMap<>();
        for (Row row : read()) {
            parents.put(row.code(), row.parent());
        }
        return parents;
    }

    public static void load(Connection connection) throws IOException, SQLException {
        List<Row> rows = read();
        Set<String> existing = new HashSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select code from region")) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        Map<String, String> paths = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                        "insert into region "
                                + "(code, parent_code, level, name, name_zh, alt_names, path, retired) values (?, ?, ?, ?, ?, ?, ?, false)");
                PreparedStatement update = connection.prepareStatement("update region set parent_code = ?, level = ?, "
                        + "name = ?, name_zh = ?, alt_names = ?, path = ?, retired = false where code = ?")) {
            for (Row row : rows) {
                String path = row.parent() == null ? row.code() : paths.get(row.parent()) + "/" + row.code();
                paths.put(row.code(), path);
                if (existing.contains(row.code())) {
                    update.setString(1, row.parent());
                    update.setString(2, row.level());
                    update.setString(3, row.name());
                    update.setString(4, row.nameZh());
                    update.setString(5, row.altNames());
                    update.setString(6, path);
                    update.setString(7, row.code());
                    update.executeUpdate();
                } else {
                    insert.setString(1, row.code());
                    insert.setString(2, row.parent());
                    insert.setString(3, row.level());
                    insert.setString(4, row.name());
                    insert.setString(5, row.nameZh());
                    insert.setString(6, row.altNames());
                    insert.setString(7, path);
                    insert.executeUpdate();
                }
            }
        }
        List<String> gone = new ArrayList<>(existing);
        gone.removeAll(paths.keySet());
        try (PreparedStatement retire =
                connection.prepareStatement("update region set retired = true where code = ?")) {
            for (String code : gone) {
                retire.setString(1, code);
                retire.executeUpdate();
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
