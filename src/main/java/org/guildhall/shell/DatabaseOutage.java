package org.guildhall.shell;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, unreachable, or the pool timing out while
 * waiting for a connection), as opposed to a refusal or a bug: that one has its own message, since the user did
 * nothing wrong and loses nothing by waiting.
 */
public final class DatabaseOutage {

    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    /** What the person is told, in their language. */
    public static final Text REASON = Text.of("shell.database.unavailable");
    /** The same in English, for logs and tests. */
    public static final String MESSAGE = REASON.english();

    /** Bounds the walk down a cause chain that (rarely, by mistake) loops. */
    private static final int MAX_CAUSE_DEPTH = 32;

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(@Nullable Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (isConnectionFailure(cause)) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        return failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof ConnectException
                || failure instanceof SQLException sql && isConnectionLost(sql);
    }

    /**
     * SQLSTATE class 08 (connection exception), or the pool's "Connection is closed", which carries no state: when
     * the link breaks mid-transaction, the failed rollback's exception replaces the one that said why.
     */
    private static boolean isConnectionLost(SQLException failure) {
        return failure.getSQLState() != null && failure.getSQLState().startsWith("08")
                || HIKARI_CLOSED_CONNECTION.equals(failure.getMessage());
    }
}
