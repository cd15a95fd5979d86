package org.kintsugi.core.spi.schema;

/** A changelog could not be applied; the schema stays at the last changeset that succeeded. */
public class SchemaMigrationException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
