package org.guildhall.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.ResourceTransactionManager;

/**
 * The application's transaction manager, with two rules added for {@link ReadOnlyRequests}: the first read-only
 * transaction a Vaadin request asks for starts the request's transaction, and a read-write transaction asked for
 * inside the request's read-only transaction becomes a transaction of its own. Joining would
 * make the write part of a read-only transaction, whose persistence context is never flushed, so the write would
 * be lost without an error. The rule sits here rather than on {@code @Transactional} so that every way of asking
 * (services, Spring Data repositories, {@code TransactionTemplate}) follows it.
 */
final class RequestAwareTransactionManager implements ResourceTransactionManager {

    private final ResourceTransactionManager delegate;

    RequestAwareTransactionManager(ResourceTransactionManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransactionStatus getTransaction(@Nullable TransactionDefinition definition) throws TransactionException {
        var asked = definition == null ? TransactionDefinition.withDefaults() : definition;
        ReadOnlyRequests.transactionAsked(delegate, asked);
        return delegate.getTransaction(ownTransactionForWriters(asked));
    }

    @Override
    public void commit(TransactionStatus status) throws TransactionException {
        delegate.commit(status);
    }

    @Override
    public void rollback(TransactionStatus status) throws TransactionException {
        delegate.rollback(status);
    }

    @Override
    public Object getResourceFactory() {
        return delegate.getResourceFactory();
    }

    private static TransactionDefinition ownTransactionForWriters(TransactionDefinition asked) {
        boolean wouldJoin = asked.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED
                || asked.getPropagationBehavior() == TransactionDefinition.PROPAGATION_SUPPORTS
                || asked.getPropagationBehavior() == TransactionDefinition.PROPAGATION_MANDATORY;
        if (asked.isReadOnly() || !wouldJoin || !ReadOnlyRequests.inReadOnlyTransaction()) {
            return asked;
        }
        var own = new DefaultTransactionDefinition(asked);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own;
    }

    /** Puts the rules in front of the transaction manager Spring Boot configures. */
    @Component
    static final class Installer implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof ResourceTransactionManager manager
                    && !(bean instanceof RequestAwareTransactionManager)) {
                return new RequestAwareTransactionManager(manager);
            }
            return bean;
        }
    }
}
