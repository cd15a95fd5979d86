package org.kintsugi.core.spi.schema;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Applies a bundle's Liquibase changelog to the platform database. Call it from the activation
 * of the component that owns the bundle's tables, before anything reads them.
 */
@ProviderType
public interface SchemaMigrations {
    /**
     * Applies the changesets of {@code changelog} (a resource path in {@code bundle}) that have not
     * run yet; a second call applies nothing. Each changeset runs in its own transaction. On failure
     * the bundle is stopped, the reason is logged in one line, and the exception is thrown.
     */
    void migrate(Bundle bundle, String changelog) throws SchemaMigrationException;
}
