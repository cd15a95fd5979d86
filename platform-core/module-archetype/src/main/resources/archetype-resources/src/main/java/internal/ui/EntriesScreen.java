package ${package}.internal.ui;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.ui.ModuleScreen;
import ${package}.internal.${serviceClass};
import org.osgi.service.component.annotations.Component;

/** A tab on the case page: the case's entries, a new one, and sharing or releasing each. */
@Component(service = ModuleScreen.class)
public class EntriesScreen implements ModuleScreen {
    @Override
    public String moduleId() {
        return ${serviceClass}.ID;
    }

    @Override
    public String id() {
        return "entries";
    }

    @Override
    public String labelKey() {
        return "${messagePrefix}.caseTab";
    }

    @Override
    public String entryPoint() {
        return "entries.js";
    }

    @Override
    public Placement placement() {
        return Placement.CASE;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.PRACTITIONER, Role.CASE_SUPERVISOR, Role.COORDINATOR, Role.HUB_ADMIN);
    }
}
