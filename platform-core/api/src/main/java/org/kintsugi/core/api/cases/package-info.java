/** The case vocabulary shared by the core and every service module: stages, holds, participant roles. */
@Export
@Version("1.0.0")
package org.kintsugi.core.api.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
