/** Encryption at rest for modules' sensitive text, with the key the core keeps outside the database. */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.crypto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
