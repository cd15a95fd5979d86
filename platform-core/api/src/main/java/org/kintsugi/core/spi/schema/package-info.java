/** Versioned database migrations: each bundle owns its tables and applies its own changelog through the core. */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
