package io.taospring.boot.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import io.taospring.client.jdbc.TaosDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DataSource: HikariCP in front of {@link TaosDataSource} when HikariCP is present, else the latter alone. */
final class TaosDataSourceConfigurations {

    private TaosDataSourceConfigurations() {
    }

    static TaosDataSource taosDataSource(TaosConnectionUrl connection) {
        TaosDataSource dataSource = new TaosDataSource(connection.jdbcUrl());
        dataSource.setRequestObserver(connection.observer());
        return dataSource;
    }

    /** HikariCP, started lazily on the first connection so that start-up does not connect. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HikariDataSource.class)
    @ConditionalOnMissingBean(DataSource.class)
    static class Hikari {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(TaosConnectionUrl connection, TaosProperties properties) {
            TaosProperties.Pool pool = properties.getPool();
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setDataSource(taosDataSource(connection));
            dataSource.setPoolName(pool.getName());
            dataSource.setMaximumPoolSize(pool.getMaxSize());
            dataSource.setMinimumIdle(pool.getMinIdle() != null ? pool.getMinIdle() : pool.getMaxSize());
            dataSource.setConnectionTimeout(pool.getConnectionTimeout().toMillis());
            dataSource.setIdleTimeout(pool.getIdleTimeout().toMillis());
            dataSource.setMaxLifetime(pool.getMaxLifetime().toMillis());
            return dataSource;
        }
    }

    /** No pool on the class path: a connection per use (fine for scripts and tests, not for services). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("com.zaxxer.hikari.HikariDataSource")
    @ConditionalOnMissingBean(DataSource.class)
    static class Unpooled {

        @Bean
        TaosDataSource dataSource(TaosConnectionUrl connection) {
            return taosDataSource(connection);
        }
    }
}
