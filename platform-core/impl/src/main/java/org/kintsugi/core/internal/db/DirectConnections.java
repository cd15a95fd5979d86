package org.kintsugi.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Properties;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * A connection to the platform database outside the pool, through the JDBC driver's OSGi factory: for
 * what must hold one for long (the change feed) or connect as someone else (migrations, as the owner).
 */
public final class DirectConnections {
    private DirectConnections() {
    }

    /** Settings with the pool's URL and the given credentials. */
    public static Properties settings(String url, String user, String password) {
        Properties settings = new Properties();
        settings.put(DataSourceFactory.JDBC_URL, url);
        if (user != null) {
            settings.put(DataSourceFactory.JDBC_USER, user);
        }
        if (password != null) {
            settings.put(DataSourceFactory.JDBC_PASSWORD, password);
        }
        return settings;
    }

    public static Connection open(BundleContext context, String driverClass, Properties settings) throws SQLException {
        Collection<ServiceReference<DataSourceFactory>> drivers;
        try {
            drivers = context.getServiceReferences(DataSourceFactory.class,
                    "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + driverClass + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<DataSourceFactory> driver : drivers) {
            DataSourceFactory factory = context.getService(driver);
            if (factory != null) {
                try {
                    return factory.createDataSource(settings).getConnection();
                } finally {
                    context.ungetService(driver);
                }
            }
        }
        throw new SQLException("The JDBC driver " + driverClass + " is not installed", "08001");
    }
}
