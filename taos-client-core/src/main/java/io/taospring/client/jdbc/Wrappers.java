package io.taospring.client.jdbc;

import java.sql.SQLException;

/** {@code unwrap}/{@code isWrapperFor} for JDBC objects that wrap a piece of the session API. */
final class Wrappers {

    private Wrappers() {
    }

    static boolean isWrapperFor(Object self, Object wrapped, Class<?> iface) {
        return iface != null && (iface.isInstance(self) || wrapped != null && iface.isInstance(wrapped));
    }

    static <T> T unwrap(Object self, Object wrapped, Class<T> iface) throws SQLException {
        if (iface != null && iface.isInstance(self)) {
            return iface.cast(self);
        }
        if (iface != null && wrapped != null && iface.isInstance(wrapped)) {
            return iface.cast(wrapped);
        }
        throw new SQLException(self.getClass().getSimpleName() + " does not wrap " + iface, SqlExceptions.GENERAL);
    }
}
