package com.necxian.refunds.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * What a listener failure was, told apart and described without its message (a message may quote personal data:
 * a constraint violation names the values).
 */
final class Failures {

    private Failures() {
    }

    /**
     * An outage of the service's database (unreachable, shutting down, out of connections) or a conflict with
     * another transaction: the record is not at fault, so it is retried until it passes instead of dead-lettered.
     */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("53")
                            || sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /** The root cause's class and, for a database error, its SQLState: e.g. {@code PSQLException 22021}. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String state = root instanceof SQLException sql && sql.getSQLState() != null ? " " + sql.getSQLState() : "";
        return root.getClass().getSimpleName() + state;
    }

    /** {@code topic-partition@offset}: where a record is, and nothing of what it says. */
    static String where(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
