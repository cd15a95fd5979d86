/** Who is calling: the authenticated user, their roles, regions and organisation, as resolved by the core for each request. */
@Export
@Version("1.1.0")
package org.kintsugi.core.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
