package org.kintsugi.core.spi.schema;

/** The database could not be reached: nothing was applied and the bundle keeps running; retry later. */
public class DatabaseUnavailableException extends SchemaMigrationException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
