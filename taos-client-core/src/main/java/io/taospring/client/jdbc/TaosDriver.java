package io.taospring.client.jdbc;

import io.taospring.client.TaosConfig;
import io.taospring.client.error.TaosException;
import io.taospring.client.observation.RequestObserver;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for TDengine over this client's transports.
 *
 * <p>URLs: {@code jdbc:taos:<dsn>} with any DSN of {@link TaosConfig#fromDsn(String)}, e.g.
 * {@code jdbc:taos:ws://localhost:6041/power} (WebSocket) or {@code jdbc:taos:http://localhost:6041/power}
 * (REST), and the official driver's {@code jdbc:TAOS-WS://}, {@code jdbc:TAOS-RS://} and
 * {@code jdbc:TAOS://} URLs with its property names. Properties given to {@link #connect} are merged with
 * the URL's parameters; where both name a setting, the URL wins, as in the official driver.
 *
 * <p>TDengine has no transactions: connections are always in auto-commit mode, and {@code commit},
 * {@code rollback}, savepoints and {@code setAutoCommit(false)} raise
 * {@link java.sql.SQLFeatureNotSupportedException} rather than pretending. Registered with
 * {@link DriverManager} when loaded (also through {@code META-INF/services/java.sql.Driver}).
 */
public final class TaosDriver implements Driver {

    /** The driver's version. */
    public static final String VERSION = "0.1.0";
    /** The driver's name, as {@link java.sql.DatabaseMetaData#getDriverName()} reports it. */
    public static final String NAME = "taos-spring JDBC driver";

    private static final int MAJOR = 0;
    private static final int MINOR = 1;

    static {
        try {
            DriverManager.registerDriver(new TaosDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SessionOpener opener;

    /** A driver that opens one client and session per connection. */
    public TaosDriver() {
        this(SessionOpener.CLIENT_PER_CONNECTION);
    }

    TaosDriver(SessionOpener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** Connects, or returns null when {@code url} is not one of this driver's URLs. */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        return connect(url, info, RequestObserver.NONE);
    }

    /** Connects with {@code observer} watching the connection's requests; null for a foreign URL. */
    Connection connect(String url, Properties info, RequestObserver observer) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        try {
            TaosConfig config = JdbcUrl.config(url, info);
            if (observer != RequestObserver.NONE) {
                config = config.toBuilder().requestObserver(observer).build();
            }
            SessionOpener.Opened opened = opener.open(config);
            return new JdbcConnection(opened.session(), opened.release(), url);
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
    }

    /** Whether {@code url} starts with {@code jdbc:taos:<scheme>://} or an official prefix (case-sensitive). */
    @Override
    public boolean acceptsURL(String url) {
        return JdbcUrl.accepts(url);
    }

    /** The connection properties this driver reads, with the values {@code info} gives them. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return DriverProperties.describe(info == null ? new Properties() : info);
    }

    /** The major version (0). */
    @Override
    public int getMajorVersion() {
        return MAJOR;
    }

    /** The minor version (1). */
    @Override
    public int getMinorVersion() {
        return MINOR;
    }

    /** False: TDengine has no transactions, so the driver cannot be JDBC compliant. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    /** The logger of this package (the driver logs nothing itself). */
    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(TaosDriver.class.getPackageName());
    }

    static int majorVersion() {
        return MAJOR;
    }

    static int minorVersion() {
        return MINOR;
    }
}
