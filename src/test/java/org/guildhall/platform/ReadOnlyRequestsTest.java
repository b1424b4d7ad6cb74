package org.guildhall.platform;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Issue 15: a request's read-only transaction starts at its first read-only transactional call; only so many
 * requests hold one (and a connection) at once, so a writer inside one always finds a second connection, and the
 * others run as before, one transaction per service call.
 */
class ReadOnlyRequestsTest {

    PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    EntityManagerFactory entityManagers = mock(EntityManagerFactory.class);
    ReadOnlyRequests requests = new ReadOnlyRequests(transactions, entityManagers, new ReadOnlyRequests.Settings(1));

    @BeforeEach
    void synchronizationAsTheTransactionManagerWouldStartAndEndIt() {
        when(transactions.getTransaction(any(TransactionDefinition.class))).thenAnswer(call -> {
            TransactionSynchronizationManager.initSynchronization();
            return new SimpleTransactionStatus();
        });
        doAnswer(call -> ended()).when(transactions).commit(any());
        doAnswer(call -> ended()).when(transactions).rollback(any());
        when(entityManagers.createEntityManager()).thenReturn(mock(EntityManager.class));
    }

    @AfterEach
    void clear() {
        ended();
    }

    private @Nullable Object ended() {
        TransactionSynchronizationManager.clear();
        TransactionSynchronizationManager.unbindResourceIfPossible(entityManagers);
        return null;
    }

    @Test
    void a_request_beyond_the_limit_runs_without_a_transaction_of_its_own_until_one_ends() throws Exception {
        var first = requests.begin();
        ReadOnlyRequests.transactionAsked(transactions, readOnly(TransactionDefinition.PROPAGATION_REQUIRED));
        verify(transactions, times(1)).getTransaction(any());

        var meanwhile = new Thread(() -> requests.run(() -> {
            ReadOnlyRequests.transactionAsked(transactions, readOnly(TransactionDefinition.PROPAGATION_REQUIRED));
            return null;
        }));
        meanwhile.start();
        meanwhile.join();
        verify(transactions, times(1)).getTransaction(any());

        first.end(false);
        verify(transactions).commit(any());
        requests.run(() -> {
            ReadOnlyRequests.transactionAsked(transactions, readOnly(TransactionDefinition.PROPAGATION_REQUIRED));
            return null;
        });
        verify(transactions, times(2)).getTransaction(any());
    }

    @Test
    void a_request_that_reads_outside_transactions_starts_none() {
        requests.run(() -> {
            ReadOnlyRequests.transactionAsked(transactions, readOnly(TransactionDefinition.PROPAGATION_SUPPORTS));
            return null;
        });

        verify(transactions, never()).getTransaction(any());
    }

    @Test
    void a_value_is_read_once_per_request_and_again_after_a_write() {
        var reads = new AtomicInteger();
        requests.run(() -> {
            ReadOnlyRequests.once("account", reads::incrementAndGet);
            ReadOnlyRequests.once("account", reads::incrementAndGet);
            assertThat(reads).hasValue(1);
            ReadOnlyRequests.transactionAsked(transactions, new DefaultTransactionDefinition());
            ReadOnlyRequests.once("account", reads::incrementAndGet);
            return null;
        });
        assertThat(reads).hasValue(2);

        ReadOnlyRequests.once("account", reads::incrementAndGet);
        assertThat(reads).as("outside a request").hasValue(3);
    }

    private static TransactionDefinition readOnly(int propagation) {
        var definition = new DefaultTransactionDefinition(propagation);
        definition.setReadOnly(true);
        return definition;
    }
}
