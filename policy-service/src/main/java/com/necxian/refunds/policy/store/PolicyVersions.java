package com.necxian.refunds.policy.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.necxian.refunds.policy.domain.PolicySettings;

import tools.jackson.databind.json.JsonMapper;

/** Numbered policy versions (CHG-1): the highest number is in force. Version 1 is the engine's defaults. */
@Repository
public class PolicyVersions implements InitializingBean {

    public record PolicyVersion(int version, PolicySettings settings, boolean significant, String summary,
            String createdBy, Instant effectiveAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    PolicyVersions(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        jdbc.sql("""
                insert into policy_version (version, settings, significant, summary, created_by, effective_at)
                values (1, ?, false, 'Initial policy: the defaults of policy-rules.md.', 'system', ?)
                on conflict do nothing""")
                .params(json.writeValueAsString(PolicySettings.defaults()), Timestamp.from(clock.instant())).update();
    }

    public PolicyVersion current() {
        return jdbc.sql("select * from policy_version order by version desc limit 1").query(this::version)
                .single();
    }

    /**
     * The version in force at {@code instant} (the last one posted at or before it); the first version when the
     * instant is older than every version (a request received before the service first started).
     */
    public PolicyVersion inForceAt(Instant instant) {
        return jdbc.sql("select * from policy_version where effective_at <= ? order by version desc limit 1")
                .param(Timestamp.from(instant)).query(this::version).optional()
                .orElseGet(() -> jdbc.sql("select * from policy_version order by version limit 1")
                        .query(this::version).single());
    }

    public Optional<PolicyVersion> find(int version) {
        return jdbc.sql("select * from policy_version where version = ?").param(version).query(this::version)
                .optional();
    }

    /** Every version, the newest first. */
    public List<PolicyVersion> all() {
        return jdbc.sql("select * from policy_version order by version desc").query(this::version).list();
    }

    /**
     * Adds the next version (call inside a transaction): {@code change} applied to the version in force, read under
     * the lock so that concurrent posts do not lose each other's changes; the version number is assigned here.
     */
    public PolicyVersion add(UnaryOperator<PolicySettings> change, boolean significant, String summary,
            String createdBy) {
        jdbc.sql("select pg_advisory_xact_lock(8081)").query().singleRow();
        PolicySettings settings = change.apply(current().settings());
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from policy_version").query(Integer.class).single();
        PolicySettings numbered = settings.numbered(next);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into policy_version (version, settings, significant, summary, created_by, effective_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(next, json.writeValueAsString(numbered), significant, summary, createdBy, Timestamp.from(now))
                .update();
        return new PolicyVersion(next, numbered, significant, summary, createdBy, now);
    }

    private PolicyVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PolicyVersion(rs.getInt("version"), json.readValue(rs.getString("settings"), PolicySettings.class),
                rs.getBoolean("significant"), rs.getString("summary"), rs.getString("created_by"),
                rs.getTimestamp("effective_at").toInstant());
    }
}
