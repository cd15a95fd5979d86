/** How modules learn that a case was paused, resumed, withdrawn or halted, in the same transaction. */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
