package org.kintsugi.core.spi.module;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a module is switched on. The core already answers 404 to callers in none of the module's
 * regions; a module asks this for the region of the record it serves, since a user of two regions
 * may reach a case in the one that does not offer it. Provided by the core; reads the database.
 */
@ProviderType
public interface ModuleAvailability {
    boolean enabledIn(String moduleId, String regionCode);

    /** Every region where the module is switched on, for a module's lists across regions. */
    Set<String> enabledRegions(String moduleId);
}
