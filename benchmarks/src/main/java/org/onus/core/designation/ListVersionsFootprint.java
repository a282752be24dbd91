package org.onus.core.designation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.onus.core.persistence.DatabaseMigrations;
import org.onus.core.persistence.migration.V1_0__ProcessEngineSchema;
import org.onus.core.persistence.migration.V2_3__Region_reference_data;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What list versions cost in PostgreSQL stored as copies and as shared rows (issue 14): 10,000
 * designations, each naming one producer, published 50 at a time as 200 list versions.
 *
 * <pre>
 * java -cp benchmarks.jar org.onus.core.designation.ListVersionsFootprint [designations] [batches]
 * </pre>
 *
 * Copies: a database at the schema before shared rows (V6_24) gets every version's whole list, as
 * publications used to store it. That database is then migrated (V6_30 converts the copies) and the
 * shared rows it ends with are measured too. Shared rows: a fresh database at the current schema
 * gets the same publications through {@link ListRows}, as {@link DesignationRepository} stores them,
 * and a few versions are read back and compared with their copies. Sizes are
 * {@code pg_total_relation_size} (table, indexes and TOAST) after {@code VACUUM ANALYZE}. Server as
 * for the other benchmarks: {@code ONUS_BENCH_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), {@code ONUS_BENCH_PG_USER} (default postgres),
 * {@code ONUS_BENCH_PG_PASSWORD}. It lives in core's package only to reach {@link ListRows}.
 */
public final class ListVersionsFootprint {

    /** Designations superseded by each version after the first. */
    private static final int CHANGES = 5;

    private static final Instant AT = Instant.parse("2026-12-04T00:00:00Z");

    private ListVersionsFootprint() {}

    public static void main(String[] args) throws Exception {
        int designations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int perBatch = designations / batches;
        // Each version adds a batch; from the second on, it also supersedes CHANGES earlier
        // designations (a new version of each, naming its producer again), so rows close too.
        List<List<ListedDesignation>> entries = new ArrayList<>();
        List<List<ListedEntity>> entities = new ArrayList<>();
        List<ListedDesignation> current = new ArrayList<>();
        for (int n = 1; n <= batches; n++) {
            int before = current.size();
            for (int k = 0; k < CHANGES && before > 0; k++) {
                int j = (n * 37 + k * 101) % before;
                current.set(j, supersede(current.get(j)));
            }
            for (int i = 0; i < perBatch; i++) {
                current.add(designation(before + i));
            }
            List<ListedDesignation> listed = ListRows.entriesInListOrder(current);
            entries.add(listed);
            entities.add(listed.stream().map(ListVersionsFootprint::producer).toList());
        }
        System.out.printf(
                Locale.ROOT,
                "%d designations, %d added a version, %d superseded a version, %d versions%n",
                perBatch * batches,
                perBatch,
                CHANGES,
                batches);

        String copies = createDatabase();
        String shared = createDatabase();
        try {
            DataSource copiesDb = dataSource(copies);
            migrate(copiesDb, "6.24");
            long start = System.nanoTime();
            try (Connection c = copiesDb.getConnection()) {
                for (int n = 1; n <= batches; n++) {
                    publishCopy(c, n, entries.get(n - 1), entities.get(n - 1));
                }
            }
            long copyMillis = (System.nanoTime() - start) / 1_000_000;
            report("copies", copiesDb, copyMillis, "designation_list_entry", "designation_list_entity");

            start = System.nanoTime();
            migrate(copiesDb, null);
            long migrateMillis = (System.nanoTime() - start) / 1_000_000;
            report(
                    "copies converted by V6_30",
                    copiesDb,
                    migrateMillis,
                    "designation_list_item",
                    "designation_list_entity_item");

            DataSource sharedDb = dataSource(shared);
            migrate(sharedDb, null);
            start = System.nanoTime();
            try (Connection c = sharedDb.getConnection()) {
                c.setAutoCommit(false);
                for (int n = 1; n <= batches; n++) {
                    publishShared(c, n, entries.get(n - 1), entities.get(n - 1));
                    c.commit();
                }
            }
            long sharedMillis = (System.nanoTime() - start) / 1_000_000;
            report("shared rows", sharedDb, sharedMillis, "designation_list_item", "designation_list_entity_item");

            for (DataSource db : List.of(sharedDb, copiesDb)) {
                for (int n : new int[] {1, batches / 2, batches}) {
                    check(db, n, entries.get(n - 1), entities.get(n - 1));
                }
            }
            System.out.println("versions 1, " + batches / 2 + " and " + batches
                    + " read back from shared rows (published and converted) equal their copies");
            refusesChange(sharedDb);
            System.out.println("PostgreSQL refuses to delete a shared row or to change one other than by closing it");
        } finally {
            dropDatabase(copies);
            dropDatabase(shared);
        }
    }

