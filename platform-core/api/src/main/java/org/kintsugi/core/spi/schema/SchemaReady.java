package org.kintsugi.core.spi.schema;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the core, with {@code osgi.unit.name=<unit>}, once a bundle's schema is current: for the
 * few components that need the tables but not the unit's JpaTemplate (plain JDBC, say). Most reference the
 * template itself ({@link SchemaMigrations}).
 */
@ProviderType
public final class SchemaReady {
    private final String unit;

    public SchemaReady(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
