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
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One read-only transaction for a whole Vaadin request (issue 15), instead of one per service call. It starts at
 * the request's first read-only {@code @Transactional} call and every later one joins it, so a view that calls ten
 * services pays the transaction statements once and reads one snapshot through one persistence context; a request
 * that reads only outside transactions (the staff lists) or not at all pays nothing. A writer called inside the
 * request runs in a transaction of its own ({@link RequestAwareTransactionManager}); when it is over, the request
 * starts a new snapshot and forgets what it had read, so what it shows next includes the write. At most
 * {@link Settings#maxConcurrent()} requests hold such a transaction at once, so writers and background work always
 * find a free connection; a request beyond that runs as before, each service call in its own transaction. Design:
 * docs/decisions/read-only-request-transaction.md.
 */
@Component
@EnableConfigurationProperties(ReadOnlyRequests.Settings.class)
public class ReadOnlyRequests {

    private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

    private final PlatformTransactionManager transactions;
    private final EntityManagerFactory entityManagers;
    private final Semaphore permits;

    ReadOnlyRequests(PlatformTransactionManager transactions, EntityManagerFactory entityManagers,
            Settings settings) {
        this.transactions = transactions;
        this.entityManagers = entityManagers;
        this.permits = new Semaphore(settings.maxConcurrent());
    }

    /** Runs a request's work as one request; see {@link #begin()}. */
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
     * Marks the start of a request on this thread; its read-only transaction starts when the first read-only
     * transactional call asks for one. {@link Request#end} must follow on the same thread. Inside a transaction or
     * another request this does nothing.
     */
    public Request begin() {
        if (CURRENT.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return Request.NONE;
        }
        var request = new Request(this);
        CURRENT.set(request);
        return request;
    }

    /**
     * The value {@code read} gives, read once per request: later calls in the same request get it again without
     * reading (the signed-in account, say). Outside a request, inside a writer's transaction, or after a writer ran
     * in the request, it is read again.
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(Object key, Supplier<T> read) {
        var request = CURRENT.get();
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (request == null || writing) {
            return read.get();
        }
        var remembered = (T) request.remembered.get(key);
        if (remembered == null) {
            remembered = read.get();
            request.remembered.put(key, remembered);
        }
        return remembered;
    }

    /** Whether the current transaction is a request's read-only one (not a writer's transaction inside it). */
    static boolean inReadOnlyTransaction() {
        return TransactionSynchronizationManager.getResource(RequestState.class) != null;
    }

    /**
     * Called by the transaction manager for each transaction asked for: a read-only one asked for first in a request
     * starts the request's transaction (which it then joins); a read-write one makes the request forget what it read.
     */
    static void transactionAsked(PlatformTransactionManager manager, TransactionDefinition asked) {
        var request = CURRENT.get();
        if (request == null) {
            return;
        }
        if (!asked.isReadOnly()) {
            request.remembered.clear();
        } else if (asked.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED && !request.asked
                && !TransactionSynchronizationManager.isSynchronizationActive()) {
            // Only at the top of the request: inside a SUPPORTS scope (no transaction, but resources bound till it
            // ends) a transaction begun here would be cleared with that scope, so that call keeps its own.
            request.start(manager);
        }
    }

    /** A request on one thread, ended on the thread that began it. */
    public static final class Request {

        static final Request NONE = new Request(null);

        private final @Nullable ReadOnlyRequests owner;
        private final Map<Object, Object> remembered = new HashMap<>();
        private boolean asked;
        private @Nullable TransactionStatus status;

        private Request(@Nullable ReadOnlyRequests owner) {
            this.owner = owner;
        }

        private void start(PlatformTransactionManager manager) {
            asked = true;
            if (owner == null || !owner.permits.tryAcquire()) {
                return;
            }
            try {
                var definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
                definition.setReadOnly(true);
                definition.setName(ReadOnlyRequests.class.getName());
                status = manager.getTransaction(definition);
                var state = new RequestState(
                        EntityManagerFactoryUtils.getTransactionalEntityManager(owner.entityManagers), this);
                TransactionSynchronizationManager.bindResource(RequestState.class, state);
                TransactionSynchronizationManager.registerSynchronization(state);
            } catch (RuntimeException failure) {
                // The database is away, say: the call that asked meets the failure as it would have without us, and
                // the rest of the request runs without a transaction of its own.
                var begun = status;
                status = null;
                TransactionSynchronizationManager.unbindResourceIfPossible(RequestState.class);
                owner.permits.release();
                if (begun != null) {
                    manager.rollback(begun);
                }
                throw failure;
            }
        }

        /** Ends the request and its transaction if it started one; {@code failed} rolls it back (it wrote nothing). */
        public void end(boolean failed) {
            if (owner == null || CURRENT.get() != this) {
                return;
            }
            CURRENT.remove();
            var started = status;
            status = null;
            if (started == null) {
                return;
            }
            try {
                // A read that threw marked it rollback-only; for a read-only transaction that ends it the same way.
                if (failed || started.isRollbackOnly()) {
                    owner.transactions.rollback(started);
                } else {
                    owner.transactions.commit(started);
                }
            } finally {
                TransactionSynchronizationManager.unbindResourceIfPossible(RequestState.class);
                owner.permits.release();
            }
        }
    }

    /**
     * What the request's transaction holds beyond the transaction itself. A writer's transaction suspends it;
     * {@link #resume()} runs when the writer's transaction is over (committed or rolled back).
     */
    private record RequestState(@Nullable EntityManager entityManager, Request request)
            implements TransactionSynchronization {

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(RequestState.class);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(RequestState.class, this);
            request.remembered.clear();
            if (entityManager != null) {
                // The writer committed on another connection: drop the entities read before it and end the snapshot,
                // so the next read (a new snapshot under REPEATABLE READ) sees the write.
                entityManager.clear();
                entityManager.unwrap(Session.class).doWork(connection -> connection.commit());
            }
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
