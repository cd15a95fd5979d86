/**
 * What every persistence unit of the platform lists in its persistence.xml: {@link
 * org.kintsugi.core.spi.persistence.InstantConverter} (timestamps as instants) and, as
 * {@code eclipselink.session.customizer}, {@link org.kintsugi.core.spi.persistence.FailFastSessions}. A bundle
 * that names them there imports this package explicitly: bnd does not read persistence.xml.
 */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
