package org.guildhall;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what the current thread sends to the database while a piece of work runs: the SQL statements, and the
 * transaction statements the driver sends for the connection calls (a changed auto-commit flag or isolation level,
 * a commit, a rollback), as MariaDB's general log would show them. MariaDB Connector/J sends nothing for
 * {@code setReadOnly} on a single server, so a read-only flag is not counted. Only the measuring thread counts, so a listener
 * or job running meanwhile does not make a count flaky. The {@link IntegrationTest} context's datasource goes
 * through the proxy ({@link Configuration}); outside {@link #count} it only passes calls on.
 */
public final class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();
    private static final String TRANSACTION = "-- ";

    /** Runs {@code work} and returns what it sent to the database. */
    public static Statements count(Runnable work) {
        return count(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** Runs {@code work} and returns its result with what it sent to the database. */
    public static <T> Counted<T> count(Supplier<T> work) {
        var outer = STATEMENTS.get();
        var statements = new ArrayList<String>();
        STATEMENTS.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, new Statements(List.copyOf(statements)));
        } finally {
            STATEMENTS.set(outer);
        }
    }

    public record Counted<T>(T result, Statements statements) {
    }

    /** What went to the database, in order; transaction statements start with {@code "-- "}. */
    public record Statements(List<String> sent) {

        public int total() {
            return sent.size();
        }

        public long queries() {
            return sent.stream().filter(statement -> !statement.startsWith(TRANSACTION)).count();
        }

        public long transactionStatements() {
            return total() - queries();
        }

        /** Each statement with how often it was sent, so a query repeated per row stands out. */
        public Map<String, Long> shapes() {
            var shapes = new TreeMap<String, Long>();
            sent.forEach(statement -> shapes.merge(statement, 1L, Long::sum));
            return shapes;
        }

        @Override
        public String toString() {
            return queries() + " queries + " + transactionStatements() + " transaction statements = " + total();
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        var statements = STATEMENTS.get();
        if (statements != null) {
            queries.forEach(query -> statements.add(query.getQuery()));
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext call) {
        var statements = STATEMENTS.get();
        if (statements == null || !(call.getTarget() instanceof Connection connection)) {
            return;
        }
        String method = call.getMethod().getName();
        try {
            boolean sent = switch (method) {
                case "commit", "rollback" -> !connection.getAutoCommit();
                case "setAutoCommit" -> connection.getAutoCommit() != (Boolean) call.getMethodArgs()[0];
                case "setTransactionIsolation" ->
                        connection.getTransactionIsolation() != (Integer) call.getMethodArgs()[0];
                default -> false;
            };
            if (sent) {
                statements.add(TRANSACTION + method + (call.getMethodArgs() == null ? ""
                        : "(" + call.getMethodArgs()[0] + ")"));
            }
        } catch (SQLException closed) {
            // A closed connection sends nothing.
        }
    }

    @Override
    public void afterMethod(MethodExecutionContext call) {
    }

    /** Puts the counting proxy in front of the context's datasource. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        var counter = new StatementCounter();
                        return ProxyDataSourceBuilder.create(dataSource).name(name)
                                .listener(counter).methodListener(counter).build();
                    }
                    return bean;
                }
            };
        }
    }
}
