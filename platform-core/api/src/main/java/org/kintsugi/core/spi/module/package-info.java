/** How a restorative service module announces itself to the core. */
@Export
@Version("2.2.0")
package org.kintsugi.core.spi.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
