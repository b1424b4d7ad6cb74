package org.guildhall.personaldata;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The few statements a contributor runs over its own tables for one person: each takes SQL naming the person as
 * {@code :account}. Rows come back whole, column by column, so an export holds everything a table keeps.
 */
@Component
public class PersonalRecords {

    private final JdbcClient jdbc;

    PersonalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param("account", accountId).query().listOfRows();
    }

    public int count(String sql, long accountId) {
        return jdbc.sql(sql).param("account", accountId).query(Integer.class).single();
    }

    /** An update or delete. @return how many rows it changed */
    public int update(String sql, long accountId) {
        return jdbc.sql(sql).param("account", accountId).update();
    }
}
