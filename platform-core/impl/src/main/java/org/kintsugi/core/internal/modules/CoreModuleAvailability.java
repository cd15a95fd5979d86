package org.kintsugi.core.internal.modules;

import java.util.Set;

import org.kintsugi.core.spi.module.ModuleAvailability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Modules ask, per record, whether its region offers them: the answer comes from the database. */
@Component(service = ModuleAvailability.class)
public class CoreModuleAvailability implements ModuleAvailability {
    private final ModuleEnablement enablement;

    @Activate
    public CoreModuleAvailability(@Reference ModuleEnablement enablement) {
        this.enablement = enablement;
    }

    @Override
    public boolean enabledIn(String moduleId, String regionCode) {
        return moduleId != null && regionCode != null && enablement.enabledIn(moduleId, regionCode);
    }

    @Override
    public Set<String> enabledRegions(String moduleId) {
        return moduleId == null ? Set.of() : Set.copyOf(enablement.enabledRegions(moduleId));
    }
}