    static ListedDesignation designation(int i) {
        return ListedDesignation.of(
                UUID.nameUUIDFromBytes(("designation " + i + "/1").getBytes()),
                UUID.nameUUIDFromBytes(("series " + i).getBytes()),
                1,
                String.format(Locale.ROOT, "Cotton from producer %05d", i),
                "650000 " + (650100 + i % 40 * 100),
                "COTTON TEXTILES",
                UUID.nameUUIDFromBytes(("policy " + i % 20).getBytes()).toString(),
                LocalDate.of(2026, 1, 1).plusDays(i % 300),
                null);
    }

    /** The next version of a designation: same series and terms, a later start. */
    static ListedDesignation supersede(ListedDesignation d) {
        int version = d.version() + 1;
        return ListedDesignation.of(
                UUID.nameUUIDFromBytes(("designation " + d.seriesId() + "/" + version).getBytes()),
                d.seriesId(),
                version,
                d.title(),
                String.join(" ", d.regionCodes()),
                String.join(" ", d.sectorCodes()),
                String.join(" ", d.policyIds().stream().map(UUID::toString).toList()),
                d.effectiveFrom().plusDays(30),
                null);
    }

    /** The one producer a designation names (the same in every version of its series). */
    static ListedEntity producer(ListedDesignation d) {
        String name = "Xinjiang Textile Producer " + d.seriesId().toString().substring(0, 8) + " Co., Ltd.";
        return ListedEntity.of(
                d.designationId(),
                d.seriesId(),
                name,
                name.toLowerCase(Locale.ROOT),
                "650000",
                "XTP " + d.seriesId().toString().substring(0, 8),
                null,
                "USCC:91650000" + d.seriesId().toString().substring(0, 10),
                "1 Industrial Road, Urumqi|650000|CN");
    }

