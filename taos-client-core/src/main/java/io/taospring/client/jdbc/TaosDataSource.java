package io.taospring.client.jdbc;

import io.taospring.client.observation.RequestObserver;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A simple, unpooled {@link DataSource}: every {@link #getConnection()} opens a new connection with the
 * configured URL, user, password and properties. Put a pool in front of it for applications, e.g.
 * {@code HikariConfig.setDataSource(taosDataSource)}.
 *
 * <pre>{@code
 * TaosDataSource dataSource = new TaosDataSource("jdbc:taos:ws://localhost:6041/power");
 * dataSource.setUser("root");
 * dataSource.setPassword("taosdata");
 * }</pre>
 */
public class TaosDataSource implements DataSource {

    private final TaosDriver driver;
    private volatile String url;
    private volatile String user;
    private volatile String password;
    private volatile Properties properties = new Properties();
    private volatile int loginTimeout;
    private volatile PrintWriter logWriter;
    private volatile RequestObserver requestObserver = RequestObserver.NONE;

    /** A data source without a URL; set one with {@link #setUrl(String)}. */
    public TaosDataSource() {
        this(new TaosDriver());
    }

    TaosDataSource(TaosDriver driver) {
        this.driver = driver;
    }

    /** A data source for {@code url}. */
    public TaosDataSource(String url) {
        this();
        setUrl(url);
    }

    /** The JDBC URL. */
    public String getUrl() {
        return url;
    }

    /**
     * Sets the JDBC URL, e.g. {@code jdbc:taos:ws://localhost:6041/power}.
     *
     * @throws IllegalArgumentException when the URL is not one of {@link TaosDriver}'s
     */
    public void setUrl(String url) {
        if (!driver.acceptsURL(url)) {
            throw new IllegalArgumentException("not a TDengine JDBC URL: " + url
                    + " (expected jdbc:taos:ws://host:port/db, jdbc:taos:http://..., jdbc:TAOS-WS:// or jdbc:TAOS-RS://)");
        }
        this.url = url;
    }

    /** The user name, or null to use the URL's (default root). */
    public String getUser() {
        return user;
    }

    /** Sets the user name; the URL's user wins when it names one. */
    public void setUser(String user) {
        this.user = user;
    }

    /** Sets the password; the URL's password wins when it names one. */
    public void setPassword(String password) {
        this.password = password;
    }

    /** A copy of the further connection properties. */
    public Properties getProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** Sets further connection properties (DSN or official driver names); the URL's parameters win. */
    public void setProperties(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(properties, "properties"));
        this.properties = copy;
    }

    /** The observer of the requests of the connections opened from now on. */
    public RequestObserver getRequestObserver() {
        return requestObserver;
    }

    /** Sets the observer of the requests of the connections opened from now on (metrics, tracing). */
    public void setRequestObserver(RequestObserver requestObserver) {
        this.requestObserver = Objects.requireNonNull(requestObserver, "requestObserver");
    }

    /** Opens a new connection with the configured user and password. */
    @Override
    public Connection getConnection() throws SQLException {
        return connect(user, password);
    }

    /** Opens a new connection as {@code username}. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(username, password);
    }

    private Connection connect(String username, String pass) throws SQLException {
        String target = url;
        if (target == null) {
            throw new SQLException("no URL set on the TaosDataSource", SqlExceptions.CONNECTION_REJECTED);
        }
        Properties info = getProperties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (pass != null) {
            info.setProperty("password", pass);
        }
        return driver.connect(target, info, requestObserver);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    /** Kept for the DataSource contract; the driver writes no log. */
    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Kept for the DataSource contract; the URL's {@code connect_timeout} bounds connecting. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, null, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return Wrappers.isWrapperFor(this, null, iface);
    }

    @Override
    public String toString() {
        return "TaosDataSource{" + url + "}";
    }
}
