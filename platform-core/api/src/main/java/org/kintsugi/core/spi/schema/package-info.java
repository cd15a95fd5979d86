/**
 * Versioned database migrations: each bundle owns its tables, names its changelog in its manifest, and the core
 * applies it and says when the tables are ready ({@link org.kintsugi.core.spi.schema.SchemaMigrations}).
 */
@Export
@Version("1.1.0")
package org.kintsugi.core.spi.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
