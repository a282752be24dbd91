package org.onus.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.DatabaseMigrations;

/**
 * The closed-case rule's SQL on the real schema (H2, every migration): a case closed before the
 * cutoff is reduced to its skeleton, a confiscation still open to protest and an open case are
 * not touched, a file another record uses is kept, and a second run takes nothing.
 */
class ClosedCaseRuleSqlTest {

    static final Instant NOW = Instant.parse("2036-03-01T03:00:00Z");
    static final Instant CUTOFF = NOW.atOffset(ZoneOffset.UTC).minusYears(10).toInstant();
    static final String SHARED_SHA = "a".repeat(64);
    static final String OWN_SHA = "b".repeat(64);

    Connection db;
    ClosedCaseRule.Sql sql;

    @BeforeEach
    void schema() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:retention-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        DatabaseMigrations.migrate(ds);
        db = ds.getConnection();
        sql = new Jdbc(db);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aCaseClosedLongEnoughIsReducedToItsSkeletonAndNothingElseIsTouched() throws SQLException {
        UUID released = aCase("RELEASED", LocalDate.parse("2026-01-10"), null, "E-RELEASED");
        UUID stillProtestable =
                aCase("CONFISCATED", LocalDate.parse("2026-01-10"), LocalDate.parse("2026-07-09"), "E-CONF");
        UUID open = aCase("REBUTTAL_SUBMITTED", null, null, "E-OPEN");
        document(released, OWN_SHA);
        document(released, SHARED_SHA);
        document(open, SHARED_SHA);
        letter(released);
        letter(open);

        ClosedCaseRule.Reduced reduced = ClosedCaseRule.reduce(sql, NOW, CUTOFF);

        assertThat(reduced.ids()).containsExactly(released.toString());
        assertThat(reduced.counts())
                .containsEntry("cases", 1)
                .containsEntry("documents", 2)
                .containsEntry("letters", 1)
                .containsEntry("files", 1);
        assertThat(reduced.unusedContents()).containsExactly(OWN_SHA);
        assertThat(reduced.businessKeys()).contains(released.toString());

        assertThat(text("select count(*) from case_evidence where case_id = '" + released + "'"))
                .isEqualTo("0");
        assertThat(text("select rebuttal_statement from detention_case where id = '" + released + "'"))
                .isEqualTo(ClosedCaseRule.REMOVED);
        assertThat(text("select decided_by from detention_case where id = '" + released + "'"))
                .isEqualTo(ClosedCaseRule.REMOVED);
        assertThat(text("select status from detention_case where id = '" + released + "'"))
                .isEqualTo("RELEASED");
        assertThat(text("select anonymised_at is not null from detention_case where id = '" + released + "'"))
                .isEqualTo("TRUE");
        assertThat(text("select entry_number from entry where case_id = '" + released + "'"))
                .startsWith("RETAINED-");
        assertThat(text("select value_amount from entry where case_id = '" + released + "'"))
                .isEqualTo("1250.00");
        // The queue's copy of the entry's number and goods is masked with the entry's own.
        assertThat(text("select entry_number from detention_case where id = '" + released + "'"))
                .isEqualTo(text("select entry_number from entry where case_id = '" + released + "'"));
        assertThat(text("select goods_sort_key from detention_case where id = '" + released + "'"))
                .isEqualTo(ClosedCaseRule.REMOVED);
        assertThat(text("select entry_number from detention_case where id = '" + open + "'"))
                .isEqualTo("E-OPEN");
        assertThat(text("select producer from entry_input i join entry e on e.id = i.entry_id where e.case_id = '"
                        + released + "'"))
                .isNull();
        assertThat(text("select detail from case_event where case_id = '" + released + "'"))
                .isNull();

        assertThat(text("select entry_number from entry where case_id = '" + stillProtestable + "'"))
                .isEqualTo("E-CONF");
        assertThat(text("select entry_number from entry where case_id = '" + open + "'"))
                .isEqualTo("E-OPEN");
        assertThat(text("select count(*) from case_evidence where case_id = '" + open + "'"))
                .isEqualTo("1");
        assertThat(text("select count(*) from inbox_message where link like '%" + open + "%'"))
                .isEqualTo("1");

        assertThat(ClosedCaseRule.reduce(sql, NOW, CUTOFF).ids())
                .as("a second run")
                .isEmpty();
    }

