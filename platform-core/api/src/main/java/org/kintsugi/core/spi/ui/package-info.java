/** How a module announces its screens to the web shell (whiteboard services). */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
