package org.kintsugi.core.spi.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A restorative service type (conferencing, letter exchange, ...) delivered by a module bundle.
 * The core tracks these dynamically: a module whose feature is uninstalled simply disappears.
 */
@ConsumerType
public interface RestorativeService {
    /** Stable id, lower-case with hyphens, also the module's REST path segment. */
    String id();

    /** Name shown to practitioners. */
    String displayName();
}
