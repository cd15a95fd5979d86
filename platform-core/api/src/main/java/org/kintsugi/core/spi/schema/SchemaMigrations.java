package org.kintsugi.core.spi.schema;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Applies a bundle's Liquibase changelog to the platform database.
 *
 * <p>A module need not call it: a bundle whose manifest names its changelog and persistence unit in the
 * {@value #SCHEMA_HEADER} header ({@code Kintsugi-Schema: db/<id>/changelog.xml;unit=kintsugi-<id>}) has
 * its schema looked after by the core for its whole life. When the bundle starts, the core applies the
 * changelog, waiting and retrying while the database is away; once the tables are current it registers
 * the unit's {@code JpaTemplate} again, with {@value #READY}{@code =ready}, and a {@link SchemaReady}
 * service. Reference the template with the target {@code (&(osgi.unit.name=<unit>)(kintsugi.schema=ready))}
 * and nothing of the module touches a table before it exists; a changeset that fails stops the bundle.
 */
@ProviderType
public interface SchemaMigrations {
    /** The manifest header naming a bundle's changelog and its persistence unit. */
    String SCHEMA_HEADER = "Kintsugi-Schema";
    /** The service property, value {@code ready}, on a persistence unit's template once its schema is current. */
    String READY = "kintsugi.schema";
    /** The service property naming the persistence unit, on templates and on {@link SchemaReady}. */
    String UNIT = "osgi.unit.name";

    /**
     * Applies the changesets of {@code changelog} (a resource path in {@code bundle}) that have not
     * run yet; a second call applies nothing. Each changeset runs in its own transaction. On failure
     * the bundle is stopped, the reason is logged in one line, and the exception is thrown.
     */
    void migrate(Bundle bundle, String changelog) throws SchemaMigrationException;
}
