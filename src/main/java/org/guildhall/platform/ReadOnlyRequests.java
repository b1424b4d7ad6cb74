package org.guildhall.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One read-only transaction around a whole Vaadin request (issue 15), instead of one per service call: every
 * {@code @Transactional(readOnly = true)} call the request makes joins it, so a view that calls ten services pays
 * the transaction statements once and reads one consistent snapshot through one persistence context. A writer
 * called inside such a request runs in a transaction of its own ({@link RequestAwareTransactionManager}); when it
 * is over, the request's transaction starts a new snapshot and forgets what it had read, so what the request shows
 * next includes the write. At most {@link Settings#maxConcurrent()} requests hold such a transaction at once, so
 * writers and background work always find a free connection; a request beyond that runs as before, each service
 * call in its own transaction. Design: docs/decisions/read-only-request-transaction.md.
 */
@Component
@EnableConfigurationProperties(ReadOnlyRequests.Settings.class)
public class ReadOnlyRequests {

    private final PlatformTransactionManager transactions;
    private final EntityManagerFactory entityManagers;
    private final Semaphore permits;

    ReadOnlyRequests(PlatformTransactionManager transactions, EntityManagerFactory entityManagers,
            Settings settings) {
        this.transactions = transactions;
        this.entityManagers = entityManagers;
        this.permits = new Semaphore(settings.maxConcurrent());
    }

    /** Runs a request's work inside one read-only transaction; see {@link #begin()}. */
    public <T> T run(Supplier<T> work) {
        var request = begin();
        boolean failed = true;
        try {
            T result = work.get();
            failed = false;
            return result;
        } finally {
            request.end(failed);
        }
    }

    /**
     * Opens the request's read-only transaction on this thread, unless one is open already, the concurrent limit
     * is reached or the database cannot be reached (then the request runs without one). {@link Request#end} must follow on the same thread.
     */
    public Request begin() {
        if (TransactionSynchronizationManager.isActualTransactionActive() || !permits.tryAcquire()) {
            return Request.NONE;
        }
        try {
            var definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
            definition.setReadOnly(true);
            definition.setName(ReadOnlyRequests.class.getName());
            var status = transactions.getTransaction(definition);
            var state = new RequestState(EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers));
            TransactionSynchronizationManager.bindResource(RequestState.class, state);
            TransactionSynchronizationManager.registerSynchronization(state);
            return new Request(this, status);
        } catch (TransactionException unreachable) {
            // The database is away: the request runs as without one, and its service calls meet the outage as before
            // (the session's error handler shows the outage page).
            permits.release();
            return Request.NONE;
        } catch (RuntimeException failure) {
            permits.release();
            throw failure;
        }
    }

    /**
     * The value {@code read} gives, read once per request: later calls in the same request get it again without
     * reading (the signed-in account, say). Outside a request, or after a writer ran in it, it is read again.
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(Object key, Supplier<T> read) {
        var state = current();
        if (state == null) {
            return read.get();
        }
        return (T) state.remembered.computeIfAbsent(key, unused -> read.get());
    }

    /** Whether the current transaction is a request's read-only one (not a writer's transaction inside it). */
    static boolean inReadOnlyRequest() {
        return current() != null;
    }

    private static @Nullable RequestState current() {
        return (RequestState) TransactionSynchronizationManager.getResource(RequestState.class);
    }

    private void end(TransactionStatus status) {
        try {
            // A read that threw marked the transaction rollback-only; for a read-only one that ends it the same way.
            if (status.isRollbackOnly()) {
                transactions.rollback(status);
            } else {
                transactions.commit(status);
            }
        } finally {
            permits.release();
        }
    }

    /** A request's transaction, ended on the thread that began it. */
    public static final class Request {

        static final Request NONE = new Request(null, null);

        private final @Nullable ReadOnlyRequests owner;
        private final @Nullable TransactionStatus status;

        private Request(@Nullable ReadOnlyRequests owner, @Nullable TransactionStatus status) {
            this.owner = owner;
            this.status = status;
        }

        /** Ends the request's transaction; {@code failed} rolls it back (it wrote nothing either way). */
        public void end(boolean failed) {
            if (owner == null || status == null || status.isCompleted()) {
                return;
            }
            if (failed) {
                status.setRollbackOnly();
            }
            owner.end(status);
        }
    }

    /**
     * What the request's transaction holds beyond the transaction itself. A writer's transaction suspends it;
     * {@link #resume()} runs when the writer's transaction is over (committed or rolled back).
     */
    private static final class RequestState implements TransactionSynchronization {

        private final EntityManager entityManager;
        private final Map<Object, Object> remembered = new HashMap<>();

        RequestState(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(RequestState.class);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(RequestState.class, this);
            remembered.clear();
            // The writer committed on another connection: drop the entities read before it and end the snapshot,
            // so the next read (a new snapshot under REPEATABLE READ) sees the write.
            entityManager.clear();
            entityManager.unwrap(Session.class).doWork(connection -> connection.commit());
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RequestState.class);
        }
    }

    /**
     * {@code guildhall.read-only-requests.*}: how many Vaadin requests may hold a read-only transaction (and so a
     * connection) at once; keep it at most half the connection pool, so that a writer inside such a request (it
     * needs a second connection) never waits for one. 0 turns request transactions off.
     */
    @ConfigurationProperties("guildhall.read-only-requests")
    public record Settings(int maxConcurrent) {

        public Settings {
            if (maxConcurrent < 0) {
                throw new IllegalArgumentException("The number of read-only requests cannot be negative");
            }
        }
    }
}