    // --- fixtures ---------------------------------------------------------------------------

    UUID aCase(String status, LocalDate closedOn, LocalDate protestDeadline, String number) throws SQLException {
        UUID entry = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-01-01T10:00:00Z");
        exec(
                "insert into entry (id, organisation_code, entry_number, hs_code, description, origin_country,"
                        + " value_amount, value_currency, arrival_date, port, status, list_version, screened_at,"
                        + " case_id, filed_by, filer_email, filed_at, fingerprint, lock_version)"
                        + " values (?, 'ACME-IMPORTS', ?, '610910', 'Cotton T-shirts', 'VN', 1250.00, 'USD',"
                        + " ?, 'Rotterdam', 'DETAINED', 1, ?, ?, 'importer-a', 'a@example.org', ?, ?, 0)",
                entry,
                number,
                LocalDate.parse("2026-01-01"),
                at,
                c,
                at,
                "f".repeat(64));
        exec(
                "insert into entry_input (entry_id, position, tier, material, hs_code, producer, region_code)"
                        + " values (?, 0, 3, 'Cotton lint', '520100', 'Shache Ginning', '653125')",
                entry);
        exec(
                "insert into detention_case (id, entry_id, entry_number, goods_sort_key, value_amount,"
                        + " hs_digits, origin_country, port, port_key, organisation_code, status, detained_on, notice_due,"
                        + " rebuttal_deadline, opened_by, grounds, lock_version, closed_on, protest_deadline,"
                        + " rebuttal_statement, decided_by) values (?, ?, ?, 'cotton t-shirts', 1250.00,"
                        + " '610910', 'VN', 'Rotterdam', 'rotterdam',"
                        + " 'ACME-IMPORTS', ?, ?, ?, ?, 'officer',"
                        + " 'input 1 from 653125', 0, ?, ?, 'Ginned in Queensland', 'officer')",
                c,
                entry,
                number,
                status,
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-06"),
                LocalDate.parse("2026-02-05"),
                closedOn,
                protestDeadline);
        exec(
                "insert into case_event (id, case_id, kind, actor, occurred_at, detail)"
                        + " values (?, ?, 'OPENED', 'officer', ?, 'Detained at Rotterdam')",
                UUID.randomUUID(),
                c,
                at);
        return c;
    }

    void document(UUID c, String sha) throws SQLException {
        exec(
                "insert into case_evidence (id, case_id, evidence_type, requirement_code, description, file_name,"
                        + " media_type, size_bytes, sha256, review, uploaded_by, uploaded_at)"
                        + " values (?, ?, 'INVOICE', 'TRACE:1', 'Invoice', 'invoice.pdf', 'application/pdf', 10, ?,"
                        + " 'ACCEPTED', 'importer-a', ?)",
                UUID.randomUUID(),
                c,
                sha,
                OffsetDateTime.parse("2026-01-02T10:00:00Z"));
    }

    void letter(UUID c) throws SQLException {
        exec(
                "insert into inbox_message (id, recipient, subject, body, link, created_at)"
                        + " values (?, 'importer-a', 'Goods released', 'Your goods', ?, ?)",
                UUID.randomUUID(),
                "/cases/" + c,
                OffsetDateTime.parse("2026-01-10T10:00:00Z"));
    }

    void exec(String statement, Object... parameters) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        }
    }

    String text(String query) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** JPA's numbered parameters ({@code ?1}, used more than once) on plain JDBC. */
    record Jdbc(Connection db) implements ClosedCaseRule.Sql {

        static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

        @Override
        public List<Object[]> rows(String sql, Object... parameters) {
            try (PreparedStatement ps = prepare(sql, parameters);
                    ResultSet rs = ps.executeQuery()) {
                List<Object[]> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        @Override
        public int update(String sql, Object... parameters) {
            try (PreparedStatement ps = prepare(sql, parameters)) {
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
            Matcher m = NUMBERED.matcher(sql);
            List<Object> ordered = new ArrayList<>();
            while (m.find()) {
                ordered.add(parameters[Integer.parseInt(m.group(1)) - 1]);
            }
            PreparedStatement ps = db.prepareStatement(m.replaceAll("?"));
            for (int i = 0; i < ordered.size(); i++) {
                ps.setObject(i + 1, ordered.get(i));
            }
            return ps;
        }
    }
}
