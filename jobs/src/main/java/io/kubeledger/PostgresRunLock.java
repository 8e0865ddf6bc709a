package io.kubeledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The run lock of a PostgreSQL job database: a session-level advisory lock on a
 * connection kept for the run, which the server releases when the connection ends,
 * however the process ended. The holder names itself in the connection's
 * {@code application_name}, where the run it turns away reads it.
 */
final class PostgresRunLock implements RunLock {

    /**
     * The advisory lock's first key, kubeledger's own ("kl"); the second is the lock's
     * scope.
     */
    private static final int KUBELEDGER = 0x6b6c;

    /** PostgreSQL keeps 63 bytes of an application name. */
    private static final int APPLICATION_NAME_LENGTH = 63;

    private final Connection connection;

    private PostgresRunLock(Connection connection) {
        this.connection = connection;
    }

    static PostgresRunLock acquire(DataSource dataSource, int scope, String holder) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement name = connection
                .prepareStatement("SELECT set_config('application_name', ?, false)")) {
                name.setString(1, applicationName(holder));
                name.execute();
            }
            if (!tryLock(connection, scope)) {
                String running = holder(connection, scope);
                connection.close();
                throw new RunLockedException("the job database", running);
            }
            return new PostgresRunLock(connection);
        }
        catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the run lock on the job database: " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection connection, int scope) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, KUBELEDGER);
            lock.setInt(2, scope);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static String holder(Connection connection, int scope) throws SQLException {
        try (PreparedStatement holder = connection.prepareStatement("""
                SELECT a.application_name, a.client_addr, a.backend_start FROM pg_locks l
                JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.classid = ? AND l.objid = ? AND l.objsubid = 2 AND l.granted""")) {
            holder.setInt(1, KUBELEDGER);
            holder.setInt(2, scope);
            try (ResultSet result = holder.executeQuery()) {
                return result.next() ? result.getString(1) + " (connected from " + result.getString(2) + " at "
                        + result.getTimestamp(3).toInstant() + ")" : "a run that has just ended";
            }
        }
    }

    private static String applicationName(String holder) {
        return holder.length() <= APPLICATION_NAME_LENGTH ? holder : holder.substring(0, APPLICATION_NAME_LENGTH);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            }
            catch (SQLException ignored) {
                // the run fails on the first error already
            }
        }
    }

    /**
     * Unlocks and gives the connection back; a connection the pool already ended has
     * released the lock with it.
     */
    @Override
    public void close() {
        try (connection) {
            if (!connection.isClosed()) {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    unlock.execute();
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot release the run lock: " + e.getMessage(), e);
        }
    }

}
