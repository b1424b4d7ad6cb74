package org.guildhall;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.SqmTranslatorFactory;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Counts the queries Hibernate translates from its query tree to SQL on the current thread: a query whose plan is in
 * Hibernate's query plan cache is translated once, one the cache skips (an entity graph, a collection bound to one
 * parameter, a criteria query) on every call (docs/decisions/query-plan-cache.md). The {@link IntegrationTest}
 * context's Hibernate uses it (application-test.properties, {@code hibernate.query.sqm.translator}); it only counts
 * and hands the work to Hibernate's own translator.
 */
public final class QueryTranslations implements SqmTranslatorFactory {

    private static final ThreadLocal<List<String>> TRANSLATED = new ThreadLocal<>();

    private final SqmTranslatorFactory standard = new StandardSqmTranslatorFactory();

    /** Runs {@code work} and returns the select queries it had translated (as HQL), in order. */
    public static List<String> during(Supplier<?> work) {
        var outer = TRANSLATED.get();
        var translated = new ArrayList<String>();
        TRANSLATED.set(translated);
        try {
            work.get();
            return List.copyOf(translated);
        } finally {
            TRANSLATED.set(outer);
        }
    }

    @Override
    public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> statement,
            QueryOptions options, DomainParameterXref parameters, QueryParameterBindings bindings,
            LoadQueryInfluencers influencers, SqlAstCreationContext context, boolean deduplicateSelectionItems) {
        var translated = TRANSLATED.get();
        if (translated != null) {
            translated.add(statement.toHqlString());
        }
        return standard.createSelectTranslator(statement, options, parameters, bindings, influencers, context,
                deduplicateSelectionItems);
    }

    @Override
    public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
            QueryOptions options, DomainParameterXref parameters, QueryParameterBindings bindings,
            LoadQueryInfluencers influencers, SqlAstCreationContext context) {
        return standard.createMutationTranslator(statement, options, parameters, bindings, influencers, context);
    }
}
