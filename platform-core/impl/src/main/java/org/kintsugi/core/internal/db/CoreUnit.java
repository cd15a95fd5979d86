package org.kintsugi.core.internal.db;

import org.kintsugi.core.spi.schema.SchemaMigrations;

/** The core's persistence unit, as its components reference it: only once its schema is current. */
public final class CoreUnit {
    public static final String NAME = "kintsugi-core";
    /** Target of the core unit's JpaTemplate once its tables are current. */
    public static final String READY = "(&(" + SchemaMigrations.UNIT + "=" + NAME + ")(" + SchemaMigrations.READY + "=ready))";
    /** Target of the core's {@link org.kintsugi.core.spi.schema.SchemaReady}, for components without JPA. */
    public static final String SCHEMA_READY = "(" + SchemaMigrations.UNIT + "=" + NAME + ")";

    private CoreUnit() {
    }
}
