/**
 * How a bundle contributes REST resources. Register a DS service implementing
 * {@link org.kintsugi.core.spi.rest.ApiResource} with the property
 * {@link org.kintsugi.core.spi.rest.ApiResource#MODULE}; the core publishes it under
 * {@code /api/modules/<module>/} behind its shared pipeline (authentication, audit, errors, headers).
 */
@Export
@Version("1.0.0")
package org.kintsugi.core.spi.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