    /** As publications stored a version before V6_30: the whole list again. */
    private static void publishCopy(
            Connection c, int number, List<ListedDesignation> entries, List<ListedEntity> entities)
            throws SQLException {
        version(c, number);
        try (PreparedStatement insert = c.prepareStatement("insert into designation_list_entry (list_number, position,"
                + " designation_id, series_id, designation_version, title, region_codes, sector_codes, policy_ids,"
                + " effective_from, effective_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entries.size(); i++) {
                insert.setInt(1, number);
                insert.setInt(2, i);
                entryColumns(insert, 3, entries.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("insert into designation_list_entity (list_number, position,"
                + " designation_id, series_id, name, normalised_name, region_code, aliases, former_names,"
                + " registration_numbers, addresses) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entities.size(); i++) {
                insert.setInt(1, number);
                insert.setInt(2, i);
                entityColumns(insert, 3, entities.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** As DesignationRepository stores a version: the open rows it lists again stay open. */
    private static void publishShared(
            Connection c, int number, List<ListedDesignation> entries, List<ListedEntity> entities)
            throws SQLException {
        version(c, number);
        Map<Long, ListedDesignation> openEntries = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, designation_id, series_id, designation_version, title,"
                        + " region_codes, sector_codes, policy_ids, effective_from, effective_to"
                        + " from designation_list_item where valid_until is null")) {
            while (rs.next()) {
                openEntries.put(rs.getLong(1), entry(rs, 2));
            }
        }
        ListRows.Changes<Map.Entry<Long, ListedDesignation>, ListedDesignation> entryChanges = ListRows.publish(
                openEntries.entrySet(), e -> e.getValue().rowContent(), entries, ListedDesignation::rowContent);
        close(c, "designation_list_item", number, entryChanges.closed());
        try (PreparedStatement insert = c.prepareStatement("insert into designation_list_item (valid_from,"
                + " designation_id, series_id, designation_version, title, region_codes, sector_codes, policy_ids,"
                + " effective_from, effective_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ListedDesignation d : entryChanges.opened()) {
                insert.setInt(1, number);
                entryColumns(insert, 2, d);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<Long, ListRows.PlacedEntity> openEntities = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, position, designation_id, series_id, name, normalised_name,"
                        + " region_code, aliases, former_names, registration_numbers, addresses"
                        + " from designation_list_entity_item where valid_until is null")) {
            while (rs.next()) {
                openEntities.put(rs.getLong(1), new ListRows.PlacedEntity(entity(rs, 3), rs.getInt(2)));
            }
        }
        ListRows.Changes<Map.Entry<Long, ListRows.PlacedEntity>, ListRows.PlacedEntity> entityChanges =
                ListRows.publish(
                        openEntities.entrySet(),
                        e -> e.getValue().rowContent(),
                        ListRows.placed(entities),
                        ListRows.PlacedEntity::rowContent);
        close(c, "designation_list_entity_item", number, entityChanges.closed());
        try (PreparedStatement insert = c.prepareStatement("insert into designation_list_entity_item (valid_from,"
                + " position, designation_id, series_id, name, normalised_name, region_code, aliases, former_names,"
                + " registration_numbers, addresses) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ListRows.PlacedEntity p : entityChanges.opened()) {
                insert.setInt(1, number);
                insert.setInt(2, p.position());
                entityColumns(insert, 3, p.entity());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static <V> void close(Connection c, String table, int number, List<Map.Entry<Long, V>> rows)
            throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("update " + table + " set valid_until = ? where id = ? and valid_until is null")) {
            for (Map.Entry<Long, V> row : rows) {
                update.setInt(1, number);
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** A version read back from shared rows as DesignationRepository reads it, against its copy. */
    private static void check(DataSource db, int number, List<ListedDesignation> entries, List<ListedEntity> entities)
            throws SQLException {
        List<ListedDesignation> readEntries = new ArrayList<>();
        List<ListRows.PlacedEntity> readEntities = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement e = c.prepareStatement("select designation_id, series_id, designation_version, title,"
                        + " region_codes, sector_codes, policy_ids, effective_from, effective_to from designation_list_item"
                        + " where valid_from <= ? and (valid_until is null or valid_until > ?)");
                PreparedStatement p = c.prepareStatement("select position, designation_id, series_id, name,"
                        + " normalised_name, region_code, aliases, former_names, registration_numbers, addresses"
                        + " from designation_list_entity_item where valid_from <= ? and (valid_until is null or"
                        + " valid_until > ?)")) {
            e.setInt(1, number);
            e.setInt(2, number);
            try (ResultSet rs = e.executeQuery()) {
                while (rs.next()) {
                    readEntries.add(entry(rs, 1));
                }
            }
            p.setInt(1, number);
            p.setInt(2, number);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    readEntities.add(new ListRows.PlacedEntity(entity(rs, 2), rs.getInt(1)));
                }
            }
        }
        List<ListedDesignation> inOrder = ListRows.entriesInListOrder(readEntries);
        if (!inOrder.stream()
                        .map(ListedDesignation::rowContent)
                        .toList()
                        .equals(entries.stream()
                                .map(ListedDesignation::rowContent)
                                .toList())
                || !ListRows.entitiesInListOrder(inOrder, readEntities).stream()
                        .map(ListedEntity::rowContent)
                        .toList()
                        .equals(entities.stream().map(ListedEntity::rowContent).toList())) {
            throw new IllegalStateException("Version " + number + " read from shared rows differs from its copy");
        }
    }

    /** The guarantee of V6_31: each statement must fail. */
    private static void refusesChange(DataSource db) throws SQLException {
        for (String sql : List.of(
                "delete from designation_list_item where valid_until is not null",
                "update designation_list_item set title = 'changed' where valid_until is null",
                "update designation_list_item set valid_until = valid_until + 1 where valid_until is not null",
                "delete from designation_list_entity_item",
                "update designation_list_entity_item set name = 'changed'")) {
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate(sql);
                throw new IllegalStateException("PostgreSQL allowed: " + sql);
            } catch (SQLException expected) {
                if (!expected.getMessage().contains("is immutable")) {
                    throw expected;
                }
            }
        }
    }

    private static void version(Connection c, int number) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into designation_list_version (number, published_at, change_summary) values (?, ?, ?)")) {
            insert.setInt(1, number);
            insert.setTimestamp(2, Timestamp.from(AT.plusSeconds(number)));
            insert.setString(3, "Published batch " + number);
            insert.executeUpdate();
        }
    }

    private static void entryColumns(PreparedStatement s, int first, ListedDesignation d) throws SQLException {
        List<Object> content = d.rowContent();
        for (int i = 0; i < content.size(); i++) {
            Object value = content.get(i);
            if (value == null) {
                s.setNull(first + i, i == content.size() - 1 ? Types.DATE : Types.VARCHAR);
            } else {
                s.setObject(first + i, value);
            }
        }
    }

    private static void entityColumns(PreparedStatement s, int first, ListedEntity e) throws SQLException {
        List<Object> content = e.rowContent();
        for (int i = 0; i < content.size(); i++) {
            Object value = content.get(i);
            if (value == null) {
                s.setNull(first + i, Types.VARCHAR);
            } else {
                s.setObject(first + i, value);
            }
        }
    }

    private static ListedDesignation entry(ResultSet rs, int first) throws SQLException {
        return ListedDesignation.of(
                rs.getObject(first, UUID.class),
                rs.getObject(first + 1, UUID.class),
                rs.getInt(first + 2),
                rs.getString(first + 3),
                rs.getString(first + 4),
                rs.getString(first + 5),
                rs.getString(first + 6),
                rs.getObject(first + 7, LocalDate.class),
                rs.getObject(first + 8, LocalDate.class));
    }

    private static ListedEntity entity(ResultSet rs, int first) throws SQLException {
        return ListedEntity.of(
                rs.getObject(first, UUID.class),
                rs.getObject(first + 1, UUID.class),
                rs.getString(first + 2),
                rs.getString(first + 3),
                rs.getString(first + 4),
                rs.getString(first + 5),
                rs.getString(first + 6),
                rs.getString(first + 7),
                rs.getString(first + 8));
    }

    private static void report(String what, DataSource db, long millis, String entryTable, String entityTable)
            throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("vacuum analyze " + entryTable);
            s.execute("vacuum analyze " + entityTable);
            long totalRows = 0;
            long totalBytes = 0;
            StringBuilder line = new StringBuilder();
            for (String table : List.of(entryTable, entityTable)) {
                try (ResultSet rs =
                        s.executeQuery("select count(*), pg_total_relation_size('" + table + "') from " + table)) {
                    rs.next();
                    totalRows += rs.getLong(1);
                    totalBytes += rs.getLong(2);
                    line.append(String.format(
                            Locale.ROOT, "  %-30s %,12d rows %,14d bytes%n", table, rs.getLong(1), rs.getLong(2)));
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s (%,d ms):%n%s  %-30s %,12d rows %,14d bytes%n",
                    what,
                    millis,
                    line,
                    "total",
                    totalRows,
                    totalBytes);
        }
    }

    private static void migrate(DataSource db, String target) {
        if (target == null) {
            DatabaseMigrations.migrate(db);
            return;
        }
        Flyway.configure(ListVersionsFootprint.class.getClassLoader())
                .dataSource(db)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .failOnMissingLocations(false)
                .javaMigrations(new V1_0__ProcessEngineSchema(), new V2_3__Region_reference_data())
                .target(target)
                .load()
                .migrate();
    }

    private static String createDatabase() throws SQLException {
        String name =
                "onus_bench_lv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        maintenance("CREATE DATABASE " + name);
        return name;
    }

    private static void dropDatabase(String name) throws SQLException {
        maintenance("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static DataSource dataSource(String name) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(server() + name + "?reWriteBatchedInserts=true");
        pg.setUser(user());
        pg.setPassword(password());
        return pg;
    }

    private static void maintenance(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server() + "postgres", user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String server() {
        return System.getenv().getOrDefault("ONUS_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static String user() {
        return System.getenv().getOrDefault("ONUS_BENCH_PG_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("ONUS_BENCH_PG_PASSWORD", "");
    }
}
